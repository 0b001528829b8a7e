import { inTransaction, type PostgresPool } from './openPostgres';
import type { ProviderDirectory } from '../../ports/providerDirectory';
import type { Specialty } from '../../domain/intents';
import { providerSchema, type Provider } from '../../domain/provider';
import { jsonb } from './jsonb';

/** Providers in PostgreSQL; each row holds the validated provider as JSONB. */
export class PostgresProviderDirectory implements ProviderDirectory {
  constructor(private readonly pool: PostgresPool) {}

  async find(id: string): Promise<Provider | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>('SELECT data FROM providers WHERE id = $1', [id]);
    return rows[0] ? providerSchema.parse(rows[0].data) : undefined;
  }

  /** Ordered by id in byte order (`COLLATE "C"`), as the SQLite adapter orders them. */
  async bySpecialty(specialty: Specialty): Promise<Provider[]> {
    const { rows } = await this.pool.query<{ data: unknown }>(
      'SELECT data FROM providers WHERE specialty = $1 ORDER BY id COLLATE "C"',
      [specialty],
    );
    return rows.map((row) => providerSchema.parse(row.data));
  }

  async save(providers: Provider[]): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      for (const p of providers) {
        await client.query(
          `INSERT INTO providers (id, specialty, data) VALUES ($1, $2, $3)
           ON CONFLICT (id) DO UPDATE SET specialty = excluded.specialty, data = excluded.data`,
          [p.id, p.specialty, jsonb(p)],
        );
      }
    });
  }
}
