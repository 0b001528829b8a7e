import type { PostgresPool } from './openPostgres';
import type { FeedbackStore } from '../../ports/feedbackStore';
import { feedbackSchema, type Feedback } from '../../domain/feedback';
import { withoutNulls } from '../withoutNulls';

/** Survey answers on PostgreSQL. */
export class PostgresFeedbackStore implements FeedbackStore {
  constructor(private readonly pool: PostgresPool) {}

  async record(f: Feedback): Promise<void> {
    await this.pool.query(
      'INSERT INTO feedback (handoff_id, channel, language, reason, satisfaction, recommendation, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [f.handoffId ?? null, f.channel, f.language, f.reason ?? null, f.satisfaction, f.recommendation ?? null, f.at],
    );
  }

  async list(since: Date): Promise<Feedback[]> {
    const { rows } = await this.pool.query(
      `SELECT handoff_id AS "handoffId", channel, language, reason, satisfaction, recommendation, at FROM feedback WHERE at >= $1 ORDER BY id`,
      [since],
    );
    return rows.map((r: Record<string, unknown>) => feedbackSchema.parse(withoutNulls(r)));
  }
}
