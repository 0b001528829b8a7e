import type { SqliteDatabase } from './openSqlite';
import type { NotUnderstoodLog } from '../../ports/notUnderstoodLog';
import { notUnderstoodSchema, type NotUnderstood } from '../../domain/notUnderstood';

/** Messages not understood, in the embedded database. */
export class SqliteNotUnderstoodLog implements NotUnderstoodLog {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare('INSERT INTO not_understood (text, language, channel, at) VALUES (?, ?, ?, ?)'),
      list: db.prepare('SELECT text, language, channel, at FROM not_understood WHERE at >= ? ORDER BY id DESC LIMIT ?'),
    };
  }

  async record(m: NotUnderstood): Promise<void> {
    this.statements.insert.run(m.text, m.language, m.channel, m.at.toISOString());
  }

  async list(since: Date, limit: number): Promise<NotUnderstood[]> {
    const rows = this.statements.list.all(since.toISOString(), limit) as Array<Omit<NotUnderstood, 'at'> & { at: string }>;
    return rows.map((r) => notUnderstoodSchema.parse({ ...r, at: new Date(r.at) }));
  }
}
