import pino from 'pino';
import { createBotHarness, type BotHarness } from '../../helpers/botHarness';
import { RecordingSmsSender } from '../../fakes/recordingSmsSender';
import { DayBeforeReminders, MAX_REMINDER_CHARS } from '../../../src/reminders/dayBeforeReminders';
import { languages } from '../../../src/domain/language';

const TIME_ZONE = 'America/Chicago';

describe('day-before reminders', () => {
  let h: BotHarness;
  let sms: RecordingSmsSender;
  const reminders = (withSms = true) =>
    new DayBeforeReminders({ stores: h.stores, sender: withSms ? sms : undefined, replies: h.replies, timeZone: TIME_ZONE, clock: h.clock, logger: pino({ level: 'silent' }) });

  /** Books a visit for the member with the provider, on the first open time of the day (UTC bounds). */
  async function visit(memberId: string, providerId: string, day: string) {
    const [slot] = await h.stores.appointments.openSlots({ providerIds: [providerId], from: new Date(`${day}T14:00:00Z`), to: new Date(`${day}T23:00:00Z`), limit: 1 });
    return h.stores.appointments.book({ memberId, slotId: slot.id, requestKey: `${memberId}-${providerId}-${day}` }, h.clock.now());
  }

  beforeEach(async () => {
    h = await createBotHarness('directline');
    sms = new RecordingSmsSender();
    h.clock.set('2026-12-07T17:00:00Z'); // Monday 11:00 in Springfield
  });

  it("texts the member the day before, in the member's language, with the visit and its ride in one text", async () => {
    const booked = await visit('M10000003', 'pc-rivera', '2026-12-08');
    await h.stores.rides.book(
      {
        memberId: 'M10000003', appointment: booked.confirmation, pickup: { street: '1 A St', city: 'Springfield', state: 'IL', zip: '62704' },
        destination: { street: '800 N Rutledge St', city: 'Springfield', state: 'IL', zip: '62702' }, visitAt: booked.startsAt,
        pickupAt: new Date(booked.startsAt.getTime() - 3_600_000), mobility: 'walks', escort: false, trip: 'oneWay', miles: 3, requestKey: 'ride-es-1',
      },
      h.clock.now(),
    );
    expect(await reminders().runOnce()).toEqual({ sent: 1, skipped: 0 });
    const member = await h.stores.members.findById('M10000003');
    expect(sms.sent).toEqual([
      {
        to: member?.phone,
        body: h.t('es', 'reminders:visitAndRide', {
          provider: 'Dr. Ana Rivera',
          time: h.replies.calendar.time('es', booked.startsAt),
          pickup: h.replies.calendar.time('es', new Date(booked.startsAt.getTime() - 3_600_000)),
        }),
      },
    ]);
    expect(sms.sent[0].body.length).toBeLessThanOrEqual(MAX_REMINDER_CHARS);
  });

  it('sends nothing when SMS is not configured', async () => {
    await visit('M10000001', 'pc-miller', '2026-12-08');
    expect(await reminders(false).runOnce()).toEqual({ sent: 0, skipped: 0 });
  });

  it('sends nothing to a phone that said STOP', async () => {
    await visit('M10000001', 'pc-miller', '2026-12-08');
    await h.stores.smsConsent.optOut('+15555550101', h.clock.now());
    await reminders().runOnce();
    expect(sms.sent).toEqual([]);
  });

  it('sends at most one text a day, even with two visits tomorrow and two runs', async () => {
    await visit('M10000001', 'pc-miller', '2026-12-08');
    await visit('M10000001', 'eye-lopez', '2026-12-08');
    await reminders().runOnce();
    await reminders().runOnce();
    expect(sms.sent).toHaveLength(1);
  });

  it('sends at most three texts a week', async () => {
    for (const day of ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']) await visit('M10000001', 'pc-miller', day);
    for (const today of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']) {
      h.clock.set(`${today}T17:00:00Z`);
      await reminders().runOnce();
    }
    expect(sms.sent).toHaveLength(3);
  });

  it('does not text at night or early in the morning', async () => {
    await visit('M10000001', 'pc-miller', '2026-12-08');
    h.clock.set('2026-12-07T12:00:00Z'); // 6:00 in Springfield
    await reminders().runOnce();
    h.clock.set('2026-12-08T03:00:00Z'); // 21:00 in Springfield
    await reminders().runOnce();
    expect(sms.sent).toEqual([]);
  });

  it.each(languages)('fits every %s reminder in 160 characters with the longest provider name', (lng) => {
    const longest = 'Dr. Claudette Joseph';
    const time = h.replies.calendar.time(lng, new Date('2026-12-08T18:30:00Z'));
    for (const key of ['reminders:visit', 'reminders:visitAndRide', 'reminders:ride']) {
      const text = h.replies.text(lng, [key, { provider: longest, time, pickup: time, confirmation: 'R7K3M9P' }]);
      expect(text.length).toBeLessThanOrEqual(MAX_REMINDER_CHARS);
      expect(text).toContain('STOP');
    }
  });
});
