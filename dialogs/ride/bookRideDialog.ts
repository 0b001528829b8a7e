import { randomUUID } from 'node:crypto';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { Address, Member } from '../../src/domain/member';
import { legsOf, type RideMobility, type RideTrip, type SameDayReason } from '../../src/domain/ride';
import { localDay } from '../../src/domain/zonedTime';
import type { Line, MenuItem } from '../shared/replies';
import type { BookingDeps } from '../shared/bookingDeps';
import { turnLanguage } from '../shared/turnKeys';
import { menuChoice } from '../shared/menuChoice';
import { ask, notAnswered } from '../shared/stepReplies';
import { VerifiedDialog, type VerifiedState } from '../shared/verifiedDialog';
import { ADDRESS_DIALOG, BOOK_RIDE_DIALOG, RIDE_VISIT_DIALOG } from '../shared/dialogIds';
import { hasNotice, legsBookedThisYear, ridesLeft, sameDayReasons } from './rideRules';
import type { RideVisit } from './rideVisit';
import type { RideVisitOptions, RideVisitResult } from './rideVisitDialog';
import type { AddressOptions, AddressResult } from './addressDialog';
import { offerPerson } from '../shared/journal';
import { SOCIAL_NEEDS_DIALOG, type SocialNeedsOptions } from '../social/socialNeedsDialog';

export { BOOK_RIDE_DIALOG };

export interface BookRideOptions {
  /** The confirmation number of the visit the ride is for, when the member just booked it. */
  appointment?: string;
}

type Step = 'visit' | 'sameDay' | 'pickup' | 'pickupAddress' | 'mobility' | 'escort' | 'trip' | 'confirm';

interface BookRideState extends VerifiedState<BookRideOptions> {
  step: Step;
  left: number;
  visit?: RideVisit;
  sameDayReason?: SameDayReason;
  pickup?: Address;
  mobility?: RideMobility;
  escort?: boolean;
  trip?: RideTrip;
  requestKey?: string;
}

const menu = (...labels: string[]): MenuItem[] => labels.map((label, i) => ({ number: i + 1, label }));
const mobilities: RideMobility[] = ['walks', 'wheelchair', 'stretcher'];
const mobilityItems = menu(...mobilities.map((m) => `rides:mobility.${m}`));
const trips: RideTrip[] = ['oneWay', 'roundTrip', 'willCall'];
const tripItems = menu(...trips.map((t) => `rides:trip.${t}`));
const pickupItems = menu('rides:pickup.yes', 'rides:pickup.other');
const escortItems = menu('rides:escort.yes', 'rides:escort.no');
const confirmItems = menu('rides:confirm.yes', 'rides:confirm.no');

/**
 * Books a ride to care (SPEC §8): for a visit booked here or another one, from the address on
 * file (confirmed) or a new one, with mobility, escort and trip; the plan's rules (rides left,
 * notice with its same-day exceptions, mileage cap) are checked and explained in plain words
 * with a person offered; a read-back, then an idempotent booking with a confirmation number.
 */
export class BookRideDialog extends VerifiedDialog<BookRideOptions> {
  constructor(private readonly deps: BookingDeps) {
    super(BOOK_RIDE_DIALOG, deps.session);
  }

  protected override async onVerified(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const state = this.state(dc);
    state.left = ridesLeft(this.deps.plan, member, await legsBookedThisYear(this.deps.rides, member.id, this.deps.clock.now(), this.timeZone));
    if (state.left === 0) return this.refuse(dc, ['rides:rules.noRidesLeft']);
    state.step = 'visit';
    return dc.beginDialog(RIDE_VISIT_DIALOG, { appointment: state.options.appointment } satisfies RideVisitOptions);
  }

  protected override async onChildResult(dc: DialogContext, member: Member, result: unknown): Promise<DialogTurnResult> {
    const state = this.state(dc);
    if (state.step === 'visit') {
      const { visit } = (result ?? {}) as RideVisitResult;
      return visit ? this.checkNotice(dc, member, visit) : dc.endDialog();
    }
    const { address } = (result ?? {}) as Partial<AddressResult>;
    return address ? this.withPickup(dc, address) : dc.endDialog();
  }

