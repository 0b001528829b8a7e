import type { Appointment } from '../domain/appointment';
import type { Ride } from '../domain/ride';
import type { Member } from '../domain/member';
import { addDays, localDay, localMinutes, zonedInstant } from '../domain/zonedTime';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { SmsSender } from '../ports/smsSender';
import type { Stores } from '../ports/stores';
import type { Line, Replies } from '../../dialogs/shared/replies';

/** SPEC §3 rule 7: a reminder is one text of at most 160 characters, at most one a day and three a week. */
export const MAX_REMINDER_CHARS = 160;
const MAX_PER_WEEK = 3;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Texts go out in the day, never early in the morning or late at night (local time). */
const SEND_FROM_MINUTES = 10 * 60;
const SEND_UNTIL_MINUTES = 19 * 60;

export interface ReminderRun {
  sent: number;
  skipped: number;
}

export interface DayBeforeRemindersDeps {
  stores: Pick<Stores, 'appointments' | 'rides' | 'members' | 'providers' | 'reminders' | 'smsConsent'>;
  /** Undefined when SMS is not configured: then nothing is ever sent. */
  sender?: SmsSender;
  replies: Replies;
  timeZone: string;
  clock: Clock;
  logger: Logger;
}

/**
 * Texts each member the day before a visit or a ride, in their language: one text covers the
 * visit and its ride. Never to a phone that said STOP, never twice a day (the reminder log's
 * claim decides, so several instances send it once), never more than three a week.
 */
export class DayBeforeReminders {
  private timer?: NodeJS.Timeout;

  constructor(private readonly deps: DayBeforeRemindersDeps) {}

  start(everyMs: number): void {
    if (!this.deps.sender) {
      this.deps.logger.info({ reminders: 'off' }, 'SMS is not configured: day-before reminders are off');
      return;
    }
    this.timer = setInterval(() => void this.runOnce().catch((error) => this.deps.logger.error({ err: error }, 'reminder run failed')), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runOnce(): Promise<ReminderRun> {
    const run: ReminderRun = { sent: 0, skipped: 0 };
    const { sender, timeZone, clock } = this.deps;
    const now = clock.now();
    const minutes = localMinutes(now, timeZone);
    if (!sender || minutes < SEND_FROM_MINUTES || minutes >= SEND_UNTIL_MINUTES) return run;
    const today = localDay(now, timeZone);
    const from = zonedInstant(addDays(today, 1), '00:00', timeZone);
    const to = zonedInstant(addDays(today, 2), '00:00', timeZone);
    const visits = await this.deps.stores.appointments.startingBetween(from, to);
    const rides = await this.deps.stores.rides.startingBetween(from, to);
    const memberIds = [...new Set([...visits.map((v) => v.memberId), ...rides.map((r) => r.memberId)])];
    for (const memberId of memberIds) {
      const sent = await this.remind(memberId, today, visits.filter((v) => v.memberId === memberId), rides.filter((r) => r.memberId === memberId));
      if (sent) run.sent++;
      else run.skipped++;
    }
    if (run.sent + run.skipped > 0) this.deps.logger.info({ ...run }, 'day-before reminders');
    return run;
  }

  private async remind(memberId: string, today: string, visits: Appointment[], rides: Ride[]): Promise<boolean> {
    const { stores, clock } = this.deps;
    const member = await stores.members.findById(memberId);
    if (!member?.phone || (await stores.smsConsent.isOptedOut(member.phone))) return false;
    const now = clock.now();
    if ((await stores.reminders.sentSince(memberId, new Date(now.getTime() - WEEK_MS))) >= MAX_PER_WEEK) return false;
    const body = await this.text(member, visits, rides);
    if (!body) {
      this.deps.logger.warn({ reminder: 'tooLong' }, 'no reminder text fits in 160 characters');
      return false;
    }
    if (!(await stores.reminders.claim(`${memberId}:${today}`, memberId, now))) return false;
    await this.deps.sender!.send(member.phone, body);
    return true;
  }

  /** The shortest fitting wording: the visit with its ride, or the visit, or the ride alone. */
  private async text(member: Member, visits: Appointment[], rides: Ride[]): Promise<string | undefined> {
    const { replies } = this.deps;
    const language = member.language;
    const time = (date: Date) => replies.calendar.time(language, date);
    const visit = visits[0];
    const candidates: Line[] = [];
    if (visit) {
      const provider = (await this.deps.stores.providers.find(visit.providerId))?.name ?? '';
      const ride = rides.find((r) => r.appointment === visit.confirmation);
      if (ride) candidates.push(['reminders:visitAndRide', { provider, time: time(visit.startsAt), pickup: time(ride.pickupAt) }]);
      candidates.push(['reminders:visit', { provider, time: time(visit.startsAt) }]);
    } else if (rides[0]) {
      candidates.push(['reminders:ride', { pickup: time(rides[0].pickupAt), confirmation: rides[0].confirmation }]);
    }
    return candidates.map((line) => replies.text(language, line)).find((text) => text.length <= MAX_REMINDER_CHARS);
  }
}
