import type { PostgresPool } from './openPostgres';
import type { OutcomeStore } from '../../ports/outcomeStore';
import { outcomeSchema, type Outcome } from '../../domain/outcome';

/** Outcome events in PostgreSQL, listed in the order they were recorded. */
export class PostgresOutcomeStore implements OutcomeStore {
  constructor(private readonly pool: PostgresPool) {}

  async record(outcome: Outcome): Promise<void> {
    await this.pool.query('INSERT INTO outcomes (type, channel, language, detail, at) VALUES ($1, $2, $3, $4, $5)', [
      outcome.type,
      outcome.channel,
      outcome.language,
      outcome.detail ?? null,
      outcome.at,
    ]);
  }

  async list(since: Date): Promise<Outcome[]> {
    const { rows } = await this.pool.query<Omit<Outcome, 'detail'> & { detail: string | null }>(
      'SELECT type, channel, language, detail, at FROM outcomes WHERE at >= $1 ORDER BY id',
      [since],
    );
    return rows.map((r) => outcomeSchema.parse({ ...r, detail: r.detail ?? undefined }));
  }
}
