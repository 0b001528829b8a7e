import type { TurnContext } from 'botbuilder';
import { cleanText, foldMarks } from '../../src/nlu/normalize';
import type { MenuItem, Replies } from './replies';
import { turnInterpretation, turnLanguage } from './turnKeys';

/** In a menu whose first two choices are "yes" and "no", the answer words pick them. */
const YES = 1;
const NO = 2;

/**
 * The menu choice a member's message picks (SPEC §3 rule 2): the number, "yes"/"no" for a
 * yes-or-no menu, or the words of one choice's label ("wheelchair", "silla de ruedas").
 * Undefined when the message picks none of the items, or more than one of them by words.
 */
export function menuChoice(context: TurnContext, items: MenuItem[], replies: Replies, yesNo = false): number | undefined {
  const meaning = turnInterpretation(context);
  const numbers = new Set(items.map((i) => i.number));
  if (meaning.kind === 'choice') return numbers.has(meaning.number) ? meaning.number : undefined;
  if (meaning.kind === 'answer' && yesNo) return meaning.answer === 'yes' ? YES : NO;
  const said = fold(context.activity.text ?? '');
  if (said.length < 3) return undefined;
  const language = turnLanguage(context);
  const matches = items.filter((item) => item.number !== 0 && fold(replies.text(language, item.label)).includes(said));
  return matches.length === 1 ? matches[0].number : undefined;
}

function fold(text: string): string {
  return foldMarks(cleanText(text));
}
