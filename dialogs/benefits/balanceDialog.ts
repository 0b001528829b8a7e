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

export { BALANCE_DIALOG };

/** What the verified member has left: OTC money this quarter and rides this year, in their own formats. */
export class BalanceDialog extends Dialog {
  constructor(
    private readonly replies: Replies,
    private readonly plan: Plan,
    private readonly session: MemberSession,
    private readonly outcomes: OutcomeRecorder,
    private readonly clock: Clock,
  ) {
    super(BALANCE_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.beginDialog(IDENTITY_DIALOG);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: IdentityResult): Promise<DialogTurnResult> {
    const member = result?.verified ? await this.session.current(dc.context) : undefined;
    if (!member) return dc.endDialog();
    await dc.context.sendActivity(this.replies.message(dc.context, this.balanceLines(dc, member)));
    await this.outcomes.record(dc.context, 'balance.shown');
    return dc.endDialog();
  }

  private balanceLines(dc: DialogContext, member: Member): Line[] {
    const language = turnLanguage(dc.context);
    const otcLeft = Math.max(0, this.plan.otcAllowancePerQuarter - member.otcSpentThisQuarter);
    const ridesLeft = Math.max(0, this.plan.rides.oneWayRidesPerYear - member.ridesUsedThisYear);
    const until = endOfQuarter(this.clock.now(), this.plan.memberServices.timeZone);
    return [
      ['benefits:balance.otc', { amount: formatMoney(language, otcLeft) }],
      ['benefits:balance.otcUntil', { date: formatLongDate(language, until, this.plan.memberServices.timeZone) }],
      ridesLeft > 0 ? ['benefits:balance.rides', { count: ridesLeft }] : 'benefits:balance.noRides',
    ];
  }
}
