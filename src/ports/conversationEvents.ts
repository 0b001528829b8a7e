import type { Activity } from 'botbuilder';

/** Something happened in a conversation: new stored activities, or an ephemeral one (typing). */
export interface ConversationEvent {
  ephemeral?: Activity;
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
