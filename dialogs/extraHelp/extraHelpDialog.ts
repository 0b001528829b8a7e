import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Plan } from '../../src/domain/plan';
import type { Interpretation } from '../../src/nlu/interpretation';
import type { Line, MenuItem, Replies } from '../shared/replies';
import type { MemberSession } from '../shared/memberSession';
import type { OutcomeRecorder } from '../shared/outcomes';
import { turnInterpretation } from '../shared/turnKeys';
import { EXTRA_HELP_DIALOG } from '../shared/dialogIds';
import { readAmount } from './readAmount';
import { screenExtraHelp } from './screenExtraHelp';

export { EXTRA_HELP_DIALOG };

interface ScreenerState {
  step: 'programs' | 'married' | 'income' | 'savings';
  married?: boolean;
  income?: number;
}

const yesNo: MenuItem[] = [
  { number: 1, label: 'extraHelp:yes' },
  { number: 2, label: 'extraHelp:no' },
  { number: 0, label: 'mainMenu.person' },
];

/**
 * The Extra Help (Low-Income Subsidy) screener of SPEC §6: already on Medicaid, SSI or a Medicare
 * Savings Program, or household, income and savings under the year's limits. It says "you may
 * qualify", never promises, tells how to apply and offers a person to help.
 */
export class ExtraHelpDialog extends Dialog {
  constructor(
    private readonly replies: Replies,
    private readonly plan: Plan,
    private readonly session: MemberSession,
    private readonly outcomes: OutcomeRecorder,
  ) {
    super(EXTRA_HELP_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const member = await this.session.current(dc.context);
    if (member && member.enrolledIn.length > 0) return this.finish(dc, 'autoQualify');
    (dc.activeDialog!.state as ScreenerState).step = 'programs';
    const items: MenuItem[] = [...yesNo.slice(0, 2), { number: 3, label: 'extraHelp:notSure' }, yesNo[2]];
    await dc.context.sendActivity(this.replies.menu(dc.context, ['extraHelp:intro', 'extraHelp:askPrograms'], items));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as ScreenerState;
    const meaning = turnInterpretation(dc.context);
    const answer = yesOrNo(meaning);
    switch (state.step) {
      case 'programs':
        if (answer === 'yes') return this.finish(dc, 'autoQualify');
        if (answer === undefined && !(meaning.kind === 'choice' && meaning.number === 3)) return this.ask(dc, ['extraHelp:askPrograms'], yesNo);
        state.step = 'married';
        return this.ask(dc, [...(answer === 'no' ? [] : ['extraHelp:notSureHelp']), 'extraHelp:askMarried'], yesNo);
      case 'married':
        if (answer === undefined) return this.ask(dc, ['extraHelp:askMarried'], yesNo);
        Object.assign(state, { step: 'income', married: answer === 'yes' });
        return this.ask(dc, ['extraHelp:askIncome']);
      case 'income': {
        const income = readAmount(dc.context.activity.text ?? '');
        if (income === undefined) return this.ask(dc, ['extraHelp:numberRetry']);
        Object.assign(state, { step: 'savings', income });
        return this.ask(dc, ['extraHelp:askSavings']);
      }
      case 'savings': {
        const savings = readAmount(dc.context.activity.text ?? '');
        if (savings === undefined) return this.ask(dc, ['extraHelp:numberRetry']);
        const result = screenExtraHelp(this.plan.extraHelp, { married: state.married ?? false, monthlyIncome: state.income ?? 0, savings });
        return this.finish(dc, result);
      }
    }
  }

  private async ask(dc: DialogContext, lines: Line[], choices?: MenuItem[]): Promise<DialogTurnResult> {
    await dc.context.sendActivity(choices ? this.replies.menu(dc.context, lines, choices) : this.replies.message(dc.context, lines));
    return Dialog.EndOfTurn;
  }

  private async finish(dc: DialogContext, result: 'autoQualify' | 'mayQualify' | 'mayNotQualify'): Promise<DialogTurnResult> {
    const { year, applyPhone } = this.plan.extraHelp;
    const verdict: Line[] =
      result === 'autoQualify' ? ['extraHelp:autoQualify'] : [`extraHelp:${result}`, ['extraHelp:limitsYear', { year }]];
    await dc.context.sendActivity(this.replies.message(dc.context, [...verdict, ['extraHelp:apply', { applyPhone }], 'extraHelp:personHelps']));
    await this.outcomes.record(dc.context, 'extraHelp.screened', result);
    return dc.endDialog();
  }
}

function yesOrNo(meaning: Interpretation): 'yes' | 'no' | undefined {
  if (meaning.kind === 'answer') return meaning.answer;
  if (meaning.kind === 'choice' && (meaning.number === 1 || meaning.number === 2)) return meaning.number === 1 ? 'yes' : 'no';
  return undefined;
}
