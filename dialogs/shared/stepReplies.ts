import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Line, MenuItem, Replies } from './replies';
import type { MenuResult } from './menuResult';
import { turnInterpretation } from './turnKeys';
import { isConfident } from './intentRouting';
import { recordMiss, resetMisses } from './misses';

/** "0. Talk to a person", the last item of every menu. */
export const PERSON_ITEM: MenuItem = { number: 0, label: 'mainMenu.person' };

/** Sends a menu (or plain lines) and waits for the member's answer. */
export async function ask(dc: DialogContext, replies: Replies, lines: Line[], items?: MenuItem[]): Promise<DialogTurnResult> {
  resetMisses(dc);
  await dc.context.sendActivity(items ? replies.menu(dc.context, lines, [...items, PERSON_ITEM]) : replies.message(dc.context, lines));
  return Dialog.EndOfTurn;
}

/**
 * A step did not get an answer it can use. A confident request in words for something else ends the
 * dialog so the main menu acts on it; otherwise the question is asked again, after an apology
 * that offers a person the second time (never a dead end).
 */
export async function notAnswered(dc: DialogContext, replies: Replies, lines: Line[], items?: MenuItem[]): Promise<DialogTurnResult> {
  const meaning = turnInterpretation(dc.context);
  const hasWords = /\p{L}{2}/u.test(dc.context.activity.text ?? '');
  if (hasWords && meaning.kind === 'intent' && isConfident(meaning)) return dc.endDialog({ unhandled: true } satisfies MenuResult);
  const missed = recordMiss(dc);
  // A question without choices already says what to write ("like this: 10:30 AM"): only the offer of a person is added.
  const apology = items ? missed : missed.filter((line) => line === 'notUnderstood.offerPerson');
  await dc.context.sendActivity(
    items ? replies.menu(dc.context, [...apology, ...lines], [...items, PERSON_ITEM]) : replies.message(dc.context, [...apology, ...lines]),
  );
  return Dialog.EndOfTurn;
}
