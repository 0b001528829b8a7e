import { EventFactory, type Activity } from 'botbuilder';
import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import type { Language } from '../../../src/domain/language';
import type { Handoff } from '../../../src/domain/handoff';
import { AGENT_MESSAGE, HANDOFF_STATUS } from '../../../src/domain/handoffEvents';

const picked = (locale: Language) => ({ locale, channelData: { languagePicked: true } });

/** A hub's event reaching the member's conversation, as the console or an external hub sends it. */
const event = (name: string, value: object): Partial<Activity> => ({ type: 'event', name, value });

describe.each(['directline', 'sms', 'voice'])('a warm handoff to a person on %s', (channel) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
    await h.stores.agents.setAvailable('ms-sam', true);
  });

  const waiting = () => h.stores.handoffs.withStatus('waiting');
  const only = async (): Promise<Handoff> => {
    const [handoff, ...more] = await waiting();
    expect(more).toEqual([]);
    return handoff;
  };
  const hub = async (name: string, value: object) => {
    h.adapter.activeQueue.splice(0);
    await h.adapter.receiveActivity(event(name, value));
    return texts(h.adapter.activeQueue.splice(0));
  };

  it('puts a member who writes 0 in line, says their place and wait, and gives the person the whole story', async () => {
    await memberJoins(h.adapter, picked('es'));
    await say(h.adapter, 'necesito un viaje al doctor');
    const replies = texts(await say(h.adapter, '0'));
    expect(replies).toContain(h.t('es', 'handoff:queued.connecting'));
    expect(replies).toContain(h.t('es', 'handoff:queued.next'));
    expect(replies).toContain(h.t('es', 'handoff:queued.wait', { count: 6 }));
    const handoff = await only();
    expect(handoff.packet).toMatchObject({ language: 'es', reason: 'asked', urgency: 'normal', channel, member: { verified: false } });
    expect(handoff.packet.summary.wanted).toContain('ride.book');
    expect(handoff.packet.summary.pending).toEqual(['bookRide', 'identity']);
    expect(handoff.packet.transcript.map((line) => line.text)).toContain('necesito un viaje al doctor');
    expect(handoff.offeredUntil).toBeUndefined();
  });

  it('names the reason when the member takes the offer of a person after two messages it did not understand', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'banana umbrella');
    expect(texts(await say(h.adapter, 'blorp'))).toContain(h.t('en', 'notUnderstood.offerPerson'));
    await say(h.adapter, '0');
    expect((await only()).packet.reason).toBe('notUnderstood');
  });

  it('puts a member in crisis first in line, as urgent, after the safety answer', async () => {
    const other = h.conversation('someone-else', undefined, 'other-user');
    await memberJoins(other, picked('en'));
    await say(other, 'agent');
    await memberJoins(h.adapter, picked('es'));
    expect(texts(await say(h.adapter, 'me quiero morir'))).toContain(h.t('es', 'safety.crisis.lifeline'));
    await say(h.adapter, '0');
    const [first, second] = (await waiting()).sort((a, b) => Number(b.packet.urgency === 'urgent') - Number(a.packet.urgency === 'urgent'));
    expect(first.packet).toMatchObject({ reason: 'safety', urgency: 'urgent', language: 'es' });
    expect(second.packet.reason).toBe('asked');
  });

  it('hands a complaint straight to a person, with an apology first', async () => {
    await memberJoins(h.adapter, picked('en'));
    const replies = texts(await say(h.adapter, 'I want to file a complaint about my doctor'));
    expect(replies).toContain(h.t('en', 'handoff:complaint.sorry'));
    expect(replies).toContain(h.t('en', 'handoff:queued.connecting'));
    expect((await only()).packet.reason).toBe('complaint');
  });

  it("offers the member's own care coordinator first, for 60 seconds, and shows who they are to the person", async () => {
    await h.stores.agents.setAvailable('cc-jiwoo', true);
    await memberJoins(h.adapter, picked('ko'));
    await say(h.adapter, '3');
    await say(h.adapter, 'M10000004');
    await say(h.adapter, '1/9/1945');
    await say(h.adapter, '0');
    const handoff = await only();
    expect(handoff.packet.member).toEqual({ id: 'M10000004', name: 'Soon-ja Kim', verified: true });
    expect(handoff.packet.preferredAgentId).toBe('cc-jiwoo');
    expect(handoff.offeredUntil).toEqual(new Date(h.clock.now().getTime() + 60_000));
    expect(handoff.packet.summary.done).toContain('identity.verified');
  });

  it('passes on what the member writes while waiting, and says so once', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'agent');
    expect(texts(await say(h.adapter, 'It is about my wheelchair ride'))).toContain(h.t('en', 'handoff:queued.relayed'));
    expect(texts(await say(h.adapter, 'Tomorrow morning'))).toBe('');
    const lines = (await only()).packet.transcript.slice(-2).map((line) => [line.from, line.text]);
    expect(lines).toEqual([['member', 'It is about my wheelchair ride'], ['member', 'Tomorrow morning']]);
  });

  it('answers a crisis first even while the member is with a person, and the person sees the message', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'agent');
    await hub(HANDOFF_STATUS, { state: 'accepted', agentName: 'Sam' });
    const replies = texts(await say(h.adapter, 'I want to kill myself'));
    expect(replies).toContain(h.t('en', 'safety.crisis.lifeline'));
    expect((await only()).packet.transcript.at(-1)).toMatchObject({ from: 'member', text: 'I want to kill myself' });
  });

  it('turns the wait into a call-back when the member replies 1, on the number they give', async () => {
    // Text and phone members are called back on the number they use; web chat members are asked for one.
    const adapter = channel === 'directline' ? h.adapter : h.conversation('caller', { callerPhone: '+12175550123' });
    await memberJoins(adapter, picked('en'));
    await say(adapter, 'agent');
    const asked = texts(await say(adapter, '1'));
    if (channel === 'directline') {
      expect(asked).toContain(h.t('en', 'handoff:callback.askPhone'));
      expect(texts(await say(adapter, '555 0123'))).toContain(h.t('en', 'handoff:callback.badPhone'));
      expect(texts(await say(adapter, '(217) 555-0123'))).toContain(h.t('en', 'handoff:callback.booked', { last4: '0123' }));
    } else {
      expect(asked).toContain(h.t('en', 'handoff:callback.booked', { last4: '0123' }));
    }
    expect(await waiting()).toEqual([]);
    const [callback] = await h.stores.handoffs.withStatus('callback');
    expect(callback.packet.reason).toBe('asked');
    expect(callback.callbackPhone).toBe('+12175550123');
  });

  it('offers a call-back outside the hours of Member Services, and the phone number when the member says no', async () => {
    h.clock.set('2026-11-30T04:00:00Z'); // 10 at night in Chicago
    await memberJoins(h.adapter, picked('vi'));
    const replies = texts(await say(h.adapter, '0'));
    expect(replies).toContain(h.t('vi', 'handoff:closed.hours', { open: '8:00 SA', close: '20:00' }).split('\n')[0].slice(0, 10));
    expect(replies).toContain(h.t('vi', 'handoff:closed.offer'));
    expect(texts(await say(h.adapter, '2'))).toContain(h.t('vi', 'handoff:callback.declined'));
    expect(await waiting()).toEqual([]);
  });

  it('says plainly when nobody who may take the member is free, instead of a wait that never ends', async () => {
    await h.stores.agents.setAvailable('ms-sam', false);
    await memberJoins(h.adapter, picked('en'));
    const replies = texts(await say(h.adapter, 'talk to a person'));
    expect(replies).toContain(h.t('en', 'handoff:closed.busy'));
    expect(replies).toContain(h.t('en', 'handoff:closed.offer'));
  });

  it("brings the person's words, then the survey in the member's language when the person ends, and stores the answers", async () => {
    await memberJoins(h.adapter, picked('ko'));
    await say(h.adapter, '상담원');
    const { id } = await only();
    expect(await hub(HANDOFF_STATUS, { state: 'accepted', agentName: 'Ji-woo' })).toContain(h.t('ko', 'handoff:accepted', { name: 'Ji-woo' }));
    expect(await hub(AGENT_MESSAGE, { agentName: 'Ji-woo', text: '안녕하세요, 도와드릴게요.' })).toContain(h.t('ko', 'handoff:agentSays', { name: 'Ji-woo', text: '안녕하세요, 도와드릴게요.' }));
    const survey = await hub(HANDOFF_STATUS, { state: 'completed' });
    expect(survey).toContain(h.t('ko', 'feedback:satisfaction.ask'));
    expect(texts(await say(h.adapter, '4'))).toContain(h.t('ko', 'feedback:recommendation.ask'));
    expect(texts(await say(h.adapter, '0'))).toContain(h.t('ko', 'feedback:thanks'));
    expect(await h.stores.feedback.list(new Date(0))).toEqual([
      { handoffId: id, channel, language: 'ko', reason: 'asked', satisfaction: 4, recommendation: 0, at: h.clock.now() },
    ]);
  });

  it('lets the member skip the second question, and ends the survey kindly after two answers that are not scores', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'agent');
    await hub(HANDOFF_STATUS, { state: 'completed' });
    await say(h.adapter, '5');
    expect(texts(await say(h.adapter, 'no'))).toContain(h.t('en', 'feedback:thanks'));
    const [skipped] = await h.stores.feedback.list(new Date(0));
    expect(skipped.satisfaction).toBe(5);
    expect(skipped).not.toHaveProperty('recommendation');
    await say(h.adapter, 'agent');
    await hub(HANDOFF_STATUS, { state: 'completed' });
    expect(texts(await say(h.adapter, 'great'))).toContain(h.t('en', 'feedback:notNumber'));
    expect(texts(await say(h.adapter, 'really great'))).toContain(h.t('en', 'feedback:skipped'));
    expect(await h.stores.feedback.list(new Date(0))).toHaveLength(1);
  });

  it('shows the menu again, without a survey, when the person hands the member back to the assistant', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'agent');
    const replies = await hub(HANDOFF_STATUS, { state: 'completed', returnToAssistant: true });
    expect(replies).toContain(h.t('en', 'handoff:returned'));
    expect(replies).toContain(h.t('en', 'mainMenu.prompt'));
  });

  it('takes the member out of the line when they start over', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'agent');
    expect(texts(await say(h.adapter, 'start over'))).toContain(h.t('en', 'mainMenu.prompt'));
    expect(await waiting()).toEqual([]);
  });
});

describe('an external contact-center hub', () => {
  it('gets handoff.initiate with the packet and the transcript, and its handoff.status is honoured', async () => {
    const h = await createBotHarness('directline', { hub: 'external' });
    await memberJoins(h.adapter, picked('en'));
    const replies = await say(h.adapter, 'agent');
    const initiate = replies.find((a) => a.type === 'event');
    expect(initiate?.name).toBe('handoff.initiate');
    expect(initiate?.value).toMatchObject({ reason: 'asked', language: 'en' });
    expect((initiate?.attachments?.[0]?.content as { activities: Activity[] }).activities.map((a) => a.text)).toContain('agent');
    expect(texts(replies)).toContain(h.t('en', 'handoff:external.connecting'));
    h.adapter.activeQueue.splice(0);
    await h.adapter.receiveActivity(EventFactory.createHandoffStatus({ id: 'test-directline' } as Activity['conversation'], 'failed'));
    expect(texts(h.adapter.activeQueue.splice(0))).toContain(h.t('en', 'handoff:failed'));
  });
});
