import type { Activity } from 'botbuilder';
import type { ConversationRef } from '../domain/handoff';

/**
 * Runs a turn in a member's conversation on their own channel, started by an event (a person's
 * words, a hub's `handoff.status`), so what the assistant says reaches the member there.
 */
export interface MemberDelivery {
  /** False when the member's channel cannot be reached this way (a phone call). */
  deliver(conversation: ConversationRef, event: Pick<Activity, 'name' | 'value'>): Promise<boolean>;
}
