import type { SqliteDatabase } from './openSqlite';
import type { OutcomeStore } from '../../ports/outcomeStore';
import { outcomeSchema, type Outcome } from '../../domain/outcome';
import { withoutNulls } from '../withoutNulls';

/** Outcome events in the embedded database. */
export class SqliteOutcomeStore implements OutcomeStore {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare('INSERT INTO outcomes (type, channel, language, detail, conversation_id, at) VALUES (?, ?, ?, ?, ?, ?)'),
      list: db.prepare('SELECT type, channel, language, detail, conversation_id AS conversationId, at FROM outcomes WHERE at >= ? ORDER BY id'),
    };
  }

  async record(outcome: Outcome): Promise<void> {
    const o = outcome;
    this.statements.insert.run(o.type, o.channel, o.language, o.detail ?? null, o.conversationId ?? null, o.at.toISOString());
  }

  async list(since: Date): Promise<Outcome[]> {
    const rows = this.statements.list.all(since.toISOString()) as Array<Record<string, unknown>>;
    return rows.map((r) => outcomeSchema.parse({ ...withoutNulls(r), at: new Date(r.at as string) }));
  }
}
