import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { HandoffReason } from '../../src/domain/handoff';
import type { FeedbackStore } from '../../src/ports/feedbackStore';
import type { Clock } from '../../src/ports/clock';
import type { Line, Replies } from '../shared/replies';
import type { OutcomeRecorder } from '../shared/outcomes';
import { turnInterpretation, turnLanguage } from '../shared/turnKeys';
import { SURVEY_DIALOG } from '../shared/dialogIds';

export { SURVEY_DIALOG };

export interface SurveyOptions {
  handoffId?: string;
  reason?: HandoffReason;
}

export interface SurveyDeps {
  replies: Replies;
  feedback: FeedbackStore;
  outcomes: OutcomeRecorder;
  clock: Clock;
}

interface SurveyState extends SurveyOptions {
  step: 'satisfaction' | 'recommendation';
  satisfaction?: number;
  misses?: number;
}

const askSatisfaction: Line[] = ['feedback:satisfaction.ask', 'feedback:satisfaction.scale'];
const askRecommendation: Line[] = ['feedback:recommendation.ask', 'feedback:recommendation.scale', 'feedback:recommendation.skip'];

/**
 * Two short questions after a person helped (SPEC §1): how satisfied, 1 to 5, then, if the member
 * wants, how likely they are to recommend the plan, 0 to 10 ("no" skips it). Digits are the answer
 * here, 0 included; an answer that is not a score is asked again once; the answer is stored with the channel, language and handoff reason.
 */
export class SurveyDialog extends Dialog<SurveyOptions> {
  constructor(private readonly deps: SurveyDeps) {
    super(SURVEY_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: SurveyOptions): Promise<DialogTurnResult> {
    Object.assign(dc.activeDialog!.state, { ...options, step: 'satisfaction' } satisfies SurveyState);
    await dc.context.sendActivity(this.deps.replies.message(dc.context, ['feedback:intro', ...askSatisfaction]));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as SurveyState;
    const meaning = turnInterpretation(dc.context);
    const number = meaning.kind === 'choice' ? meaning.number : undefined;
    if (state.step === 'satisfaction') {
      if (number === undefined || number < 1 || number > 5) return this.askAgain(dc, askSatisfaction);
      state.satisfaction = number;
      state.step = 'recommendation';
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['feedback:thanksFirst', ...askRecommendation]));
      return Dialog.EndOfTurn;
    }
    const skipped = meaning.kind === 'answer' && meaning.answer === 'no';
    if (!skipped && (number === undefined || number > 10)) return this.askAgain(dc, askRecommendation);
    await this.deps.feedback.record({
      handoffId: state.handoffId,
      channel: dc.context.activity.channelId,
      language: turnLanguage(dc.context),
      reason: state.reason,
      satisfaction: state.satisfaction!,
      recommendation: skipped ? undefined : number,
      at: this.deps.clock.now(),
    });
    await this.deps.outcomes.record(dc.context, 'survey.answered', String(state.satisfaction));
    await dc.context.sendActivity(this.deps.replies.message(dc.context, ['feedback:thanks', 'feedback:more']));
    return dc.endDialog();
  }

  /** Asks once more; a second answer that is not a score ends the survey kindly (it is optional). */
  private async askAgain(dc: DialogContext, question: Line[]): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as SurveyState;
    state.misses = (state.misses ?? 0) + 1;
    if (state.misses >= 2) {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['feedback:skipped', 'feedback:more']));
      return dc.endDialog();
    }
    await dc.context.sendActivity(this.deps.replies.message(dc.context, ['feedback:notNumber', ...question]));
    return Dialog.EndOfTurn;
  }
}
