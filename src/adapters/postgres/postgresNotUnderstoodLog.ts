import type { PostgresPool } from './openPostgres';
import type { NotUnderstoodLog } from '../../ports/notUnderstoodLog';
import { notUnderstoodSchema, type NotUnderstood } from '../../domain/notUnderstood';

/** Messages not understood, on PostgreSQL. */
export class PostgresNotUnderstoodLog implements NotUnderstoodLog {
  constructor(private readonly pool: PostgresPool) {}

  async record(m: NotUnderstood): Promise<void> {
    await this.pool.query('INSERT INTO not_understood (text, language, channel, at) VALUES ($1, $2, $3, $4)', [
      m.text.replace(/\u0000/g, '\ufffd'),
      m.language,
      m.channel,
      m.at,
    ]);
  }

  async list(since: Date, limit: number): Promise<NotUnderstood[]> {
    const { rows } = await this.pool.query('SELECT text, language, channel, at FROM not_understood WHERE at >= $1 ORDER BY id DESC LIMIT $2', [since, limit]);
    return rows.map((r: Record<string, unknown>) => notUnderstoodSchema.parse(r));
  }
}
