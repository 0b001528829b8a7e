import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { inTransaction, type PostgresPool } from './openPostgres';
import { ConflictError } from '../../domain/errors';
import { jsonb } from './jsonb';

/**
 * Inserts or replaces one key in a single statement. When an eTag is expected (`$5` not null) the
 * update applies only while the stored eTag still matches: no row back means a conflict. The
 * row stays locked until the write's transaction ends, so a racing writer sees the new eTag.
 */
const UPSERT = `INSERT INTO bot_state AS s (key, etag, value, updated_at) VALUES ($1, $2, $3::jsonb, $4)
  ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at
  WHERE $5::text IS NULL OR s.etag = $5::text
  RETURNING key`;

/**
 * botbuilder's `Storage` contract on PostgreSQL. A write whose `eTag` differs from the stored one is
 * rejected; `*` or no eTag overwrites; all keys of one write commit together or not at all.
 */
export class PostgresStorage implements Storage {
  constructor(private readonly pool: PostgresPool) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (keys.length === 0) return {};
    const { rows } = await this.pool.query<{ key: string; etag: string; value: Record<string, unknown> }>(
      'SELECT key, etag, value FROM bot_state WHERE key = ANY($1::text[])',
      [keys],
    );
    const found = new Map(rows.map((row) => [row.key, row]));
    const items: StoreItems = {};
    for (const key of keys) {
      const row = found.get(key);
      if (row) items[key] = { ...row.value, eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // Keys in one order, so two multi-key writes lock rows alike and never deadlock.
    const entries = Object.entries(changes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) return;
    const now = new Date();
    await inTransaction(this.pool, async (client) => {
      for (const [key, item] of entries) {
        const expected: string | undefined = item?.eTag;
        const { eTag: _ignored, ...value } = item ?? {};
        const condition = expected && expected !== '*' ? expected : null;
        const result = await client.query(UPSERT, [key, randomUUID(), jsonb(value), now, condition]);
        if (result.rowCount === 0) throw new ConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.pool.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
  }
}
