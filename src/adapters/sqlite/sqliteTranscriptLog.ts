import type { SqliteDatabase } from './openSqlite';
import type { TranscriptLog } from '../../ports/transcriptLog';
import { transcriptLineSchema, type TranscriptLine } from '../../domain/handoff';

/** Old lines are deleted about once every this many lines written (`recent` reads only the last ones anyway). */
const TRIM_EVERY = 16;

interface Pending {
  conversationId: string;
  lines: TranscriptLine[];
  keep: number;
}

/** Lines appended are written together at most this long after (one commit for the turns of many conversations). */
const WRITE_EVERY_MS = 20;

/**
 * Conversation lines in the embedded database (one process). Appends are gathered and written in one
 * transaction every few milliseconds, so a turn does not pay a commit of its own; `recent` writes what
 * is gathered first, so it always sees every line. Older lines past the bound are deleted as new ones come.
 */
export class SqliteTranscriptLog implements TranscriptLog {
  private readonly statements;
  private pending: Pending[] = [];
  private timer?: NodeJS.Timeout;
  /** A write that failed in the background, told to the next caller (whose turn logs it). */
  private failure?: Error;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare('INSERT INTO transcript_lines (conversation_id, speaker, text, at) VALUES (?, ?, ?, ?)'),
      trim: db.prepare(
        `DELETE FROM transcript_lines WHERE conversation_id = ? AND seq <= (
           SELECT seq FROM transcript_lines WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)`,
      ),
      recent: db.prepare('SELECT speaker AS "from", text, at FROM transcript_lines WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?'),
    };
  }

  async append(conversationId: string, lines: TranscriptLine[], keep: number): Promise<void> {
    this.throwFailure();
    this.pending.push({ conversationId, lines, keep });
    this.timer ??= setTimeout(() => {
      try {
        this.write();
      } catch (error) {
        this.failure = error as Error;
      }
    }, WRITE_EVERY_MS);
  }

  /** Writes what is gathered (also when the database closes). */
  flush(): void {
    if (this.pending.length > 0) this.write();
  }

  async recent(conversationId: string, limit: number): Promise<TranscriptLine[]> {
    this.throwFailure();
    this.flush();
    const rows = this.statements.recent.all(conversationId, limit) as Array<{ from: string; text: string; at: string }>;
    return rows.reverse().map((r) => transcriptLineSchema.parse({ ...r, at: new Date(r.at) }));
  }

  private throwFailure(): void {
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
  }

  private write(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.db.transaction(() => {
      for (const { conversationId, lines, keep } of batch) {
        let seq = 0;
        for (const line of lines) seq = Number(this.statements.insert.run(conversationId, line.from, line.text, line.at.toISOString()).lastInsertRowid);
        if (seq % TRIM_EVERY < lines.length) this.statements.trim.run(conversationId, conversationId, keep);
      }
    })();
  }
}
