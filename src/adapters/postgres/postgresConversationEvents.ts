import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { ConversationEvent, ConversationEvents, ConversationListener } from '../../ports/conversationEvents';
import type { Logger } from '../../ports/logger';
import { InProcessConversationEvents } from '../memory/inProcessConversationEvents';
import { PostgresListener } from './postgresListener';

const CHANNEL = 'carebridge_conversations';
/** NOTIFY payloads stay well under PostgreSQL's 8,000-byte limit; a larger typing event is dropped (it is only a hint). */
const MAX_EPHEMERAL_BYTES = 6000;

interface Notice {
  /** The instance that published it (its own listeners were told already). */
  i: string;
  c: string;
  e?: ConversationEvent['ephemeral'];
}

/**
 * Conversation events across instances with LISTEN/NOTIFY: listeners in this instance hear at once;
 * other instances hear a notice and read what was stored from the shared database. After a lost
 * connection, every listener is woken to read back what it may have missed.
 */
export class PostgresConversationEvents implements ConversationEvents {
  private readonly local = new InProcessConversationEvents();
  private readonly instance = randomUUID();
  private readonly conversations = new Map<string, number>();
  private readonly listener: PostgresListener;

  constructor(
    url: string,
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    this.listener = new PostgresListener(url, CHANNEL, {
      notice: (payload) => this.onNotice(payload),
      reconnected: () => {
        for (const conversationId of this.conversations.keys()) this.local.publish(conversationId, {});
      },
    });
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  publish(conversationId: string, event: ConversationEvent = {}): void {
    this.local.publish(conversationId, event);
    const notice: Notice = { i: this.instance, c: conversationId };
    if (event.ephemeral && JSON.stringify(event.ephemeral).length < MAX_EPHEMERAL_BYTES) notice.e = event.ephemeral;
    this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(notice)]).catch((error: Error) => {
      this.logger.warn({ err: { type: error.name } }, 'conversation notice not sent; other instances catch up on their next read');
    });
  }

  subscribe(conversationId: string, listener: ConversationListener): () => void {
    this.conversations.set(conversationId, (this.conversations.get(conversationId) ?? 0) + 1);
    const stop = this.local.subscribe(conversationId, listener);
    return () => {
      stop();
      const left = (this.conversations.get(conversationId) ?? 1) - 1;
      if (left > 0) this.conversations.set(conversationId, left);
      else this.conversations.delete(conversationId);
    };
  }

  close(): Promise<void> {
    return this.listener.close();
  }

  private onNotice(payload: string): void {
    try {
      const notice = JSON.parse(payload) as Notice;
      if (notice.i === this.instance || !this.conversations.has(notice.c)) return;
      this.local.publish(notice.c, notice.e ? { ephemeral: notice.e } : {});
    } catch {
      this.logger.warn({ channel: CHANNEL }, 'unreadable conversation notice ignored');
    }
  }
}
