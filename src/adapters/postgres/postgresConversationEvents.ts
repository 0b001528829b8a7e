import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ConversationEvent, ConversationEvents, ConversationListener } from '../../ports/conversationEvents';
import type { Logger } from '../../ports/logger';
import { InProcessConversationEvents } from '../memory/inProcessConversationEvents';

const CHANNEL = 'carebridge_conversations';
/** NOTIFY payloads stay well under PostgreSQL's 8,000-byte limit; a larger typing event is dropped (it is only a hint). */
const MAX_EPHEMERAL_BYTES = 6000;
const RECONNECT_MS = 1000;

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
  private listener?: pg.Client;
  private closed = false;
  private reconnecting = false;

  constructor(
    private readonly url: string,
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => this.onNotice(message.payload));
    client.on('error', () => this.reconnect());
    client.on('end', () => this.reconnect());
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
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

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }

  private onNotice(payload: string | undefined): void {
    if (!payload) return;
    try {
      const notice = JSON.parse(payload) as Notice;
      if (notice.i === this.instance || !this.conversations.has(notice.c)) return;
      this.local.publish(notice.c, notice.e ? { ephemeral: notice.e } : {});
    } catch {
      this.logger.warn({ channel: CHANNEL }, 'unreadable conversation notice ignored');
    }
  }

  private reconnect(): void {
    if (this.closed || this.reconnecting) return;
    this.reconnecting = true;
    this.listener = undefined;
    setTimeout(() => {
      this.reconnecting = false;
      this.start()
        .then(() => {
          for (const conversationId of this.conversations.keys()) this.local.publish(conversationId, {});
        })
        .catch(() => this.reconnect());
    }, RECONNECT_MS).unref();
  }
}
