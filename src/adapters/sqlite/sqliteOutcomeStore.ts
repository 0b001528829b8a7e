import type { SqliteDatabase } from './openSqlite';
import type { OutcomeStore } from '../../ports/outcomeStore';
import { outcomeSchema, type Outcome } from '../../domain/outcome';

/** Outcome events in the embedded database. */
export class SqliteOutcomeStore implements OutcomeStore {
  private readonly insert;

  constructor(private readonly db: SqliteDatabase) {
    this.insert = db.prepare('INSERT INTO outcomes (type, channel, language, detail, at) VALUES (?, ?, ?, ?, ?)');
  }

  async record(outcome: Outcome): Promise<void> {
    this.insert.run(outcome.type, outcome.channel, outcome.language, outcome.detail ?? null, outcome.at.toISOString());
  }

  async list(since: Date): Promise<Outcome[]> {
    const rows = this.db.prepare('SELECT type, channel, language, detail, at FROM outcomes WHERE at >= ? ORDER BY id').all(since.toISOString()) as Array<
      Omit<Outcome, 'at' | 'detail'> & { at: string; detail: string | null }
    >;
    return rows.map((r) => outcomeSchema.parse({ ...r, detail: r.detail ?? undefined, at: new Date(r.at) }));
  }
}
