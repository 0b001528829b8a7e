import type { SqliteDatabase } from './openSqlite';
import type { FeedbackStore } from '../../ports/feedbackStore';
import { feedbackSchema, type Feedback } from '../../domain/feedback';
import { withoutNulls } from '../withoutNulls';

/** Survey answers in the embedded database. */
export class SqliteFeedbackStore implements FeedbackStore {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare('INSERT INTO feedback (handoff_id, channel, language, reason, satisfaction, recommendation, at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      list: db.prepare(
        'SELECT handoff_id AS handoffId, channel, language, reason, satisfaction, recommendation, at FROM feedback WHERE at >= ? ORDER BY id',
      ),
    };
  }

  async record(feedback: Feedback): Promise<void> {
    const f = feedback;
    this.statements.insert.run(f.handoffId ?? null, f.channel, f.language, f.reason ?? null, f.satisfaction, f.recommendation ?? null, f.at.toISOString());
  }

  async list(since: Date): Promise<Feedback[]> {
    const rows = this.statements.list.all(since.toISOString()) as Array<Record<string, unknown>>;
    return rows.map((r) => feedbackSchema.parse({ ...withoutNulls(r), at: new Date(r.at as string) }));
  }
}
