import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Address, Member } from '../../src/domain/member';
import { localDay, zonedInstant } from '../../src/domain/zonedTime';
import { parseClockTime, parseWhen } from '../../src/nlu/dates/parseWhen';
import type { MenuItem } from '../shared/replies';
import type { BookingDeps } from '../shared/bookingDeps';
import { turnLanguage } from '../shared/turnKeys';
import { menuChoice } from '../shared/menuChoice';
import { ask, notAnswered } from '../shared/stepReplies';
import { ADDRESS_DIALOG, RIDE_VISIT_DIALOG } from '../shared/dialogIds';
import type { AddressOptions, AddressResult } from './addressDialog';
import { visitOf, type RideVisit } from './rideVisit';

export { RIDE_VISIT_DIALOG };

export interface RideVisitOptions {
  appointment?: string;
}

export interface RideVisitResult {
  visit?: RideVisit;
}

interface RideVisitState {
  step: 'which' | 'address' | 'day' | 'time';
  visits: string[];
  destination?: Address;
  day?: string;
}

/** At most this many booked visits are offered for a ride, with "some other visit" after them. */
const LISTED = 3;

/**
 * Which visit a ride is for: one booked here (picked from a short list), or another one, given
 * by its address, day and time. The member must already be verified.
 */
export class RideVisitDialog extends Dialog<RideVisitOptions> {
  constructor(private readonly deps: BookingDeps) {
    super(RIDE_VISIT_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options: RideVisitOptions = {}): Promise<DialogTurnResult> {
    const member = await this.deps.session.current(dc.context);
    if (!member) return dc.endDialog({} satisfies RideVisitResult);
    if (options.appointment) {
      const visit = await visitOf(this.deps.appointments, this.deps.providers, member, options.appointment);
      if (visit) return dc.endDialog({ visit } satisfies RideVisitResult);
    }
    const visits = await this.visitsWithoutRide(member);
    Object.assign(dc.activeDialog!.state, { step: 'which', visits } satisfies RideVisitState);
    if (visits.length === 0) return this.askAddress(dc);
    return ask(dc, this.deps.replies, ['rides:which.ask'], await this.whichItems(dc, visits));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as RideVisitState;
    const member = await this.deps.session.current(dc.context);
    if (!member) return dc.endDialog({} satisfies RideVisitResult);
    const text = dc.context.activity.text ?? '';
    const language = turnLanguage(dc.context);
    if (state.step === 'which') {
      const items = await this.whichItems(dc, state.visits);
      const choice = menuChoice(dc.context, items, this.deps.replies);
      if (choice === state.visits.length + 1) return this.askAddress(dc);
      const visit = choice ? await visitOf(this.deps.appointments, this.deps.providers, member, state.visits[choice - 1]) : undefined;
      if (visit) return dc.endDialog({ visit } satisfies RideVisitResult);
      return notAnswered(dc, this.deps.replies, ['rides:which.ask'], items);
    }
    if (state.step === 'day') {
      const today = localDay(this.deps.clock.now(), this.deps.plan.memberServices.timeZone);
      const when = parseWhen(text, language, today);
      if (!when || when.from !== when.to) return notAnswered(dc, this.deps.replies, ['rides:visit.oneDay']);
      if (when.from < today) return notAnswered(dc, this.deps.replies, ['rides:visit.dayPassed']);
      Object.assign(state, { step: 'time', day: when.from } satisfies Partial<RideVisitState>);
      return ask(dc, this.deps.replies, ['rides:visit.askTime']);
    }
    const time = parseClockTime(text, language);
    if (!time || !state.day || !state.destination) return notAnswered(dc, this.deps.replies, ['rides:visit.timeNotUnderstood']);
    const at = zonedInstant(state.day, time, this.deps.plan.memberServices.timeZone);
    if (at <= this.deps.clock.now()) {
      state.step = 'day';
      return ask(dc, this.deps.replies, ['rides:visit.dayPassed']);
    }
    return dc.endDialog({ visit: { at: at.toISOString(), destination: state.destination } } satisfies RideVisitResult);
  }

  /** The visit's address is known: the day comes next. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: AddressResult): Promise<DialogTurnResult> {
    if (!result?.address) return dc.endDialog({} satisfies RideVisitResult);
    Object.assign(dc.activeDialog!.state, { step: 'day', destination: result.address } satisfies Partial<RideVisitState>);
    return ask(dc, this.deps.replies, ['rides:visit.askDay']);
  }

  private async askAddress(dc: DialogContext): Promise<DialogTurnResult> {
    (dc.activeDialog!.state as RideVisitState).step = 'address';
    return dc.beginDialog(ADDRESS_DIALOG, { question: 'rides:visit.askStreet' } satisfies AddressOptions);
  }

  private async visitsWithoutRide(member: Member): Promise<string[]> {
    const now = this.deps.clock.now();
    const withRide = new Set((await this.deps.rides.upcoming(member.id, now)).map((r) => r.appointment));
    const visits = await this.deps.appointments.upcoming(member.id, now);
    return visits.filter((a) => !withRide.has(a.confirmation)).slice(0, LISTED).map((a) => a.confirmation);
  }

  private async whichItems(dc: DialogContext, confirmations: string[]): Promise<MenuItem[]> {
    const language = turnLanguage(dc.context);
    const items: MenuItem[] = [];
    for (const [i, confirmation] of confirmations.entries()) {
      const visit = await this.deps.appointments.find(confirmation);
      const provider = visit ? await this.deps.providers.find(visit.providerId) : undefined;
      const when = visit ? this.deps.replies.calendar.dateTime(language, visit.startsAt) : confirmation;
      items.push({ number: i + 1, label: ['rides:which.visit', { when, provider: provider?.name ?? '' }] });
    }
    return [...items, { number: confirmations.length + 1, label: 'rides:which.other' }];
  }
}
