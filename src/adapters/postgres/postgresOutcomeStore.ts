import type { PostgresPool } from './openPostgres';
import type { OutcomeStore } from '../../ports/outcomeStore';
import { outcomeSchema, type Outcome } from '../../domain/outcome';
import { withoutNulls } from '../withoutNulls';

/** Outcome events in PostgreSQL, listed in the order they were recorded. */
export class PostgresOutcomeStore implements OutcomeStore {
  constructor(private readonly pool: PostgresPool) {}

  async record(o: Outcome): Promise<void> {
    await this.pool.query('INSERT INTO outcomes (type, channel, language, detail, conversation_id, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      o.type,
      o.channel,
      o.language,
      o.detail ?? null,
      o.conversationId ?? null,
      o.at,
    ]);
  }

  async list(since: Date): Promise<Outcome[]> {
    const { rows } = await this.pool.query(
      'SELECT type, channel, language, detail, conversation_id AS "conversationId", at FROM outcomes WHERE at >= $1 ORDER BY id',
      [since],
    );
    return rows.map((r: Record<string, unknown>) => outcomeSchema.parse(withoutNulls(r)));
  }
}
