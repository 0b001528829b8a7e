import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { ActivityTypes } from 'botbuilder';
import type { Replies } from '../shared/replies';
import type { LanguagePreference } from '../shared/languagePreference';
import { turnInterpretation } from '../shared/turnKeys';
import { LANGUAGE_MENU_DIALOG, LanguageMenuDialog } from '../language/languageMenuDialog';
import { MAIN_MENU_DIALOG, MainMenuDialog } from '../mainMenu/mainMenuDialog';

export const ROOT_DIALOG = 'root';

/** Lines that tell a member how to reach a person. */
export const personLines = ['person.call', 'person.free', 'person.hours', 'person.back'];

/**
 * The top of every conversation: starts with the language menu or the main menu, and handles
 * the global words (menu, start over, person or 0, language) whatever dialog is active.
 */
export class RootDialog extends ComponentDialog {
  constructor(
    private readonly replies: Replies,
    private readonly preference: LanguagePreference,
  ) {
    super(ROOT_DIALOG);
    this.addDialog(new MainMenuDialog(replies));
    this.addDialog(new LanguageMenuDialog(replies, preference));
    this.initialDialogId = MAIN_MENU_DIALOG;
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const prefs = await this.preference.get(innerDc.context);
    if (!prefs.language) {
      const meaning = turnInterpretation(innerDc.context);
      if ('language' in meaning && innerDc.context.activity.type === ActivityTypes.Message) {
        await this.preference.infer(innerDc.context, meaning.language);
      } else {
        return innerDc.beginDialog(LANGUAGE_MENU_DIALOG);
      }
    }
    return innerDc.beginDialog(MAIN_MENU_DIALOG, { lines: ['greeting'] });
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const handled = await this.interrupt(innerDc);
    return handled ?? super.onContinueDialog(innerDc);
  }

  /** Global words work at any point; returns undefined when the active dialog should handle the message. */
  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const meaning = turnInterpretation(innerDc.context);
    const wantsPerson =
      (meaning.kind === 'choice' && meaning.number === 0) || (meaning.kind === 'global' && meaning.command === 'agent');
    if (wantsPerson) {
      await innerDc.context.sendActivity(this.replies.message(innerDc.context, personLines));
      return Dialog.EndOfTurn;
    }
    if (meaning.kind === 'switchLanguage') {
      await this.preference.choose(innerDc.context, meaning.language);
      return this.restartWith(innerDc, MAIN_MENU_DIALOG, ['language.changed']);
    }
    if (meaning.kind !== 'global') return undefined;
    switch (meaning.command) {
      case 'help':
        return this.restartWith(innerDc, MAIN_MENU_DIALOG, ['help.intro', 'help.words', 'help.zero']);
      case 'restart':
        return this.restartWith(innerDc, MAIN_MENU_DIALOG, ['restart']);
      case 'language':
        return this.restartWith(innerDc, LANGUAGE_MENU_DIALOG);
      default:
        return undefined;
    }
  }

  private async restartWith(innerDc: DialogContext, dialogId: string, lines?: string[]): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(dialogId, lines ? { lines } : undefined);
  }
}
