import { randomUUID } from 'node:crypto';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { specialties, type Specialty } from '../../src/domain/intents';
import type { Member } from '../../src/domain/member';
import { SlotTakenError } from '../../src/domain/errors';
import { addDays, localDay } from '../../src/domain/zonedTime';
import { parseWhen, type WhenRequest } from '../../src/nlu/dates/parseWhen';
import type { Line, MenuItem } from '../shared/replies';
import type { BookingDeps } from '../shared/bookingDeps';
import { VerifiedDialog, type VerifiedState } from '../shared/verifiedDialog';
import { turnInterpretation, turnLanguage } from '../shared/turnKeys';
import { menuChoice } from '../shared/menuChoice';
import { ask, notAnswered } from '../shared/stepReplies';
import { BOOK_RIDE_DIALOG, BOOK_VISIT_DIALOG } from '../shared/dialogIds';
import { DAYS_AHEAD, SlotFinder, type SlotOffer } from './slotFinder';
import { slotLabel, speaksLine } from './visitLines';
import { offerPerson } from '../shared/journal';
import { SOCIAL_NEEDS_DIALOG, type SocialNeedsOptions } from '../social/socialNeedsDialog';

export { BOOK_VISIT_DIALOG };

export interface BookVisitOptions {
  specialty?: Specialty;
  /** The member's first message, which may already say when ("a checkup next week"). */
  text?: string;
  /** A change: the visit being moved, kept with the same provider. */
  change?: { confirmation: string; providerId: string; specialty: Specialty; hadRide: boolean };
}

type Step = 'kind' | 'specialty' | 'when' | 'pick' | 'confirm' | 'getThere' | 'rideAgain';

interface BookVisitState extends VerifiedState<BookVisitOptions> {
  step: Step;
  specialty?: Specialty;
  page?: number;
  when?: WhenRequest;
  offers?: SlotOffer[];
  chosen?: SlotOffer;
  requestKey?: string;
  booked?: string;
}

const OTHER_SPECIALTIES = specialties.filter((s) => s !== 'primary_care');
const PAGE_SIZE = 4;
const MORE = 5;
const MORE_TIMES = 4;
const OTHER_DAY = 5;

const yesNo = (yes: string, no: string): MenuItem[] => [
  { number: 1, label: yes },
  { number: 2, label: no },
];

/**
 * Books a doctor visit (SPEC §7): the member's own doctor or a specialty, the day they want,
 * at most three times at once, a read-back with the weekday, then the booking with a confirmation
 * number, and "How will you get there?". Also moves a booked visit to a new time (a change).
 */
export class BookVisitDialog extends VerifiedDialog<BookVisitOptions> {
  private readonly finder: SlotFinder;

  constructor(private readonly deps: BookingDeps) {
    super(BOOK_VISIT_DIALOG, deps.session);
    this.finder = new SlotFinder(deps.providers, deps.appointments, deps.clock, deps.plan.memberServices.timeZone);
  }

  protected override async onVerified(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const { options } = state;
    if (options.change) {
      Object.assign(state, { specialty: options.change.specialty });
      return this.askWhen(dc);
    }
    if (options.specialty) return this.chooseSpecialty(dc, member, options.specialty, false);
    return this.askKind(dc, member);
  }

  protected override async onAnswer(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const state = this.state(dc);
    switch (state.step) {
      case 'kind':
        return this.onKind(dc, member);
      case 'specialty':
        return this.onSpecialty(dc, member);
      case 'when':
        return this.onWhen(dc, member);
      case 'pick':
        return this.onPick(dc, member);
      case 'confirm':
        return this.onConfirm(dc, member);
      case 'getThere':
        return this.onGetThere(dc);
      case 'rideAgain':
        return this.onRideAgain(dc);
    }
  }

  /** "1. A visit with my own doctor, Dr. Ana Rivera" (or a main doctor, when none is on file), "2. Another kind of doctor". */
  private async kindItems(member: Member): Promise<MenuItem[]> {
    const own = member.primaryCareProviderId ? await this.deps.providers.find(member.primaryCareProviderId) : undefined;
    const first: Line = own ? ['appointments:kind.own', { provider: own.name }] : 'appointments:kind.main';
    return [{ number: 1, label: first }, { number: 2, label: 'appointments:kind.other' }];
  }

  private async askKind(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    this.state(dc).step = 'kind';
    return ask(dc, this.deps.replies, ['appointments:kind.ask'], await this.kindItems(member));
  }

  private async onKind(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const named = this.namedSpecialty(dc);
    if (named) return this.chooseSpecialty(dc, member, named);
    const items = await this.kindItems(member);
    const choice = menuChoice(dc.context, items, this.deps.replies);
    if (choice === 1) return this.chooseSpecialty(dc, member, 'primary_care');
    if (choice === 2) return this.showSpecialties(dc, 0);
    return notAnswered(dc, this.deps.replies, ['appointments:kind.ask'], items);
  }

