import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { IntentName } from '../../src/domain/intents';
import type { Replies } from '../shared/replies';
import { turnInterpretation } from '../shared/turnKeys';
import type { MenuResult } from '../shared/menuResult';

import { CLARIFY_DIALOG } from '../shared/dialogIds';

export { CLARIFY_DIALOG };

export interface ClarifyOptions {
  candidates: IntentName[];
}


/** "I am not sure I understood. Did you mean: 1. … 2. … 0. Talk to a person" instead of a guess. */
export class ClarifyDialog extends Dialog<ClarifyOptions> {
  constructor(private readonly replies: Replies) {
    super(CLARIFY_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: ClarifyOptions): Promise<DialogTurnResult> {
    const candidates = options?.candidates ?? [];
    (dc.activeDialog!.state as ClarifyOptions).candidates = candidates;
    const items = [
      ...candidates.map((intent, i) => ({ number: i + 1, label: `intents.${intent}` })),
      { number: 0, label: 'mainMenu.person' },
    ];
    await dc.context.sendActivity(this.replies.menu(dc.context, ['clarify.prompt'], items));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { candidates } = dc.activeDialog!.state as ClarifyOptions;
    const meaning = turnInterpretation(dc.context);
    const picked = meaning.kind === 'choice' ? candidates[meaning.number - 1] : undefined;
    const result: MenuResult = picked ? { intent: picked } : { unhandled: true };
    return dc.endDialog(result);
  }
}
