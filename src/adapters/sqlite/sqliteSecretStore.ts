import type { SqliteDatabase } from './openSqlite';
import type { SecretStore } from '../../ports/secretStore';

/** Generated secrets kept in the embedded database, so tokens stay valid across restarts. */
export class SqliteSecretStore implements SecretStore {
  constructor(private readonly db: SqliteDatabase) {}

  async getOrCreate(name: string, generate: () => string): Promise<string> {
    this.db.prepare('INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT(name) DO NOTHING').run(name, generate());
    return (this.db.prepare('SELECT value FROM secrets WHERE name = ?').get(name) as { value: string }).value;
  }
}
