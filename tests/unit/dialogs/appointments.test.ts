import type { TestAdapter } from 'botbuilder';
import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import type { Language } from '../../../src/domain/language';
import { confirmationIn } from '../../helpers/confirmation';

const picked = (locale: Language) => ({ locale, channelData: { languagePicked: true } });

/** Demo members, with the date of birth as they would type it. */
const demo = {
  en: { id: 'M10000001', birthDate: '3/4/1950', doctor: 'Dr. James Miller' },
  es: { id: 'M10000003', birthDate: '15/7/1952', doctor: 'Dr. Ana Rivera' },
  vi: { id: 'M10000002', birthDate: '20/11/1948', doctor: 'Dr. Thanh Nguyen' },
} as const;

type DemoLanguage = keyof typeof demo;

/** Asks for something that needs identity and answers the member ID and date of birth. */
async function askVerified(adapter: TestAdapter, lng: DemoLanguage, request: string): Promise<string> {
  await say(adapter, request);
  await say(adapter, demo[lng].id);
  return texts(await say(adapter, demo[lng].birthDate));
}

describe.each(['directline', 'sms', 'voice'])('doctor visits on %s', (channel) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
  });

  const dateTime = (lng: Language, iso: string) => h.replies.calendar.dateTime(lng, new Date(iso));
  const openTimes = async (provider: string) =>
    h.stores.appointments.openSlots({ providerIds: [provider], from: new Date('2026-12-07T06:00:00Z'), to: new Date('2026-12-12T06:00:00Z'), limit: 3 });

  it("books a visit with the member's own doctor next week and reads the time back with the weekday", async () => {
    await memberJoins(h.adapter, picked('en'));
    const offered = await askVerified(h.adapter, 'en', 'I need to see my doctor next week');
    const [first] = await openTimes('pc-miller');
    expect(offered).toContain(h.t('en', 'appointments:offer.slotWith', { when: dateTime('en', first.startsAt.toISOString()), provider: demo.en.doctor }));
    expect(offered).toContain(h.t('en', 'appointments:offer.more'));
    const confirm = texts(await say(h.adapter, '1'));
    expect(confirm).toContain(h.t('en', 'appointments:confirm.visit', { provider: demo.en.doctor, when: dateTime('en', first.startsAt.toISOString()) }));
    expect(confirm).toContain(h.t('en', 'appointments:confirm.place', { street: '3000 Montvale Dr', city: 'Springfield' }));
    const booked = texts(await say(h.adapter, 'yes'));
    expect(booked).toContain(h.t('en', 'appointments:booked'));
    const confirmation = confirmationIn(booked, 'A');
    expect(booked).toContain(h.t('en', 'appointments:getThere.ask'));
    expect(await h.stores.appointments.find(confirmation)).toMatchObject({ memberId: demo.en.id, slotId: first.id, status: 'booked' });
    expect((await h.outcomes.list(new Date(0))).map((o) => o.type)).toContain('appointment.booked');
  });

  it('asks what kind of visit, with the member\'s own doctor first', async () => {
    await memberJoins(h.adapter, picked('en'));
    const kind = await askVerified(h.adapter, 'en', 'book an appointment');
    expect(kind).toContain(h.t('en', 'appointments:kind.own', { provider: demo.en.doctor }));
    expect(texts(await say(h.adapter, '1'))).toContain(h.t('en', 'appointments:when.ask'));
  });

  it('offers at most three times at once, and three later ones for "more times"', async () => {
    await memberJoins(h.adapter, picked('en'));
    await askVerified(h.adapter, 'en', 'book an appointment');
    await say(h.adapter, '1');
    const first = await say(h.adapter, 'next week');
    const firstTimes = first.flatMap((a) => a.suggestedActions?.actions ?? []).filter((a) => ['1', '2', '3'].includes(String(a.value)));
    expect(firstTimes).toHaveLength(3);
    const more = texts(await say(h.adapter, '4'));
    const later = await h.stores.appointments.openSlots({ providerIds: ['pc-miller'], from: new Date('2026-12-07T06:00:00Z'), to: new Date('2026-12-12T06:00:00Z'), limit: 6 });
    expect(more).toContain(dateTime('en', later[3].startsAt.toISOString()));
    expect(more).not.toContain(dateTime('en', later[0].startsAt.toISOString()));
  });

  it('says when nothing is open on the asked day and offers the next open times', async () => {
    await memberJoins(h.adapter, picked('en'));
    await askVerified(h.adapter, 'en', 'book an appointment');
    await say(h.adapter, '1');
    const replies = texts(await say(h.adapter, 'saturday'));
    expect(replies).toContain(h.t('en', 'appointments:offer.noneThen'));
    expect(replies).toContain(h.t('en', 'appointments:offer.pick'));
  });

  it("offers a specialist who speaks the member's language first, and says so", async () => {
    await memberJoins(h.adapter, picked('es'));
    const kind = await askVerified(h.adapter, 'es', 'quiero una cita');
    expect(kind).toContain(h.t('es', 'appointments:kind.ask'));
    await say(h.adapter, '2');
    expect(texts(await say(h.adapter, '3'))).toContain(h.t('es', 'appointments:when.ask'));
    const offered = texts(await say(h.adapter, '1'));
    expect(offered).toContain(h.t('es', 'appointments:offer.speaks', { provider: 'Dr. Sofia Lopez' }));
  });

  it('offers the next times when someone else took the chosen time first', async () => {
    await memberJoins(h.adapter, picked('en'));
    await askVerified(h.adapter, 'en', 'book an appointment');
    await say(h.adapter, '1');
    await say(h.adapter, 'next week');
    await say(h.adapter, '1');
    const [taken] = await openTimes('pc-miller');
    await h.stores.appointments.book({ memberId: 'M10000009', slotId: taken.id, requestKey: 'someone-else' }, h.clock.now());
    const replies = texts(await say(h.adapter, 'yes'));
    expect(replies).toContain(h.t('en', 'appointments:taken'));
    expect(replies).not.toContain(dateTime('en', taken.startsAt.toISOString()));
    expect(replies).toContain(h.t('en', 'appointments:offer.pick'));
  });

  it('lists, changes and cancels a booked visit, each after a read-back', async () => {
    await memberJoins(h.adapter, picked('vi'));
    await askVerified(h.adapter, 'vi', 'đặt lịch hẹn bác sĩ');
    await say(h.adapter, '1');
    await say(h.adapter, '1');
    await say(h.adapter, '1');
    const first = confirmationIn(texts(await say(h.adapter, '1')), 'A');
    await say(h.adapter, '2');

    const listed = texts(await say(h.adapter, 'xem lịch hẹn của tôi'));
    expect(listed).toContain(h.t('vi', 'appointments:list.intro', { count: 1 }));
    expect(listed).toContain(first);

    await say(h.adapter, 'đổi lịch hẹn');
    await say(h.adapter, '1');
    expect(texts(await say(h.adapter, '2'))).toContain(h.t('vi', 'appointments:confirm.moveAsk'));
    const moved = texts(await say(h.adapter, '1'));
    expect(moved).toContain(h.t('vi', 'appointments:moved'));
    const second = confirmationIn(moved, 'A');
    expect((await h.stores.appointments.find(first))?.status).toBe('cancelled');
    await say(h.adapter, '2');

    const asked = texts(await say(h.adapter, 'hủy lịch hẹn'));
    expect(asked).toContain(h.t('vi', 'appointments:cancel.yes'));
    expect(texts(await say(h.adapter, '1'))).toContain(h.t('vi', 'appointments:cancel.done'));
    expect((await h.stores.appointments.find(second))?.status).toBe('cancelled');
    expect(texts(await say(h.adapter, 'xem lịch hẹn của tôi'))).toContain(h.t('vi', 'appointments:list.none'));
  });
});
