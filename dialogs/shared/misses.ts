import type { DialogContext } from 'botbuilder-dialogs';
import type { Line } from './replies';
import { noteNotUnderstood, offerPerson } from './journal';

/** After this many messages in a row that the assistant did not understand, it offers a person. */
export const MISSES_BEFORE_PERSON = 2;

/**
 * Counts messages in a row that the active dialog did not understand and returns the apology to
 * send: a plain retry first, then an offer of a person (never a dead end).
 */
export function recordMiss(dc: DialogContext): Line[] {
  const state = dc.activeDialog!.state as { misses?: number };
  state.misses = (state.misses ?? 0) + 1;
  noteNotUnderstood(dc.context);
  if (state.misses < MISSES_BEFORE_PERSON) return ['notUnderstood.first'];
  offerPerson(dc.context, { reason: 'notUnderstood', urgency: 'normal' });
  return ['notUnderstood.second', 'notUnderstood.offerPerson'];
}

export function resetMisses(dc: DialogContext): void {
  (dc.activeDialog!.state as { misses?: number }).misses = 0;
}
