import { randomUUID } from 'node:crypto';
import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Address, Member } from '../../src/domain/member';
import { legsOf, type RideMobility, type RideTrip, type SameDayReason } from '../../src/domain/ride';
import { localDay, zonedInstant } from '../../src/domain/zonedTime';
import { parseClockTime, parseWhen } from '../../src/nlu/dates/parseWhen';
import type { Line, MenuItem } from '../shared/replies';
import type { BookingDeps } from '../shared/bookingDeps';
import type { IdentityResult } from '../identity/identityDialog';
import { turnLanguage } from '../shared/turnKeys';
import { menuChoice } from '../shared/menuChoice';
import { ask, notAnswered } from '../shared/stepReplies';
import { BOOK_RIDE_DIALOG, IDENTITY_DIALOG } from '../shared/dialogIds';
import { hasNotice, legsBookedThisYear, ridesLeft, sameDayReasons } from './rideRules';
import { readStreet, readZip } from './addressInput';

export { BOOK_RIDE_DIALOG };

export interface BookRideOptions {
  /** The confirmation number of the visit the ride is for, when the member just booked it. */
  appointment?: string;
}

type Step =
  | 'which' | 'visitStreet' | 'visitZip' | 'visitDay' | 'visitTime' | 'sameDay'
  | 'pickup' | 'pickupStreet' | 'pickupZip' | 'mobility' | 'escort' | 'trip' | 'confirm';

interface Visit {
  at: string;
  destination: Address;
  place?: string;
  appointment?: string;
  dialysis?: boolean;
}

interface BookRideState {
  step: Step;
  options: BookRideOptions;
  left: number;
  visits?: string[];
  street?: string;
  day?: string;
  visit?: Visit;
  sameDayReason?: SameDayReason;
  pickup?: Address;
  mobility?: RideMobility;
  escort?: boolean;
  trip?: RideTrip;
  requestKey?: string;
}

const mobilityItems: MenuItem[] = [
  { number: 1, label: 'rides:mobility.walks' },
  { number: 2, label: 'rides:mobility.wheelchair' },
  { number: 3, label: 'rides:mobility.stretcher' },
];
const mobilities: RideMobility[] = ['walks', 'wheelchair', 'stretcher'];
const tripItems: MenuItem[] = [
  { number: 1, label: 'rides:trip.oneWay' },
  { number: 2, label: 'rides:trip.roundTrip' },
  { number: 3, label: 'rides:trip.willCall' },
];
const trips: RideTrip[] = ['oneWay', 'roundTrip', 'willCall'];
const pickupItems: MenuItem[] = [{ number: 1, label: 'rides:pickup.yes' }, { number: 2, label: 'rides:pickup.other' }];
const escortItems: MenuItem[] = [{ number: 1, label: 'rides:escort.yes' }, { number: 2, label: 'rides:escort.no' }];
const confirmItems: MenuItem[] = [{ number: 1, label: 'rides:confirm.yes' }, { number: 2, label: 'rides:confirm.no' }];

/**
 * Books a ride to care (SPEC §8): for a visit booked here or another one, from the address on
 * file (confirmed) or a new one, with mobility, escort and trip; the plan's rules (rides left,
 * notice with its same-day exceptions, mileage cap) are checked and explained in plain words
 * with a person offered; a read-back, then an idempotent booking with a confirmation number.
 */
