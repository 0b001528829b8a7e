import type { PostgresPool } from './openPostgres';
import type { ReminderLog } from '../../ports/reminderLog';

/** Sent reminders in PostgreSQL; the primary key makes each reminder claimable once, across instances. */
export class PostgresReminderLog implements ReminderLog {
  constructor(private readonly pool: PostgresPool) {}

  async claim(reminderId: string, memberId: string, at: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'INSERT INTO reminders (id, member_id, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [reminderId, memberId, at],
    );
    return rowCount === 1;
  }

  async sentSince(memberId: string, since: Date): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT COUNT(*)::int AS n FROM reminders WHERE member_id = $1 AND sent_at >= $2',
      [memberId, since],
    );
    return rows[0].n;
  }
}
