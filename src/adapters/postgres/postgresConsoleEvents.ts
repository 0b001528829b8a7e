import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { ConsoleEvent, ConsoleEvents, ConsoleListener } from '../../ports/consoleEvents';
import type { Logger } from '../../ports/logger';
import { InProcessConsoleEvents } from '../memory/inProcessConsoleEvents';
import { PostgresListener } from './postgresListener';

const CHANNEL = 'carebridge_console';

/** Console events across instances with LISTEN/NOTIFY; after a lost connection every console re-reads its queue. */
export class PostgresConsoleEvents implements ConsoleEvents {
  private readonly local = new InProcessConsoleEvents();
  private readonly instance = randomUUID();
  private readonly listener: PostgresListener;

  constructor(
    url: string,
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    this.listener = new PostgresListener(url, CHANNEL, {
      notice: (payload) => this.onNotice(payload),
      reconnected: () => this.local.publish({ kind: 'queue' }),
    });
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  publish(event: ConsoleEvent): void {
    this.local.publish(event);
    this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ i: this.instance, e: event })]).catch((error: Error) => {
      this.logger.warn({ err: { type: error.name } }, 'console notice not sent; other consoles catch up on their next read');
    });
  }

  subscribe(listener: ConsoleListener): () => void {
    return this.local.subscribe(listener);
  }

  close(): Promise<void> {
    return this.listener.close();
  }

  private onNotice(payload: string): void {
    try {
      const notice = JSON.parse(payload) as { i: string; e: ConsoleEvent };
      if (notice.i !== this.instance) this.local.publish(notice.e.kind === 'handoff' ? { kind: 'handoff', id: String(notice.e.id) } : { kind: 'queue' });
    } catch {
      this.logger.warn({ channel: CHANNEL }, 'unreadable console notice ignored');
    }
  }
}
