import type { PostgresPool } from './openPostgres';
import type { SecretStore } from '../../ports/secretStore';

/** Generated secrets kept in PostgreSQL; instances starting at once all keep the first one stored. */
export class PostgresSecretStore implements SecretStore {
  constructor(private readonly pool: PostgresPool) {}

  async getOrCreate(name: string, generate: () => string): Promise<string> {
    await this.pool.query('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, generate()]);
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM secrets WHERE name = $1', [name]);
    return rows[0].value;
  }
}