export class BookRideDialog extends Dialog<BookRideOptions> {
  constructor(private readonly deps: BookingDeps) {
    super(BOOK_RIDE_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options: BookRideOptions = {}): Promise<DialogTurnResult> {
    Object.assign(dc.activeDialog!.state, { step: 'which', options, left: 0 } satisfies BookRideState);
    return dc.beginDialog(IDENTITY_DIALOG);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: IdentityResult): Promise<DialogTurnResult> {
    const member = result?.verified ? await this.deps.session.current(dc.context) : undefined;
    if (!member) return dc.endDialog();
    const state = this.state(dc);
    state.left = ridesLeft(this.deps.plan, member, await legsBookedThisYear(this.deps.rides, member.id, this.deps.clock.now(), this.deps.plan.memberServices.timeZone));
    if (state.left === 0) return this.refuse(dc, ['rides:rules.noRidesLeft']);
    if (state.options.appointment) {
      const visit = await this.visitOf(member, state.options.appointment);
      if (visit) return this.checkNotice(dc, visit);
    }
    return this.askWhich(dc, member);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const member = await this.deps.session.current(dc.context);
    if (!member) return dc.replaceDialog(BOOK_RIDE_DIALOG, state.options);
    const text = dc.context.activity.text ?? '';
    const language = turnLanguage(dc.context);
    switch (state.step) {
      case 'which': {
        const visits = state.visits ?? [];
        const choice = menuChoice(dc.context, [...visits.map((_, i) => ({ number: i + 1, label: '' })), { number: visits.length + 1, label: 'rides:which.other' }], this.deps.replies);
        if (choice && choice <= visits.length) {
          const visit = await this.visitOf(member, visits[choice - 1]);
          if (visit) return this.checkNotice(dc, visit);
        }
        if (choice === visits.length + 1) return this.askStep(dc, 'visitStreet', ['rides:visit.askStreet']);
        return notAnswered(dc, this.deps.replies, ['rides:which.ask'], await this.whichItems(language, visits));
      }
      case 'visitStreet': {
        const street = readStreet(text);
        if (!street) return notAnswered(dc, this.deps.replies, ['rides:visit.askStreet']);
        state.street = street;
        return this.askStep(dc, 'visitZip', ['rides:address.askZip']);
      }
      case 'visitZip': {
        const address = readZip(text, state.street ?? '', this.deps.distance);
        if (!address) return notAnswered(dc, this.deps.replies, ['rides:address.zipUnknown', 'rides:address.askZip']);
        state.visit = { at: '', destination: address };
        return this.askStep(dc, 'visitDay', ['rides:visit.askDay']);
      }
      case 'visitDay': {
        const today = this.today();
        const when = parseWhen(text, language, today);
        if (!when || when.from !== when.to) return notAnswered(dc, this.deps.replies, ['rides:visit.oneDay']);
        if (when.from < today) return notAnswered(dc, this.deps.replies, ['rides:visit.dayPassed']);
        state.day = when.from;
        return this.askStep(dc, 'visitTime', ['rides:visit.askTime']);
      }
      case 'visitTime': {
        const time = parseClockTime(text, language);
        if (!time || !state.day || !state.visit) return notAnswered(dc, this.deps.replies, ['rides:visit.timeNotUnderstood']);
        const at = zonedInstant(state.day, time, this.deps.plan.memberServices.timeZone);
        if (at <= this.deps.clock.now()) return this.askStep(dc, 'visitDay', ['rides:visit.dayPassed']);
        return this.checkNotice(dc, { ...state.visit, at: at.toISOString() });
      }
      case 'sameDay': {
        const reasons = sameDayReasons(this.deps.plan);
        const choice = menuChoice(dc.context, this.sameDayItems(), this.deps.replies);
        if (choice && choice <= reasons.length) {
          state.sameDayReason = reasons[choice - 1];
          return this.askPickup(dc, member);
        }
        if (choice === reasons.length + 1) return this.refuseNotice(dc);
        return notAnswered(dc, this.deps.replies, ['rides:sameDay.ask'], this.sameDayItems());
      }
      case 'pickup': {
        const choice = menuChoice(dc.context, pickupItems, this.deps.replies, true);
        if (choice === 1) return this.withPickup(dc, member.address);
        if (choice === 2) return this.askStep(dc, 'pickupStreet', ['rides:address.askStreet']);
        return notAnswered(dc, this.deps.replies, [this.pickupLine(member.address)], pickupItems);
      }
      case 'pickupStreet': {
        const street = readStreet(text);
        if (!street) return notAnswered(dc, this.deps.replies, ['rides:address.askStreet']);
        state.street = street;
        return this.askStep(dc, 'pickupZip', ['rides:address.askZip']);
      }
      case 'pickupZip': {
        const address = readZip(text, state.street ?? '', this.deps.distance);
        if (!address) return notAnswered(dc, this.deps.replies, ['rides:address.zipUnknown', 'rides:address.askZip']);
        return this.withPickup(dc, address);
      }
      case 'mobility': {
        const choice = menuChoice(dc.context, mobilityItems, this.deps.replies);
        if (!choice) return notAnswered(dc, this.deps.replies, ['rides:mobility.ask'], mobilityItems);
        state.mobility = mobilities[choice - 1];
        if (!this.deps.plan.rides.escortAllowed) return this.askTrip(dc);
        return this.askStep(dc, 'escort', ['rides:escort.ask'], escortItems);
      }
      case 'escort': {
        const choice = menuChoice(dc.context, escortItems, this.deps.replies, true);
        if (!choice) return notAnswered(dc, this.deps.replies, ['rides:escort.ask'], escortItems);
        state.escort = choice === 1;
        return this.askTrip(dc);
      }
      case 'trip': {
        const choice = menuChoice(dc.context, tripItems, this.deps.replies);
        if (!choice) return notAnswered(dc, this.deps.replies, ['rides:trip.ask'], tripItems);
        const trip = trips[choice - 1];
        if (legsOf(trip) > state.left) return ask(dc, this.deps.replies, ['rides:rules.oneLeft', 'rides:trip.ask'], tripItems);
        state.trip = trip;
        return this.askConfirm(dc);
      }
      case 'confirm': {
        const choice = menuChoice(dc.context, confirmItems, this.deps.replies, true);
        if (choice === 1) return this.book(dc, member);
        if (choice === 2) {
          await dc.context.sendActivity(this.deps.replies.message(dc.context, ['rides:notBooked']));
          return dc.endDialog();
        }
        return notAnswered(dc, this.deps.replies, ['rides:confirm.ask'], confirmItems);
      }
    }
  }

  private async askWhich(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const now = this.deps.clock.now();
    const withRide = new Set((await this.deps.rides.upcoming(member.id, now)).map((r) => r.appointment));
    const visits = (await this.deps.appointments.upcoming(member.id, now)).filter((a) => !withRide.has(a.confirmation)).slice(0, 3);
    if (visits.length === 0) return this.askStep(dc, 'visitStreet', ['rides:visit.askStreet']);
    Object.assign(this.state(dc), { step: 'which', visits: visits.map((v) => v.confirmation) } satisfies Partial<BookRideState>);
    return ask(dc, this.deps.replies, ['rides:which.ask'], await this.whichItems(turnLanguage(dc.context), visits.map((v) => v.confirmation)));
  }

  private async whichItems(language: ReturnType<typeof turnLanguage>, confirmations: string[]): Promise<MenuItem[]> {
    const items: MenuItem[] = [];
    for (const [i, confirmation] of confirmations.entries()) {
      const visit = await this.deps.appointments.find(confirmation);
      const provider = visit ? await this.deps.providers.find(visit.providerId) : undefined;
      const when = visit ? this.deps.replies.calendar.dateTime(language, visit.startsAt) : confirmation;
      items.push({ number: i + 1, label: ['rides:which.visit', { when, provider: provider?.name ?? '' }] });
    }
    return [...items, { number: confirmations.length + 1, label: 'rides:which.other' }];
  }

  private async visitOf(member: Member, confirmation: string): Promise<Visit | undefined> {
    const visit = await this.deps.appointments.find(confirmation);
    if (!visit || visit.memberId !== member.id || visit.status !== 'booked') return undefined;
    const provider = await this.deps.providers.find(visit.providerId);
    if (!provider) return undefined;
    return { at: visit.startsAt.toISOString(), destination: provider.address, place: provider.name, appointment: confirmation, dialysis: provider.specialty === 'nephrology' };
  }

  private async checkNotice(dc: DialogContext, visit: Visit): Promise<DialogTurnResult> {
    const state = this.state(dc);
    state.visit = visit;
    const member = await this.deps.session.current(dc.context);
    if (!member) return dc.endDialog();
    const visitDay = localDay(new Date(visit.at), this.deps.plan.memberServices.timeZone);
    if (hasNotice(this.deps.plan, this.today(), visitDay)) return this.askPickup(dc, member);
    const reasons = sameDayReasons(this.deps.plan);
    if (visit.dialysis && reasons.includes('dialysis')) {
      state.sameDayReason = 'dialysis';
      return this.askPickup(dc, member);
    }
    if (reasons.length === 0) return this.refuseNotice(dc);
    return this.askStep(dc, 'sameDay', ['rides:sameDay.ask'], this.sameDayItems());
  }

  private sameDayItems(): MenuItem[] {
    const reasons = sameDayReasons(this.deps.plan);
    return [...reasons.map((r, i) => ({ number: i + 1, label: `rides:sameDay.${r}` })), { number: reasons.length + 1, label: 'rides:sameDay.none' }];
  }

  private async refuseNotice(dc: DialogContext): Promise<DialogTurnResult> {
    const visit = this.state(dc).visit;
    const day = visit ? this.deps.replies.calendar.day(turnLanguage(dc.context), new Date(visit.at)) : '';
    return this.refuse(dc, [['rides:rules.notice', { count: this.deps.plan.rides.noticeBusinessDays }], ['rides:rules.visitDay', { day }]]);
  }

  private pickupLine(address: Address): Line {
    return ['rides:pickup.confirm', { street: address.street, city: address.city }];
  }

  private async askPickup(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    return this.askStep(dc, 'pickup', [this.pickupLine(member.address)], pickupItems);
  }

  /** The pickup is known: the mileage cap decides whether the ride can go on. */
  private async withPickup(dc: DialogContext, pickup: Address): Promise<DialogTurnResult> {
    const state = this.state(dc);
    state.pickup = pickup;
    const miles = state.visit ? this.deps.distance.miles(pickup, state.visit.destination) : undefined;
    if (miles === undefined) return this.refuse(dc, ['rides:rules.outsideArea']);
    const cap = this.deps.plan.rides.maxMilesOneWay;
    if (miles > cap) return this.refuse(dc, [['rides:rules.tooFar', { miles: Math.round(miles), cap }], 'rides:rules.sorry']);
    return this.askStep(dc, 'mobility', ['rides:mobility.ask'], mobilityItems);
  }

  private async askTrip(dc: DialogContext): Promise<DialogTurnResult> {
    return this.askStep(dc, 'trip', ['rides:trip.ask'], tripItems);
  }

  private pickupAt(visit: Visit): Date {
    return new Date(new Date(visit.at).getTime() - this.deps.plan.rides.pickupMinutesBefore * 60_000);
  }

  private async askConfirm(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const { visit, pickup, mobility, trip } = state;
    if (!visit || !pickup || !mobility || !trip) return dc.endDialog();
    state.requestKey = randomUUID();
    const language = turnLanguage(dc.context);
    const lines: Line[] = [
      'rides:confirm.intro',
      ['rides:confirm.pickup', { when: this.deps.replies.calendar.dateTime(language, this.pickupAt(visit)), street: pickup.street }],
      ['rides:confirm.to', { place: visit.place ?? visit.destination.city, street: visit.destination.street }],
      `rides:confirm.mobility.${mobility}`,
      ...(state.escort ? ['rides:confirm.escort'] : []),
      `rides:confirm.trip.${trip}`,
      'rides:confirm.ask',
    ];
    return this.askStep(dc, 'confirm', lines, confirmItems);
  }

  private async book(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const { visit, pickup, mobility, trip, escort, requestKey, sameDayReason, left } = this.state(dc);
    if (!visit || !pickup || !mobility || !trip || !requestKey) return dc.endDialog();
    const ride = await this.deps.rides.book(
      {
        memberId: member.id,
        appointment: visit.appointment,
        pickup,
        destination: visit.destination,
        destinationName: visit.place,
        visitAt: new Date(visit.at),
        pickupAt: this.pickupAt(visit),
        mobility,
        escort: escort ?? false,
        trip,
        sameDayReason,
        miles: this.deps.distance.miles(pickup, visit.destination) ?? 0,
        requestKey,
      },
      this.deps.clock.now(),
    );
    await this.deps.outcomes.record(dc.context, 'ride.booked', mobility);
    const lines: Line[] = ['rides:booked', ['rides:number', { confirmation: ride.confirmation }], ['rides:left', { count: Math.max(0, left - legsOf(trip)) }]];
    await dc.context.sendActivity(this.deps.replies.message(dc.context, lines));
    return dc.endDialog();
  }

  private async refuse(dc: DialogContext, lines: Line[]): Promise<DialogTurnResult> {
    await dc.context.sendActivity(this.deps.replies.message(dc.context, [...lines, 'rides:rules.personCan']));
    return dc.endDialog();
  }

  private async askStep(dc: DialogContext, step: Step, lines: Line[], items?: MenuItem[]): Promise<DialogTurnResult> {
    this.state(dc).step = step;
    return ask(dc, this.deps.replies, lines, items);
  }

  private today(): string {
    return localDay(this.deps.clock.now(), this.deps.plan.memberServices.timeZone);
  }

  private state(dc: DialogContext): BookRideState {
    return dc.activeDialog!.state as BookRideState;
  }
}
