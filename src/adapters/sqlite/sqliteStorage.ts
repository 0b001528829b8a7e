import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { SqliteDatabase } from './openSqlite';
import { ConflictError } from '../../domain/errors';

interface Row {
  key: string;
  etag: string;
  value: string;
}

/**
 * botbuilder's `Storage` contract on SQLite. A write whose `eTag` differs from the stored one is
 * rejected; `*` or no eTag overwrites; all keys of one write commit together or not at all.
 */
export class SqliteStorage implements Storage {
  private readonly selectOne;
  private readonly upsert;
  private readonly remove;

  constructor(private readonly db: SqliteDatabase) {
    this.selectOne = db.prepare<[string], Row>('SELECT key, etag, value FROM bot_state WHERE key = ?');
    this.upsert = db.prepare(
      `INSERT INTO bot_state (key, etag, value, updated_at) VALUES (@key, @etag, @value, @now)
       ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare('DELETE FROM bot_state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) items[key] = { ...JSON.parse(row.value), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const [key, item] of Object.entries(changes)) {
        const expected: string | undefined = item?.eTag;
        if (expected && expected !== '*') {
          const current = this.selectOne.get(key);
          if (current && current.etag !== expected) {
            throw new ConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
          }
        }
        const { eTag: _ignored, ...value } = item ?? {};
        this.upsert.run({ key, etag: randomUUID(), value: JSON.stringify(value), now });
      }
    })();
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.db.transaction(() => keys.forEach((key) => this.remove.run(key)))();
  }
}
