import { createBotHarness, memberJoins, say, type BotHarness } from '../../helpers/botHarness';
import type { Language } from '../../../src/domain/language';

const picked = (locale: Language) => ({ locale, channelData: { languagePicked: true } });

/**
 * Outcome events the insights page counts (SPEC §1), recorded by the dialogs with the channel and
 * language of the turn; the other dialogs' outcomes are checked in their own suites (benefits,
 * appointments, rides, Extra Help, social needs).
 */
describe.each(['directline', 'sms', 'voice'])('outcomes recorded on %s', (channel) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
    await h.stores.agents.setAvailable('ms-sam', true);
  });

  const recorded = async () => (await h.outcomes.list(new Date(0))).map((o) => [o.type, o.detail, o.channel, o.language, o.conversationId]);

  it('records the start of a conversation, a crisis referral and a handoff with its reason', async () => {
    await memberJoins(h.adapter, picked('es'));
    await say(h.adapter, 'me quiero morir');
    await say(h.adapter, '0');
    expect(await recorded()).toEqual([
      ['conversation.started', undefined, channel, 'es', `test-${channel}`],
      ['crisis.referral', 'crisis', channel, 'es', `test-${channel}`],
      ['handoff.requested', 'safety', channel, 'es', `test-${channel}`],
    ]);
  });

  it('records a medical emergency as a referral too', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'my husband is not breathing');
    expect((await recorded()).filter(([type]) => type === 'crisis.referral')).toEqual([['crisis.referral', 'emergency', channel, 'en', `test-${channel}`]]);
  });
});
