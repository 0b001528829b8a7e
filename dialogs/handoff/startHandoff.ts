import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { previousOffer } from '../shared/journal';
import { CLARIFY_DIALOG, HANDOFF_DIALOG, LANGUAGE_MENU_DIALOG, MAIN_MENU_DIALOG } from '../shared/dialogIds';
import type { HandoffOptions } from './handoffDialog';

/** Dialogs that are only ways around, not something left half done. */
const notPending = new Set([MAIN_MENU_DIALOG, CLARIFY_DIALOG, LANGUAGE_MENU_DIALOG]);

/**
 * Hands the member to a person from wherever they are: the reason is the offer the assistant made
 * last ("two misses", "identity locked"…) or the member's own request; what they were in the middle
 * of goes into the packet as pending.
 */
export async function startHandoff(dc: DialogContext, given: Partial<HandoffOptions> = {}): Promise<DialogTurnResult> {
  const offer = previousOffer(dc.context);
  const pending = dc.stack.map((instance) => instance.id).filter((id) => !notPending.has(id));
  const options: HandoffOptions = {
    reason: offer?.reason ?? 'asked',
    urgency: offer?.urgency ?? 'normal',
    pending,
    ...(offer?.pendingBooking ? { pendingBooking: offer.pendingBooking } : {}),
    ...given,
  };
  await dc.cancelAllDialogs();
  return dc.beginDialog(HANDOFF_DIALOG, options);
}