  private specialtyItems(page: number): MenuItem[] {
    const kinds = OTHER_SPECIALTIES.slice(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE);
    return [...kinds.map((kind, i) => ({ number: i + 1, label: `appointments:specialties.${kind}` })), { number: MORE, label: 'appointments:specialty.more' }];
  }

  private async showSpecialties(dc: DialogContext, page: number): Promise<DialogTurnResult> {
    Object.assign(this.state(dc), { step: 'specialty', page } satisfies Partial<BookVisitState>);
    return ask(dc, this.deps.replies, ['appointments:specialty.ask'], this.specialtyItems(page));
  }

  private async onSpecialty(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const named = this.namedSpecialty(dc);
    if (named) return this.chooseSpecialty(dc, member, named);
    const page = this.state(dc).page ?? 0;
    const items = this.specialtyItems(page);
    const choice = menuChoice(dc.context, items, this.deps.replies);
    if (choice === MORE) return this.showSpecialties(dc, (page + 1) % Math.ceil(OTHER_SPECIALTIES.length / PAGE_SIZE));
    const picked = choice ? OTHER_SPECIALTIES[page * PAGE_SIZE + choice - 1] : undefined;
    if (picked) return this.chooseSpecialty(dc, member, picked);
    return notAnswered(dc, this.deps.replies, ['appointments:specialty.ask'], items);
  }

  /** `readMessage`: this turn's message is the member's answer and may say when ("a heart doctor on Monday"). */
  private async chooseSpecialty(dc: DialogContext, member: Member, specialty: Specialty, readMessage = true): Promise<DialogTurnResult> {
    const state = this.state(dc);
    state.specialty = specialty;
    const language = turnLanguage(dc.context);
    const typed = readMessage && turnInterpretation(dc.context).kind === 'intent' ? dc.context.activity.text : undefined;
    const when = [typed, state.options.text].map((text) => (text ? parseWhen(text, language, this.today()) : undefined)).find(Boolean);
    return when ? this.offer(dc, member, when) : this.askWhen(dc);
  }

  private async askWhen(dc: DialogContext): Promise<DialogTurnResult> {
    this.state(dc).step = 'when';
    return ask(dc, this.deps.replies, ['appointments:when.ask', 'appointments:when.soonest']);
  }

  private async onWhen(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const meaning = turnInterpretation(dc.context);
    const soonest = meaning.kind === 'choice' && meaning.number === 1;
    const when = soonest ? this.soonest() : parseWhen(dc.context.activity.text ?? '', turnLanguage(dc.context), this.today());
    if (when) return this.offer(dc, member, when);
    return notAnswered(dc, this.deps.replies, ['appointments:when.notUnderstood', 'appointments:when.soonest']);
  }

