import type { Activity } from 'botbuilder';
import type { StoredActivity } from './directLineStore';

/**
 * Something happened in a conversation: an activity was stored (carried along when the event stays
 * in process, so listeners need not read it back), or an ephemeral one (typing) went by.
 */
export interface ConversationEvent {
  ephemeral?: Activity;
  stored?: StoredActivity;
}

export type ConversationListener = (event: ConversationEvent) => void;

/**
 * Tells live connections (Direct Line WebSockets, the agent console) that a conversation has
 * news. In-process by default; across instances through the database when scaled out.
 */
export interface ConversationEvents {
  publish(conversationId: string, event?: ConversationEvent): void;
  /** Returns the function that stops listening. */
  subscribe(conversationId: string, listener: ConversationListener): () => void;
}
