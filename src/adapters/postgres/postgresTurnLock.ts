import pg from 'pg';
import type { TurnLock } from '../../ports/turnLock';
import { ConversationLock } from '../../bot/conversationLock';

/**
 * One turn at a time per conversation across every instance: turns queue in process first, then
 * the one at the head holds a PostgreSQL advisory lock on the conversation while it runs. The
 * locks have their own small pool, so a turn's own queries never wait for a lock holder's client.
 */
export class PostgresTurnLock implements TurnLock {
  private readonly local = new ConversationLock();
  private readonly pool: pg.Pool;

  constructor(url: string, connections = 8) {
    this.pool = new pg.Pool({ connectionString: url, max: connections });
    this.pool.on('error', () => undefined);
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.local.run(key, async () => {
      const client = await this.pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 42))', [key]);
        try {
          return await work();
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 42))', [key]);
        }
      } finally {
        client.release();
      }
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