  /** Offers up to three open times; `after` continues a list ("more times"). */
  private async offer(dc: DialogContext, member: Member, when: WhenRequest, after?: string, lead: Line[] = []): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const specialty = state.specialty ?? 'primary_care';
    const search = { member, specialty, providerId: state.options.change?.providerId, when };
    let { offers, widened } = await this.finder.find({ ...search, after });
    const lines = [...lead];
    if (after && offers.length === 0) {
      ({ offers, widened } = await this.finder.find(search));
      lines.push('appointments:offer.noMore');
    }
    if (offers.length === 0) {
      offerPerson(dc.context, { reason: 'bookingFailed', urgency: 'normal', pendingBooking: { kind: 'visit', specialty, when } });
      await dc.context.sendActivity(this.deps.replies.message(dc.context, [...lines, 'appointments:offer.noneAtAll', 'person.offer']));
      return dc.endDialog();
    }
    if (widened) lines.push('appointments:offer.noneThen');
    Object.assign(state, { step: 'pick', when, offers } satisfies Partial<BookVisitState>);
    const language = turnLanguage(dc.context);
    const providers = await Promise.all(offers.map((o) => this.deps.providers.find(o.providerId)));
    const items: MenuItem[] = [
      ...offers.map((o, i) => ({ number: i + 1, label: slotLabel(this.deps.replies, language, new Date(o.startsAt), providers[i]) })),
      { number: MORE_TIMES, label: 'appointments:offer.more' },
      { number: OTHER_DAY, label: 'appointments:offer.otherDay' },
    ];
    return ask(dc, this.deps.replies, [...lines, ...speaksLine(language, providers[0]), 'appointments:offer.pick'], items);
  }

  private async onPick(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const offers = state.offers ?? [];
    const meaning = turnInterpretation(dc.context);
    const number = meaning.kind === 'choice' ? meaning.number : undefined;
    if (number !== undefined && number >= 1 && number <= offers.length) return this.askConfirm(dc, offers[number - 1]);
    if (number === MORE_TIMES) return this.offer(dc, member, state.when ?? this.soonest(), offers[offers.length - 1]?.startsAt);
    if (number === OTHER_DAY) return this.askWhen(dc);
    const when = parseWhen(dc.context.activity.text ?? '', turnLanguage(dc.context), this.today());
    if (when) return this.offer(dc, member, when);
    const items: MenuItem[] = [{ number: MORE_TIMES, label: 'appointments:offer.more' }, { number: OTHER_DAY, label: 'appointments:offer.otherDay' }];
    return notAnswered(dc, this.deps.replies, ['appointments:offer.pick'], items);
  }

  private async askConfirm(dc: DialogContext, chosen: SlotOffer): Promise<DialogTurnResult> {
    const state = this.state(dc);
    Object.assign(state, { step: 'confirm', chosen, requestKey: randomUUID() } satisfies Partial<BookVisitState>);
    const provider = await this.deps.providers.find(chosen.providerId);
    const language = turnLanguage(dc.context);
    const moving = Boolean(state.options.change);
    const lines: Line[] = [
      ['appointments:confirm.visit', { provider: provider?.name ?? '', when: this.deps.replies.calendar.dateTime(language, new Date(chosen.startsAt)) }],
      ...(provider ? [['appointments:confirm.place', { street: provider.address.street, city: provider.address.city }] as Line] : []),
      moving ? 'appointments:confirm.moveAsk' : 'appointments:confirm.ask',
    ];
    return ask(dc, this.deps.replies, lines, yesNo(moving ? 'appointments:confirm.moveYes' : 'appointments:confirm.yes', 'appointments:confirm.no'));
  }

  private async onConfirm(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const items = yesNo(state.options.change ? 'appointments:confirm.moveYes' : 'appointments:confirm.yes', 'appointments:confirm.no');
    const choice = menuChoice(dc.context, items, this.deps.replies, true);
    if (choice === 2) return this.offer(dc, member, state.when ?? this.soonest());
    if (choice !== 1 || !state.chosen || !state.requestKey) return notAnswered(dc, this.deps.replies, ['appointments:confirm.ask'], items);
    try {
      const appointment = await this.deps.appointments.book(
        { memberId: member.id, slotId: state.chosen.slotId, requestKey: state.requestKey, replaces: state.options.change?.confirmation },
        this.deps.clock.now(),
      );
      return this.booked(dc, member, appointment.confirmation);
    } catch (error) {
      if (!(error instanceof SlotTakenError)) throw error;
      return this.offer(dc, member, state.when ?? this.soonest(), undefined, ['appointments:taken']);
    }
  }

  private async booked(dc: DialogContext, member: Member, confirmation: string): Promise<DialogTurnResult> {
    const state = this.state(dc);
    state.booked = confirmation;
    const change = state.options.change;
    await this.deps.outcomes.record(dc.context, change ? 'appointment.changed' : 'appointment.booked', state.specialty);
    const lines: Line[] = [change ? 'appointments:moved' : 'appointments:booked', ['appointments:number', { confirmation }]];
    if (member.phone) lines.push('appointments:reminder');
    if (change?.hadRide) {
      const oldRide = (await this.deps.rides.upcoming(member.id, this.deps.clock.now())).find((r) => r.appointment === change.confirmation);
      if (oldRide) await this.deps.rides.cancel(member.id, oldRide.confirmation);
      state.step = 'rideAgain';
      return ask(dc, this.deps.replies, [...lines, 'appointments:change.rideCancelled', 'appointments:change.rideAgain'], yesNo('appointments:change.yes', 'appointments:change.no'));
    }
    state.step = 'getThere';
    return ask(dc, this.deps.replies, [...lines, 'appointments:getThere.ask'], yesNo('appointments:getThere.ride', 'appointments:getThere.own'));
  }

  private async onGetThere(dc: DialogContext): Promise<DialogTurnResult> {
    return this.afterBooking(dc, yesNo('appointments:getThere.ride', 'appointments:getThere.own'), 'appointments:getThere.ask');
  }

  private async onRideAgain(dc: DialogContext): Promise<DialogTurnResult> {
    return this.afterBooking(dc, yesNo('appointments:change.yes', 'appointments:change.no'), 'appointments:change.rideAgain');
  }

  private async afterBooking(dc: DialogContext, items: MenuItem[], question: string): Promise<DialogTurnResult> {
    const choice = menuChoice(dc.context, items, this.deps.replies, true);
    if (choice === 1) return dc.replaceDialog(BOOK_RIDE_DIALOG, { appointment: this.state(dc).booked });
    if (choice === 2) return dc.replaceDialog(SOCIAL_NEEDS_DIALOG, { lines: ['appointments:getThere.ok'], afterBooking: true } satisfies SocialNeedsOptions);
    return notAnswered(dc, this.deps.replies, [question], items);
  }

  private namedSpecialty(dc: DialogContext): Specialty | undefined {
    const meaning = turnInterpretation(dc.context);
    if (meaning.kind !== 'intent') return undefined;
    return meaning.recognition.entities.find((e) => e.type === 'specialty')?.value as Specialty | undefined;
  }

  private today(): string {
    return localDay(this.deps.clock.now(), this.deps.plan.memberServices.timeZone);
  }

  private soonest(): WhenRequest {
    const today = this.today();
    return { from: today, to: addDays(today, DAYS_AHEAD) };
  }

  private state(dc: DialogContext): BookVisitState {
    return dc.activeDialog!.state as BookVisitState;
  }
}
