import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { MainMenuItem } from '../../src/nlu/interpretation';
import type { Line, Replies } from '../shared/replies';
import { turnInterpretation } from '../shared/turnKeys';
import { recordMiss, resetMisses } from '../shared/misses';
import { mainMenuChoices, mainMenuLines } from './mainMenuItems';

export const MAIN_MENU_DIALOG = 'mainMenu';

export interface MainMenuOptions {
  /** Lines said before the menu (a greeting, "OK, let's start again"). */
  lines?: Line[];
}

/**
 * The numbered main menu. Features not built yet say so plainly and point to a person,
 * then the menu comes back: no invented answers, no dead ends.
 */
export class MainMenuDialog extends Dialog<MainMenuOptions> {
  constructor(private readonly replies: Replies) {
    super(MAIN_MENU_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: MainMenuOptions): Promise<DialogTurnResult> {
    await this.showMenu(dc, options?.lines ?? []);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const meaning = turnInterpretation(dc.context);
    const item = this.chosenItem(dc);
    if (item) {
      resetMisses(dc);
      await this.showMenu(dc, [`notReady.${item}`, 'notReady.next', 'person.call']);
      return Dialog.EndOfTurn;
    }
    if (meaning.kind === 'smallTalk' && meaning.act === 'greeting') {
      resetMisses(dc);
      await this.showMenu(dc, ['greeting']);
      return Dialog.EndOfTurn;
    }
    if (meaning.kind === 'smallTalk' && meaning.act === 'goodbye') {
      await dc.context.sendActivity(this.replies.message(dc.context, ['goodbye']));
      return dc.endDialog();
    }
    await this.showMenu(dc, recordMiss(dc));
    return Dialog.EndOfTurn;
  }

  private chosenItem(dc: DialogContext): MainMenuItem | undefined {
    const meaning = turnInterpretation(dc.context);
    if (meaning.kind === 'menuItem') return meaning.item;
    if (meaning.kind === 'choice') return mainMenuChoices.find((c) => c.number === meaning.number)?.item;
    return undefined;
  }

  private async showMenu(dc: DialogContext, lines: Line[]): Promise<void> {
    await dc.context.sendActivity(this.replies.menu(dc.context, [...lines, 'mainMenu.prompt'], mainMenuLines));
  }
}
