import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { languages, type Language } from '../../src/domain/language';
import type { Replies } from '../shared/replies';
import type { LanguagePreference } from '../shared/languagePreference';
import { turnInterpretation } from '../shared/turnKeys';
import { recordMiss } from '../shared/misses';
import { isConfident } from '../shared/intentRouting';
import { LANGUAGE_MENU_DIALOG, MAIN_MENU_DIALOG } from '../shared/dialogIds';

export { LANGUAGE_MENU_DIALOG };

/**
 * "For Español, reply 2": the member picks a language by number, by its name, or by writing in it.
 * A request written instead of a pick ("necesito un viaje") is answered in its own language.
 */
export class LanguageMenuDialog extends Dialog {
  constructor(
    private readonly replies: Replies,
    private readonly preference: LanguagePreference,
  ) {
    super(LANGUAGE_MENU_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(this.replies.languageMenu(dc.context));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const meaning = turnInterpretation(dc.context);
    if (meaning.kind === 'intent' && isConfident(meaning)) {
      await this.preference.infer(dc.context, meaning.recognition.locale);
      return dc.replaceDialog(MAIN_MENU_DIALOG, { lines: ['greeting'], answerMessage: true });
    }
    const picked = this.pickedLanguage(dc);
    if (!picked) {
      await dc.context.sendActivity(this.replies.message(dc.context, recordMiss(dc)));
      await dc.context.sendActivity(this.replies.languageMenu(dc.context));
      return Dialog.EndOfTurn;
    }
    await this.preference.choose(dc.context, picked);
    return dc.replaceDialog(MAIN_MENU_DIALOG, { lines: ['language.changed', 'greeting'] });
  }

  private pickedLanguage(dc: DialogContext): Language | undefined {
    const meaning = turnInterpretation(dc.context);
    if (meaning.kind === 'choice') return languages[meaning.number - 1];
    if (meaning.kind === 'freeText') return undefined;
    return 'language' in meaning ? meaning.language : undefined;
  }
}
