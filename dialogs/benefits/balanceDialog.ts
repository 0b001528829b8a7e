import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Plan } from '../../src/domain/plan';
import type { Member } from '../../src/domain/member';
import type { Clock } from '../../src/ports/clock';
import { formatLongDate, formatMoney } from '../../src/i18n/formatters';
import type { Line, Replies } from '../shared/replies';
import type { MemberSession } from '../shared/memberSession';
import type { OutcomeRecorder } from '../shared/outcomes';
import { turnLanguage } from '../shared/turnKeys';
import { BALANCE_DIALOG, IDENTITY_DIALOG } from '../shared/dialogIds';
import type { IdentityResult } from '../identity/identityDialog';
import { endOfQuarter } from './quarter';
import type { RideStore } from '../../src/ports/rideStore';
import { legsBookedThisYear, ridesLeft } from '../ride/rideRules';

export { BALANCE_DIALOG };

/** What the verified member has left: OTC money this quarter and rides this year, in their own formats. */
export class BalanceDialog extends Dialog {
  constructor(
    private readonly replies: Replies,
    private readonly plan: Plan,
    private readonly session: MemberSession,
    private readonly outcomes: OutcomeRecorder,
    private readonly clock: Clock,
    private readonly rides: RideStore,
  ) {
    super(BALANCE_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.beginDialog(IDENTITY_DIALOG);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: IdentityResult): Promise<DialogTurnResult> {
    const member = result?.verified ? await this.session.current(dc.context) : undefined;
    if (!member) return dc.endDialog();
    await dc.context.sendActivity(this.replies.message(dc.context, this.balanceLines(dc, member, await legsBookedThisYear(this.rides, member.id, this.clock.now(), this.plan.memberServices.timeZone))));
    await this.outcomes.record(dc.context, 'balance.shown');
    return dc.endDialog();
  }

  private balanceLines(dc: DialogContext, member: Member, legsBooked: number): Line[] {
    const language = turnLanguage(dc.context);
    const otcLeft = Math.max(0, this.plan.otcAllowancePerQuarter - member.otcSpentThisQuarter);
    const left = ridesLeft(this.plan, member, legsBooked);
    const until = endOfQuarter(this.clock.now(), this.plan.memberServices.timeZone);
    return [
      ['benefits:balance.otc', { amount: formatMoney(language, otcLeft) }],
      ['benefits:balance.otcUntil', { date: formatLongDate(language, until, this.plan.memberServices.timeZone) }],
      left > 0 ? ['benefits:balance.rides', { count: left }] : 'benefits:balance.noRides',
    ];
  }
}
