import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { IntentName } from '../../src/domain/intents';
import type { Member } from '../../src/domain/member';
import type { Ride } from '../../src/domain/ride';
import type { Line, MenuItem } from '../shared/replies';
import type { BookingDeps } from '../shared/bookingDeps';
import { VerifiedDialog, type VerifiedState } from '../shared/verifiedDialog';
import { turnLanguage } from '../shared/turnKeys';
import { menuChoice } from '../shared/menuChoice';
import { ask, notAnswered } from '../shared/stepReplies';
import { BOOK_RIDE_DIALOG, RIDES_DIALOG } from '../shared/dialogIds';

export { RIDES_DIALOG };

export interface RidesOptions {
  intent?: IntentName;
}

interface RidesState extends VerifiedState<RidesOptions> {
  step?: 'menu' | 'pick' | 'confirm';
  rides?: string[];
  chosen?: string;
}

const LISTED = 4;

const manageItems: MenuItem[] = [
  { number: 1, label: 'rides:manage.book' },
  { number: 2, label: 'rides:manage.status' },
  { number: 3, label: 'rides:manage.cancel' },
];
const cancelItems: MenuItem[] = [
  { number: 1, label: 'rides:cancel.yes' },
  { number: 2, label: 'rides:cancel.no' },
];

/** The member's booked rides: where each one is ("where is my ride"), and cancelling one after a read-back. */
export class RidesDialog extends VerifiedDialog<RidesOptions> {
  constructor(private readonly deps: BookingDeps) {
    super(RIDES_DIALOG, deps.session);
  }

  protected override async onVerified(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    switch (this.state(dc).options.intent) {
      case 'ride.status':
        return this.status(dc, member);
      case 'ride.cancel':
        return this.pick(dc, member);
      default:
        this.state(dc).step = 'menu';
        return ask(dc, this.deps.replies, ['rides:manage.ask'], manageItems);
    }
  }

  protected override async onAnswer(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const state = this.state(dc);
    if (state.step === 'menu') {
      const choice = menuChoice(dc.context, manageItems, this.deps.replies);
      if (choice === 1) return dc.replaceDialog(BOOK_RIDE_DIALOG, {});
      if (choice === 2) return this.status(dc, member);
      if (choice === 3) return this.pick(dc, member);
      return notAnswered(dc, this.deps.replies, ['rides:manage.ask'], manageItems);
    }
    if (state.step === 'pick') {
      const rides = state.rides ?? [];
      const choice = menuChoice(dc.context, rides.map((_, i) => ({ number: i + 1, label: '' })), this.deps.replies);
      if (choice) return this.askCancel(dc, member, rides[choice - 1]);
      return notAnswered(dc, this.deps.replies, ['rides:cancel.which'], await this.rideItems(dc, rides));
    }
    const choice = menuChoice(dc.context, cancelItems, this.deps.replies, true);
    if (choice === 1 && state.chosen) {
      await this.deps.rides.cancel(member.id, state.chosen);
      await this.deps.outcomes.record(dc.context, 'ride.cancelled');
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['rides:cancel.done']));
      return dc.endDialog();
    }
    if (choice === 2) {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['rides:cancel.kept']));
      return dc.endDialog();
    }
    return notAnswered(dc, this.deps.replies, [], cancelItems);
  }

  private async upcoming(member: Member): Promise<Ride[]> {
    return this.deps.rides.upcoming(member.id, this.deps.clock.now());
  }

  private rideLine(dc: DialogContext, ride: Ride): Line {
    const when = this.deps.replies.calendar.dateTime(turnLanguage(dc.context), ride.pickupAt);
    return ['rides:status.item', { confirmation: ride.confirmation, when, street: ride.pickup.street }];
  }

  private async status(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const rides = await this.upcoming(member);
    const lines: Line[] = rides.length === 0 ? ['rides:status.none'] : rides.flatMap((ride) => [this.rideLine(dc, ride), `rides:status.${ride.status}`]);
    await dc.context.sendActivity(this.deps.replies.message(dc.context, lines));
    return dc.endDialog();
  }

  private async rideItems(dc: DialogContext, confirmations: string[]): Promise<MenuItem[]> {
    const rides = await Promise.all(confirmations.map((c) => this.deps.rides.find(c)));
    return rides.flatMap((ride, i) => (ride ? [{ number: i + 1, label: this.rideLine(dc, ride) }] : []));
  }

  private async pick(dc: DialogContext, member: Member): Promise<DialogTurnResult> {
    const rides = (await this.upcoming(member)).slice(0, LISTED);
    if (rides.length === 0) {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['rides:status.none']));
      return dc.endDialog();
    }
    if (rides.length === 1) return this.askCancel(dc, member, rides[0].confirmation);
    Object.assign(this.state(dc), { step: 'pick', rides: rides.map((r) => r.confirmation) } satisfies Partial<RidesState>);
    return ask(dc, this.deps.replies, ['rides:cancel.which'], await this.rideItems(dc, rides.map((r) => r.confirmation)));
  }

  private async askCancel(dc: DialogContext, member: Member, confirmation: string): Promise<DialogTurnResult> {
    const ride = await this.deps.rides.find(confirmation);
    if (!ride || ride.memberId !== member.id) return dc.endDialog();
    Object.assign(this.state(dc), { step: 'confirm', chosen: confirmation } satisfies Partial<RidesState>);
    const when = this.deps.replies.calendar.dateTime(turnLanguage(dc.context), ride.pickupAt);
    return ask(dc, this.deps.replies, [['rides:cancel.confirm', { when }]], cancelItems);
  }

  private state(dc: DialogContext): RidesState {
    return dc.activeDialog!.state as RidesState;
  }
}
