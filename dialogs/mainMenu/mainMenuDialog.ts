import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BenefitKind, IntentName, Specialty } from '../../src/domain/intents';
import type { Interpretation, MainMenuItem } from '../../src/nlu/interpretation';
import type { Line, Replies } from '../shared/replies';
import { turnInterpretation } from '../shared/turnKeys';
import { recordMiss, resetMisses } from '../shared/misses';
import { WORTH_ASKING, clarifyingCandidates, isConfident } from '../shared/intentRouting';
import { helpLines } from '../shared/helpLines';
import { startHandoff } from '../handoff/startHandoff';
import { mainMenuChoices, mainMenuLines } from './mainMenuItems';
import type { MenuResult } from '../shared/menuResult';
import { BENEFITS_DIALOG, BOOK_RIDE_DIALOG, BOOK_VISIT_DIALOG, CLARIFY_DIALOG, LANGUAGE_MENU_DIALOG, MAIN_MENU_DIALOG, RIDES_DIALOG, SOCIAL_NEEDS_DIALOG, VISITS_DIALOG } from '../shared/dialogIds';
import type { SocialNeedsOptions } from '../social/socialNeedsDialog';
import type { BookVisitOptions } from '../appointment/bookVisitDialog';

export { MAIN_MENU_DIALOG };

export interface MainMenuOptions {
  /** Lines said before the menu (a greeting, "OK, let's start again"). */
  lines?: Line[];
  /** The message that started the conversation may already ask for something: answer it instead. */
  answerMessage?: boolean;
}

/** The feature each intent belongs to, for the intents that lead into a feature. */
const featureOf: Partial<Record<IntentName, MainMenuItem>> = {
  'benefit.coverage': 'benefits',
  'benefit.balance': 'benefits',
  'benefit.extra_help': 'benefits',
  'appointment.book': 'appointments',
  'appointment.cancel': 'appointments',
  'appointment.reschedule': 'appointments',
  'appointment.list': 'appointments',
  'ride.book': 'rides',
  'ride.cancel': 'rides',
  'ride.status': 'rides',
};

/**
 * The numbered main menu, and where understood free text is routed. Features not built yet say
 * so plainly and point to a person, then the menu comes back: no invented answers, no dead ends.
 */
export class MainMenuDialog extends Dialog<MainMenuOptions> {
  constructor(private readonly replies: Replies) {
    super(MAIN_MENU_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: MainMenuOptions): Promise<DialogTurnResult> {
    const meaning = turnInterpretation(dc.context);
    const actionable = chosenItem(meaning) || (meaning.kind === 'intent' && isConfident(meaning) && meaning.recognition.intent.name !== 'greeting');
    if (options?.answerMessage && actionable) return this.continueDialog(dc);
    await this.showMenu(dc, options?.lines ?? []);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const meaning = turnInterpretation(dc.context);
    const item = chosenItem(meaning);
    if (item) return this.openFeature(dc, item);
    if (meaning.kind === 'smallTalk') return this.route(dc, meaning.act);
    if (meaning.kind === 'intent') return this.handleIntent(dc, meaning);
    return this.miss(dc);
  }

  /** A feature dialog or the clarifying question ended: act on what it handed back. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: MenuResult): Promise<DialogTurnResult> {
    if (result?.intent) return this.route(dc, result.intent);
    if (result?.unhandled) return this.continueDialog(dc);
    return this.menuAfter(dc, []);
  }

  private async handleIntent(dc: DialogContext, meaning: Extract<Interpretation, { kind: 'intent' }>): Promise<DialogTurnResult> {
    const { name, confidence } = meaning.recognition.intent;
    if (isConfident(meaning)) return this.route(dc, name, meaning);
    const candidates = clarifyingCandidates(meaning);
    if (name !== 'none' && confidence >= WORTH_ASKING && candidates.length > 0) {
      return dc.beginDialog(CLARIFY_DIALOG, { candidates });
    }
    return this.miss(dc);
  }

  private async route(dc: DialogContext, intent: IntentName, meaning?: Interpretation): Promise<DialogTurnResult> {
    const feature = featureOf[intent];
    if (feature) return this.openFeature(dc, feature, intent, meaning);
    resetMisses(dc);
    switch (intent) {
      case 'greeting':
        return this.menuAfter(dc, ['greeting']);
      case 'goodbye':
        await dc.context.sendActivity(this.replies.message(dc.context, ['goodbye']));
        return dc.endDialog();
      case 'help':
        return this.menuAfter(dc, helpLines);
      case 'agent.request':
        return startHandoff(dc);
      case 'language.change':
        return dc.replaceDialog(LANGUAGE_MENU_DIALOG);
      case 'feedback.complaint':
        return startHandoff(dc, { reason: 'complaint', lines: ['handoff:complaint.sorry'] });
      case 'social.need':
        return dc.beginDialog(SOCIAL_NEEDS_DIALOG, { lines: ['social:mentioned'] } satisfies SocialNeedsOptions);
      default:
        return this.miss(dc);
    }
  }

  private async openFeature(dc: DialogContext, feature: MainMenuItem, intent?: IntentName, meaning?: Interpretation): Promise<DialogTurnResult> {
    resetMisses(dc);
    const entity = (type: string) => (meaning?.kind === 'intent' ? meaning.recognition.entities.find((e) => e.type === type)?.value : undefined);
    switch (feature) {
      case 'benefits':
        return dc.beginDialog(BENEFITS_DIALOG, { intent, benefit: entity('benefit') as BenefitKind | undefined });
      case 'appointments':
        if (intent === 'appointment.book') {
          const options: BookVisitOptions = { specialty: entity('specialty') as Specialty | undefined, text: dc.context.activity.text };
          return dc.beginDialog(BOOK_VISIT_DIALOG, options);
        }
        return dc.beginDialog(VISITS_DIALOG, { intent });
      case 'rides':
        return intent === 'ride.book' ? dc.beginDialog(BOOK_RIDE_DIALOG, {}) : dc.beginDialog(RIDES_DIALOG, { intent });
    }
  }

  private async miss(dc: DialogContext): Promise<DialogTurnResult> {
    return this.menuAfter(dc, recordMiss(dc));
  }

  private async menuAfter(dc: DialogContext, lines: Line[]): Promise<DialogTurnResult> {
    await this.showMenu(dc, lines);
    return Dialog.EndOfTurn;
  }

  private async showMenu(dc: DialogContext, lines: Line[]): Promise<void> {
    await dc.context.sendActivity(this.replies.menu(dc.context, [...lines, 'mainMenu.prompt'], mainMenuLines));
  }
}

function chosenItem(meaning: Interpretation): MainMenuItem | undefined {
  if (meaning.kind === 'menuItem') return meaning.item;
  if (meaning.kind === 'choice') return mainMenuChoices.find((c) => c.number === meaning.number)?.item;
  return undefined;
}
