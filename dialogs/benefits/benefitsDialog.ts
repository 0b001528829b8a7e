import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BenefitKind, IntentName } from '../../src/domain/intents';
import type { Plan } from '../../src/domain/plan';
import type { Interpretation } from '../../src/nlu/interpretation';
import type { MenuItem, Replies } from '../shared/replies';
import type { OutcomeRecorder } from '../shared/outcomes';
import type { MenuResult } from '../shared/menuResult';
import { turnInterpretation, turnLanguage } from '../shared/turnKeys';
import { startHandoff } from '../handoff/startHandoff';
import { BALANCE_DIALOG, BENEFITS_DIALOG, EXTRA_HELP_DIALOG } from '../shared/dialogIds';
import { benefitAnswerLines } from './benefitAnswer';
import { MORE_CHOICE, benefitPages } from './benefitPages';

export { BENEFITS_DIALOG };

export interface BenefitsOptions {
  intent?: IntentName;
  benefit?: BenefitKind;
}

interface BenefitsState {
  step: 'pick' | 'next';
  page: number;
  benefit?: BenefitKind;
}

/** The next step after an answer, as the main menu or another dialog carries it out. */
const nextIntents: Record<Plan['benefits'][BenefitKind]['next'], IntentName | undefined> = {
  bookAppointment: 'appointment.book',
  bookRide: 'ride.book',
  checkBalance: 'benefit.balance',
  extraHelp: 'benefit.extra_help',
  person: 'agent.request',
};

/**
 * "Is dental covered?": the answer from the plan in a few plain sentences, then one next step.
 * Reached from the menu (benefits in pages of four) or from free text naming a benefit.
 */
export class BenefitsDialog extends Dialog<BenefitsOptions> {
  constructor(
    private readonly replies: Replies,
    private readonly plan: Plan,
    private readonly outcomes: OutcomeRecorder,
  ) {
    super(BENEFITS_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options: BenefitsOptions = {}): Promise<DialogTurnResult> {
    if (options.intent === 'benefit.balance') return dc.replaceDialog(BALANCE_DIALOG);
    if (options.intent === 'benefit.extra_help') return dc.replaceDialog(EXTRA_HELP_DIALOG);
    if (options.benefit) return this.answer(dc, options.benefit);
    return this.showPage(dc, 0);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as BenefitsState;
    const meaning = turnInterpretation(dc.context);
    const named = namedBenefit(meaning);
    if (named) return this.answer(dc, named);
    if (meaning.kind === 'choice' && state.step === 'pick') {
      if (meaning.number === MORE_CHOICE) return this.showPage(dc, (state.page + 1) % benefitPages.length);
      const picked = benefitPages[state.page][meaning.number - 1];
      if (picked) return this.answer(dc, picked);
    }
    if (meaning.kind === 'choice' && state.step === 'next' && state.benefit) {
      if (meaning.number === 2) return this.showPage(dc, 0);
      if (meaning.number === 1) return this.takeNextStep(dc, state.benefit);
    }
    return dc.endDialog({ unhandled: true } satisfies MenuResult);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: MenuResult): Promise<DialogTurnResult> {
    return dc.endDialog(result);
  }

  private async answer(dc: DialogContext, kind: BenefitKind): Promise<DialogTurnResult> {
    const benefit = this.plan.benefits[kind];
    Object.assign(dc.activeDialog!.state, { step: 'next', benefit: kind } satisfies Partial<BenefitsState>);
    await this.outcomes.record(dc.context, 'benefit.answered', kind);
    await dc.context.sendActivity(this.replies.message(dc.context, benefitAnswerLines(this.replies, turnLanguage(dc.context), kind, benefit)));
    const items: MenuItem[] = [
      { number: 1, label: `benefits:next.${benefit.next}` },
      { number: 2, label: 'benefits:next.another' },
      { number: 0, label: 'mainMenu.person' },
    ];
    await dc.context.sendActivity(this.replies.menu(dc.context, ['benefits:nextPrompt'], items));
    return Dialog.EndOfTurn;
  }

  private async takeNextStep(dc: DialogContext, kind: BenefitKind): Promise<DialogTurnResult> {
    const next = this.plan.benefits[kind].next;
    if (next === 'person') return startHandoff(dc);
    return dc.endDialog({ intent: nextIntents[next] } satisfies MenuResult);
  }

  private async showPage(dc: DialogContext, page: number): Promise<DialogTurnResult> {
    Object.assign(dc.activeDialog!.state, { step: 'pick', page } satisfies Partial<BenefitsState>);
    const kinds = benefitPages[page];
    const items: MenuItem[] = [
      ...kinds.map((kind, i) => ({ number: i + 1, label: `benefits:labels.${kind}` })),
      { number: MORE_CHOICE, label: 'benefits:more' },
      { number: 0, label: 'mainMenu.person' },
    ];
    await dc.context.sendActivity(this.replies.menu(dc.context, ['benefits:ask'], items));
    return Dialog.EndOfTurn;
  }
}

/** A benefit the member named in free text ("is dental covered", "răng"), when the reading is about benefits. */
function namedBenefit(meaning: Interpretation): BenefitKind | undefined {
  if (meaning.kind !== 'intent') return undefined;
  const { intent, entities } = meaning.recognition;
  if (intent.name !== 'benefit.coverage' && intent.name !== 'none') return undefined;
  return entities.find((e) => e.type === 'benefit')?.value as BenefitKind | undefined;
}
