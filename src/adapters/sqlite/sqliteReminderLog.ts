import type { SqliteDatabase } from './openSqlite';
import type { ReminderLog } from '../../ports/reminderLog';

/** Sent reminders in the embedded database; the primary key makes each reminder claimable once. */
export class SqliteReminderLog implements ReminderLog {
  private readonly insert;
  private readonly count;

  constructor(db: SqliteDatabase) {
    this.insert = db.prepare('INSERT OR IGNORE INTO reminders (id, member_id, sent_at) VALUES (?, ?, ?)');
    this.count = db.prepare('SELECT COUNT(*) FROM reminders WHERE member_id = ? AND sent_at >= ?').pluck();
  }

  async claim(reminderId: string, memberId: string, at: Date): Promise<boolean> {
    return this.insert.run(reminderId, memberId, at.toISOString()).changes === 1;
  }

  async sentSince(memberId: string, since: Date): Promise<number> {
    return this.count.get(memberId, since.toISOString()) as number;
  }
}
