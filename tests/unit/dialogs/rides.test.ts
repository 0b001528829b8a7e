import type { TestAdapter } from 'botbuilder';
import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import type { Language } from '../../../src/domain/language';
import { confirmationIn } from '../../helpers/confirmation';

const picked = (locale: Language) => ({ locale, channelData: { languagePicked: true } });

async function verified(adapter: TestAdapter, request: string): Promise<string> {
  await say(adapter, request);
  await say(adapter, 'M10000001');
  return texts(await say(adapter, '3/4/1950'));
}

/** Books Margaret's first open visit with a provider, straight in the store (as another channel would). */
async function visitWith(h: BotHarness, providerId: string, from: string): Promise<{ confirmation: string; startsAt: Date }> {
  const [slot] = await h.stores.appointments.openSlots({ providerIds: [providerId], from: new Date(from), to: new Date('2026-12-31T00:00:00Z'), limit: 1 });
  return h.stores.appointments.book({ memberId: 'M10000001', slotId: slot.id, requestKey: `visit-${providerId}-${from}` }, h.clock.now());
}

describe.each(['directline', 'sms', 'voice'])('rides on %s', (channel) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
    await memberJoins(h.adapter, picked('en'));
  });

  const dateTime = (date: Date) => h.replies.calendar.dateTime('en', date);

  it('books a wheelchair ride there and back for a booked visit, read back first, with rides left', async () => {
    const visit = await visitWith(h, 'pc-miller', '2026-12-08T06:00:00Z');
    const which = await verified(h.adapter, 'I need a ride to my appointment');
    expect(which).toContain(h.t('en', 'rides:which.ask'));
    expect(texts(await say(h.adapter, '1'))).toContain(h.t('en', 'rides:pickup.confirm', { street: '479 Harvest Moon Ln', city: 'Springfield' }));
    expect(texts(await say(h.adapter, 'yes'))).toContain(h.t('en', 'rides:mobility.ask'));
    expect(texts(await say(h.adapter, 'wheelchair'))).toContain(h.t('en', 'rides:escort.ask'));
    expect(texts(await say(h.adapter, '2'))).toContain(h.t('en', 'rides:trip.ask'));
    const readBack = texts(await say(h.adapter, '2'));
    const pickupAt = new Date(visit.startsAt.getTime() - 60 * 60 * 1000);
    expect(readBack).toContain(h.t('en', 'rides:confirm.pickup', { when: dateTime(pickupAt), street: '479 Harvest Moon Ln' }));
    expect(readBack).toContain(h.t('en', 'rides:confirm.to', { place: 'Dr. James Miller', street: '3000 Montvale Dr' }));
    expect(readBack).toContain(h.t('en', 'rides:confirm.mobility.wheelchair'));
    expect(readBack).toContain(h.t('en', 'rides:confirm.trip.roundTrip'));
    const booked = texts(await say(h.adapter, '1'));
    const confirmation = confirmationIn(booked, 'R');
    expect(booked).toContain(h.t('en', 'rides:left', { count: 24 - 6 - 2 }));
    expect(await h.stores.rides.find(confirmation)).toMatchObject({ appointment: visit.confirmation, mobility: 'wheelchair', trip: 'roundTrip', escort: false, status: 'scheduled' });
    const outcome = (await h.outcomes.list(new Date(0))).find((o) => o.type === 'ride.booked');
    expect(outcome).toMatchObject({ detail: 'wheelchair', channel, language: 'en' });
    // After a booking, the short social-needs questions are offered (once a year).
    expect(booked).toContain(h.t('en', 'social:offer.ask'));
  });

  it('explains the notice rule for a visit tomorrow and offers a person when no same-day reason applies', async () => {
    expect(await verified(h.adapter, 'I need a ride')).toContain(h.t('en', 'rides:visit.askStreet'));
    expect(texts(await say(h.adapter, '800 N Rutledge St'))).toContain(h.t('en', 'rides:address.askZip'));
    expect(texts(await say(h.adapter, '62702'))).toContain(h.t('en', 'rides:visit.askDay'));
    expect(texts(await say(h.adapter, 'tomorrow'))).toContain(h.t('en', 'rides:visit.askTime'));
    expect(texts(await say(h.adapter, '10:30 am'))).toContain(h.t('en', 'rides:sameDay.ask'));
    const refused = texts(await say(h.adapter, '4'));
    expect(refused).toContain(h.t('en', 'rides:rules.notice', { count: 2 }));
    expect(refused).toContain(h.t('en', 'rides:rules.visitDay', { day: h.replies.calendar.day('en', new Date('2026-12-01T18:00:00Z')) }));
    expect(refused).toContain(h.t('en', 'rides:rules.personCan'));
  });

  it('books a same-day ride for dialysis without asking for a reason', async () => {
    h.clock.set('2026-12-01T13:00:00Z');
    await visitWith(h, 'nephro-wang', '2026-12-01T19:00:00Z');
    await verified(h.adapter, 'I need a ride');
    expect(texts(await say(h.adapter, '1'))).toContain(h.t('en', 'rides:pickup.confirm', { street: '479 Harvest Moon Ln', city: 'Springfield' }));
  });

  it('says plainly when a trip is longer than the plan pays for', async () => {
    await visitWith(h, 'ortho-wright', '2026-12-08T06:00:00Z');
    await verified(h.adapter, 'I need a ride');
    await say(h.adapter, '1');
    const refused = texts(await say(h.adapter, '1'));
    expect(refused).toMatch(new RegExp(h.t('en', 'rides:rules.tooFar', { miles: '\\d+', cap: 50 })));
    expect(refused).toContain(h.t('en', 'rides:rules.personCan'));
  });

  it('asks again for a ZIP code outside the service area, and takes a new pickup address', async () => {
    await visitWith(h, 'pc-miller', '2026-12-08T06:00:00Z');
    await verified(h.adapter, 'I need a ride');
    await say(h.adapter, '1');
    expect(texts(await say(h.adapter, '2'))).toContain(h.t('en', 'rides:address.askStreet'));
    await say(h.adapter, '12 Oak St');
    expect(texts(await say(h.adapter, '90210'))).toContain(h.t('en', 'rides:address.zipUnknown'));
    expect(texts(await say(h.adapter, '62703'))).toContain(h.t('en', 'rides:mobility.ask'));
  });

  it('does not book a trip there and back with only one ride left', async () => {
    const margaret = await h.stores.members.findById('M10000001');
    await h.stores.members.save([{ ...margaret!, ridesUsedThisYear: 23 }]);
    await visitWith(h, 'pc-miller', '2026-12-08T06:00:00Z');
    await verified(h.adapter, 'I need a ride');
    await say(h.adapter, '1');
    await say(h.adapter, '1');
    await say(h.adapter, '1');
    await say(h.adapter, '2');
    expect(texts(await say(h.adapter, '2'))).toContain(h.t('en', 'rides:rules.oneLeft'));
  });

  it('says where a ride is and cancels it after a read-back', async () => {
    await visitWith(h, 'pc-miller', '2026-12-08T06:00:00Z');
    await verified(h.adapter, 'I need a ride');
    for (const answer of ['1', '1', '1', '2', '1']) await say(h.adapter, answer);
    const confirmation = confirmationIn(texts(await say(h.adapter, '1')), 'R');
    expect(texts(await say(h.adapter, 'where is my ride'))).toContain(h.t('en', 'rides:status.scheduled'));
    await h.stores.rides.setStatus(confirmation, 'onTheWay');
    expect(texts(await say(h.adapter, 'where is my ride'))).toContain(h.t('en', 'rides:status.onTheWay'));
    expect(texts(await say(h.adapter, 'cancel my ride'))).toContain(h.t('en', 'rides:cancel.yes'));
    expect(texts(await say(h.adapter, 'yes'))).toContain(h.t('en', 'rides:cancel.done'));
    expect((await h.stores.rides.find(confirmation))?.status).toBe('cancelled');
    expect(texts(await say(h.adapter, 'where is my ride'))).toContain(h.t('en', 'rides:status.none'));
  });
});
