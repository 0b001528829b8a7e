import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { IntentName } from '../../src/domain/intents';
import type { Appointment } from '../../src/domain/appointment';
import type { Member } from '../../src/domain/member';
import type { Line, MenuItem } from '../shared/replies';
import type { BookingDeps } from '../shared/bookingDeps';
import { VerifiedDialog, type VerifiedState } from '../shared/verifiedDialog';
import { turnLanguage } from '../shared/turnKeys';
import { menuChoice } from '../shared/menuChoice';
import { ask, notAnswered } from '../shared/stepReplies';
import { BOOK_VISIT_DIALOG, VISITS_DIALOG } from '../shared/dialogIds';
import type { BookVisitOptions } from './bookVisitDialog';

export { VISITS_DIALOG };

export interface VisitsOptions {
  intent?: IntentName;
}

type Action = 'change' | 'cancel';

interface VisitsState extends VerifiedState<VisitsOptions> {
  step?: 'menu' | 'pick' | 'confirmCancel';
  action?: Action;
  visits?: string[];
  chosen?: string;
}

/** At most this many visits in one numbered list (SPEC §3: five choices with the person). */
const LISTED = 4;

const manageItems: MenuItem[] = [
  { number: 1, label: 'appointments:manage.book' },
  { number: 2, label: 'appointments:manage.see' },
  { number: 3, label: 'appointments:manage.change' },
  { number: 4, label: 'appointments:manage.cancel' },
];

const cancelItems: MenuItem[] = [
  { number: 1, label: 'appointments:cancel.yes' },
  { number: 2, label: 'appointments:cancel.no' },
];

/**
 * The member's booked visits: see them (with their rides), cancel one (and its ride) after a
 * read-back, or change one (the booking dialog moves it). Reached from the menu or by asking.
 */
export class VisitsDialog extends VerifiedDialog<VisitsOptions> {
  constructor(private readonly deps: BookingDeps) {
    super(VISITS_DIALOG, deps.session);
  }

  protected override async onVerified(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    switch (this.state(dc).options.intent) {
      case 'appointment.list':
        return this.list(dc, member);
      case 'appointment.cancel':
        return this.pick(dc, member, 'cancel');
      case 'appointment.reschedule':
        return this.pick(dc, member, 'change');
      default:
        this.state(dc).step = 'menu';
        return ask(dc, this.deps.replies, ['appointments:manage.ask'], manageItems);
    }
  }

