import type { ConversationEvent, ConversationEvents, ConversationListener } from '../../ports/conversationEvents';

/** Conversation events within one process. Conversations nobody listens to take no memory. */
export class InProcessConversationEvents implements ConversationEvents {
  private readonly listeners = new Map<string, Set<ConversationListener>>();

  publish(conversationId: string, event: ConversationEvent = {}): void {
    for (const listener of this.listeners.get(conversationId) ?? []) listener(event);
  }

  subscribe(conversationId: string, listener: ConversationListener): () => void {
    const set = this.listeners.get(conversationId) ?? new Set();
    set.add(listener);
    this.listeners.set(conversationId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }
}