  protected override async onAnswer(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const state = this.state(dc);
    switch (state.step) {
      case 'sameDay': {
        const reasons = sameDayReasons(this.deps.plan);
        const choice = menuChoice(dc.context, this.sameDayItems(), this.deps.replies);
        if (choice === reasons.length + 1) return this.refuseNotice(dc);
        if (!choice) return notAnswered(dc, this.deps.replies, ['rides:sameDay.ask'], this.sameDayItems());
        state.sameDayReason = reasons[choice - 1];
        return this.askPickup(dc, member);
      }
      case 'pickup': {
        const choice = menuChoice(dc.context, pickupItems, this.deps.replies, true);
        if (choice === 1) return this.withPickup(dc, member.address);
        if (choice === 2) {
          state.step = 'pickupAddress';
          return dc.beginDialog(ADDRESS_DIALOG, { question: 'rides:address.askStreet' } satisfies AddressOptions);
        }
        return notAnswered(dc, this.deps.replies, [this.pickupLine(member.address)], pickupItems);
      }
      case 'mobility': {
        const choice = menuChoice(dc.context, mobilityItems, this.deps.replies);
        if (!choice) return notAnswered(dc, this.deps.replies, ['rides:mobility.ask'], mobilityItems);
        state.mobility = mobilities[choice - 1];
        return this.deps.plan.rides.escortAllowed ? this.askStep(dc, 'escort', ['rides:escort.ask'], escortItems) : this.askStep(dc, 'trip', ['rides:trip.ask'], tripItems);
      }
      case 'escort': {
        const choice = menuChoice(dc.context, escortItems, this.deps.replies, true);
        if (!choice) return notAnswered(dc, this.deps.replies, ['rides:escort.ask'], escortItems);
        state.escort = choice === 1;
        return this.askStep(dc, 'trip', ['rides:trip.ask'], tripItems);
      }
      case 'trip': {
        const choice = menuChoice(dc.context, tripItems, this.deps.replies);
        if (!choice) return notAnswered(dc, this.deps.replies, ['rides:trip.ask'], tripItems);
        if (legsOf(trips[choice - 1]) > state.left) return ask(dc, this.deps.replies, ['rides:rules.oneLeft', 'rides:trip.ask'], tripItems);
        state.trip = trips[choice - 1];
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
      default:
        return dc.endDialog();
    }
  }

  private async checkNotice(dc: DialogContext, member: Member, visit: RideVisit): Promise<DialogTurnResult> {
    const state = this.state(dc);
    state.visit = visit;
    const today = localDay(this.deps.clock.now(), this.timeZone);
    if (hasNotice(this.deps.plan, today, localDay(new Date(visit.at), this.timeZone))) return this.askPickup(dc, member);
    const reasons = sameDayReasons(this.deps.plan);
    if (visit.dialysis && reasons.includes('dialysis')) {
      state.sameDayReason = 'dialysis';
      return this.askPickup(dc, member);
    }
    if (reasons.length === 0) return this.refuseNotice(dc);
    return this.askStep(dc, 'sameDay', ['rides:sameDay.ask'], this.sameDayItems());
  }

  private sameDayItems(): MenuItem[] {
    return menu(...sameDayReasons(this.deps.plan).map((r) => `rides:sameDay.${r}`), 'rides:sameDay.none');
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

  private pickupAt(visit: RideVisit): Date {
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
    return dc.replaceDialog(SOCIAL_NEEDS_DIALOG, { lines, afterBooking: true } satisfies SocialNeedsOptions);
  }

  private async refuse(dc: DialogContext, lines: Line[]): Promise<DialogTurnResult> {
    offerPerson(dc.context, { reason: 'bookingFailed', urgency: 'normal', pendingBooking: { kind: 'ride', ...this.state(dc) } });
    await dc.context.sendActivity(this.deps.replies.message(dc.context, [...lines, 'rides:rules.personCan']));
    return dc.endDialog();
  }

  private async askStep(dc: DialogContext, step: Step, lines: Line[], items?: MenuItem[]): Promise<DialogTurnResult> {
    this.state(dc).step = step;
    return ask(dc, this.deps.replies, lines, items);
  }

  private get timeZone(): string {
    return this.deps.plan.memberServices.timeZone;
  }

  private state(dc: DialogContext): BookRideState {
    return dc.activeDialog!.state as BookRideState;
  }
}
