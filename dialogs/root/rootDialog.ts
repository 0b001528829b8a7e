import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { ActivityTypes } from 'botbuilder';
import type { Language } from '../../src/domain/language';
import type { Interpretation } from '../../src/nlu/interpretation';
import type { LanguagePreference } from '../shared/languagePreference';
import { turnInterpretation } from '../shared/turnKeys';
import { globalCommandOf, isConfident } from '../shared/intentRouting';
import { helpLines } from '../shared/helpLines';
import { HANDOFF_DIALOG, LANGUAGE_MENU_DIALOG, MAIN_MENU_DIALOG, ROOT_DIALOG, SURVEY_DIALOG } from '../shared/dialogIds';
import { LanguageMenuDialog } from '../language/languageMenuDialog';
import { MainMenuDialog } from '../mainMenu/mainMenuDialog';
import { ClarifyDialog } from '../mainMenu/clarifyDialog';
import { BenefitsDialog } from '../benefits/benefitsDialog';
import { BalanceDialog } from '../benefits/balanceDialog';
import { IdentityDialog, type IdentityDeps } from '../identity/identityDialog';
import { ExtraHelpDialog } from '../extraHelp/extraHelpDialog';
import type { Plan } from '../../src/domain/plan';
import type { BookingDeps } from '../shared/bookingDeps';
import { BookVisitDialog } from '../appointment/bookVisitDialog';
import { VisitsDialog } from '../appointment/visitsDialog';
import { BookRideDialog } from '../ride/bookRideDialog';
import { RidesDialog } from '../ride/ridesDialog';
import { RideVisitDialog } from '../ride/rideVisitDialog';
import { AddressDialog } from '../ride/addressDialog';
import { HandoffDialog, type HandoffDeps } from '../handoff/handoffDialog';
import { startHandoff } from '../handoff/startHandoff';
import { SurveyDialog, type SurveyDeps } from '../feedback/surveyDialog';
import { SocialNeedsDialog, type SocialNeedsDeps } from '../social/socialNeedsDialog';

export { ROOT_DIALOG };

/**
 * The top of every conversation: starts with the language menu or the main menu, and handles
 * the global words (menu, start over, person or 0, language) whatever dialog is active.
 */
export interface RootDeps extends IdentityDeps, BookingDeps, HandoffDeps, SurveyDeps, SocialNeedsDeps {
  preference: LanguagePreference;
  plan: Plan;
}

export class RootDialog extends ComponentDialog {
  private readonly preference: LanguagePreference;
  private readonly outcomes: RootDeps['outcomes'];

  constructor(deps: RootDeps) {
    super(ROOT_DIALOG);
    this.preference = deps.preference;
    this.outcomes = deps.outcomes;
    this.addDialog(new MainMenuDialog(deps.replies));
    this.addDialog(new LanguageMenuDialog(deps.replies, deps.preference));
    this.addDialog(new ClarifyDialog(deps.replies));
    this.addDialog(new BenefitsDialog(deps.replies, deps.plan, deps.outcomes));
    this.addDialog(new BalanceDialog(deps.replies, deps.plan, deps.session, deps.outcomes, deps.clock, deps.rides));
    this.addDialog(new IdentityDialog(deps));
    this.addDialog(new ExtraHelpDialog(deps.replies, deps.plan, deps.session, deps.outcomes));
    this.addDialog(new BookVisitDialog(deps));
    this.addDialog(new VisitsDialog(deps));
    this.addDialog(new BookRideDialog(deps));
    this.addDialog(new RidesDialog(deps));
    this.addDialog(new RideVisitDialog(deps));
    this.addDialog(new AddressDialog(deps.replies, deps.distance));
    this.addDialog(new HandoffDialog(deps));
    this.addDialog(new SurveyDialog(deps));
    this.addDialog(new SocialNeedsDialog(deps));
    this.initialDialogId = MAIN_MENU_DIALOG;
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const prefs = await this.preference.get(innerDc.context);
    if (!prefs.language) {
      const spoken = languageOf(turnInterpretation(innerDc.context));
      if (spoken && innerDc.context.activity.type === ActivityTypes.Message) {
        await this.preference.infer(innerDc.context, spoken);
      } else {
        await this.outcomes.record(innerDc.context, 'conversation.started');
        return innerDc.beginDialog(LANGUAGE_MENU_DIALOG);
      }
    }
    await this.outcomes.record(innerDc.context, 'conversation.started');
    // A conversation that ended (a survey, a goodbye) starts again with the member's next message: it may be a global word.
    const handled = innerDc.context.activity.type === ActivityTypes.Message ? await this.interrupt(innerDc) : undefined;
    return handled ?? innerDc.beginDialog(MAIN_MENU_DIALOG, { lines: ['greeting'], answerMessage: true });
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const handled = await this.interrupt(innerDc);
    return handled ?? super.onContinueDialog(innerDc);
  }

  /**
   * Global words work at any point; returns undefined when the active dialog should handle the
   * message. With a person (or in line for one) everything the member writes goes to the person,
   * except "start over" (a message the safety screen answered too); in the survey, digits (0 too) are scores.
   */
  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const meaning = turnInterpretation(innerDc.context);
    const active = innerDc.activeDialog?.id;
    const command = globalCommandOf(meaning);
    if (active === HANDOFF_DIALOG) return command === 'restart' ? this.restartWith(innerDc, MAIN_MENU_DIALOG, ['restart']) : undefined;
    if (meaning.kind === 'safetyAnswered') return Dialog.EndOfTurn;
    if (active === SURVEY_DIALOG && meaning.kind === 'choice') return undefined;
    if (meaning.kind === 'switchLanguage') return this.switchTo(innerDc, meaning.language);
    switch (command) {
      case 'agent':
        return startHandoff(innerDc);
      case 'help':
        return this.restartWith(innerDc, MAIN_MENU_DIALOG, helpLines);
      case 'restart':
        return this.restartWith(innerDc, MAIN_MENU_DIALOG, ['restart']);
      case 'language': {
        const named = meaning.kind === 'intent' ? meaning.recognition.entities.find((e) => e.type === 'language') : undefined;
        return named ? this.switchTo(innerDc, named.value as Language) : this.restartWith(innerDc, LANGUAGE_MENU_DIALOG);
      }
      default:
        return undefined;
    }
  }

  private async switchTo(innerDc: DialogContext, language: Language): Promise<DialogTurnResult> {
    await this.preference.choose(innerDc.context, language);
    return this.restartWith(innerDc, MAIN_MENU_DIALOG, ['language.changed']);
  }

  private async restartWith(innerDc: DialogContext, dialogId: string, lines?: string[]): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(dialogId, lines ? { lines } : undefined);
  }
}

/** The language a message was written in, when the way it was understood tells. */
function languageOf(meaning: Interpretation): Language | undefined {
  if (meaning.kind === 'intent') return isConfident(meaning) ? meaning.recognition.locale : undefined;
  return 'language' in meaning ? meaning.language : undefined;
}