  protected override async onAnswer(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const state = this.state(dc);
    if (state.step === 'menu') {
      const choice = menuChoice(dc.context, manageItems, this.deps.replies);
      if (choice === 1) return dc.replaceDialog(BOOK_VISIT_DIALOG, {} satisfies BookVisitOptions);
      if (choice === 2) return this.list(dc, member);
      if (choice === 3) return this.pick(dc, member, 'change');
      if (choice === 4) return this.pick(dc, member, 'cancel');
      return notAnswered(dc, this.deps.replies, ['appointments:manage.ask'], manageItems);
    }
    if (state.step === 'pick') {
      const visits = state.visits ?? [];
      const choice = menuChoice(dc.context, visits.map((_, i) => ({ number: i + 1, label: '' })), this.deps.replies);
      if (choice) return this.act(dc, member, visits[choice - 1]);
      return this.pick(dc, member, state.action ?? 'cancel', true);
    }
    const choice = menuChoice(dc.context, cancelItems, this.deps.replies, true);
    if (choice === 1 && state.chosen) return this.cancel(dc, member, state.chosen);
    if (choice === 2) {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['appointments:cancel.kept']));
      return dc.endDialog();
    }
    return notAnswered(dc, this.deps.replies, [], cancelItems);
  }

  private async upcoming(member: Member): Promise<Appointment[]> {
    return this.deps.appointments.upcoming(member.id, this.deps.clock.now());
  }

  private async list(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const visits = await this.upcoming(member);
    if (visits.length === 0) {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['appointments:list.none']));
      return dc.endDialog();
    }
    const language = turnLanguage(dc.context);
    const rides = await this.deps.rides.upcoming(member.id, this.deps.clock.now());
    const lines: Line[] = [['appointments:list.intro', { count: visits.length }]];
    for (const visit of visits) {
      lines.push(await this.visitLine(language, visit));
      const ride = rides.find((r) => r.appointment === visit.confirmation);
      if (ride) lines.push(['appointments:list.ride', { time: this.deps.replies.calendar.time(language, ride.pickupAt), confirmation: ride.confirmation }]);
    }
    await dc.context.sendActivity(this.deps.replies.message(dc.context, lines));
    return dc.endDialog();
  }

  private async visitLine(language: ReturnType<typeof turnLanguage>, visit: Appointment): Promise<Line> {
    const provider = await this.deps.providers.find(visit.providerId);
    const when = this.deps.replies.calendar.dateTime(language, visit.startsAt);
    return ['appointments:list.item', { when, provider: provider?.name ?? '', confirmation: visit.confirmation }];
  }

  private async pick(dc: DialogContext, member: Member, action: Action, again = false): Promise<DialogTurnResult> {
    this.state(dc).action = action;
    const visits = (await this.upcoming(member)).slice(0, LISTED);
    if (visits.length === 0) {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['appointments:list.none']));
      return dc.endDialog();
    }
    if (visits.length === 1 && !again) return this.act(dc, member, visits[0].confirmation);
    Object.assign(this.state(dc), { step: 'pick', action, visits: visits.map((v) => v.confirmation) } satisfies Partial<VisitsState>);
    const language = turnLanguage(dc.context);
    const items = await Promise.all(visits.map(async (v, i) => ({ number: i + 1, label: await this.visitLine(language, v) })));
    const question = `appointments:pickVisit.${action}`;
    return again ? notAnswered(dc, this.deps.replies, [question], items) : ask(dc, this.deps.replies, [question], items);
  }

  private async act(dc: DialogContext, member: Member, confirmation: string): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const visit = await this.deps.appointments.find(confirmation);
    if (!visit || visit.memberId !== member.id) return dc.endDialog();
    if (state.action === 'change') {
      const provider = await this.deps.providers.find(visit.providerId);
      const hadRide = (await this.deps.rides.upcoming(member.id, this.deps.clock.now())).some((r) => r.appointment === confirmation);
      const change = { confirmation, providerId: visit.providerId, specialty: provider?.specialty ?? 'primary_care', hadRide };
      return dc.replaceDialog(BOOK_VISIT_DIALOG, { change } satisfies BookVisitOptions);
    }
    Object.assign(state, { step: 'confirmCancel', chosen: confirmation } satisfies Partial<VisitsState>);
    const language = turnLanguage(dc.context);
    const provider = await this.deps.providers.find(visit.providerId);
    const line: Line = ['appointments:cancel.confirm', { provider: provider?.name ?? '', when: this.deps.replies.calendar.dateTime(language, visit.startsAt) }];
    return ask(dc, this.deps.replies, [line], cancelItems);
  }

  private async cancel(dc: DialogContext, member: Member, confirmation: string): Promise<DialogTurnResult> {
    await this.deps.appointments.cancel(member.id, confirmation, this.deps.clock.now());
    const lines: Line[] = ['appointments:cancel.done'];
    const ride = (await this.deps.rides.upcoming(member.id, this.deps.clock.now())).find((r) => r.appointment === confirmation);
    if (ride) {
      await this.deps.rides.cancel(member.id, ride.confirmation);
      await this.deps.outcomes.record(dc.context, 'ride.cancelled');
      lines.push('appointments:cancel.rideToo');
    }
    await this.deps.outcomes.record(dc.context, 'appointment.cancelled');
    await dc.context.sendActivity(this.deps.replies.message(dc.context, lines));
    return dc.endDialog();
  }

  private state(dc: DialogContext): VisitsState {
    return dc.activeDialog!.state as VisitsState;
  }
}
