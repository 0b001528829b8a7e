import type { SqliteDatabase } from './openSqlite';
import type { VerificationRecord, VerificationStore } from '../../ports/verificationStore';

interface Row {
  failures: number;
  locked_until: string | null;
}

/** Failed identity checks in the embedded database, so a lock holds across conversations and restarts. */
export class SqliteVerificationStore implements VerificationStore {
  constructor(private readonly db: SqliteDatabase) {}

  async get(subject: string): Promise<VerificationRecord> {
    const row = this.db.prepare('SELECT failures, locked_until FROM verification_attempts WHERE subject = ?').get(subject) as Row | undefined;
    return row ? { failures: row.failures, lockedUntil: row.locked_until ? new Date(row.locked_until) : undefined } : { failures: 0 };
  }

  async recordFailure(subject: string, now: Date, lockAfter: number, lockUntil: Date): Promise<VerificationRecord> {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT failures, locked_until FROM verification_attempts WHERE subject = ?').get(subject) as Row | undefined;
      const expired = row?.locked_until && new Date(row.locked_until) <= now;
      const failures = (expired ? 0 : (row?.failures ?? 0)) + 1;
      const lockedUntil = failures >= lockAfter ? lockUntil : undefined;
      this.db
        .prepare(
          `INSERT INTO verification_attempts (subject, failures, locked_until, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT(subject) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
        )
        .run(subject, failures, lockedUntil?.toISOString() ?? null, now.toISOString());
      return { failures, lockedUntil };
    })();
  }

  async clear(subject: string): Promise<void> {
    this.db.prepare('DELETE FROM verification_attempts WHERE subject = ?').run(subject);
  }
}
