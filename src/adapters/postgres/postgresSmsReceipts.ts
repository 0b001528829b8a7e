import type { PostgresPool } from './openPostgres';
import type { SmsReceipts } from '../../ports/smsReceipts';

/** Answered text messages in PostgreSQL; the first answer remembered is the one kept. */
export class PostgresSmsReceipts implements SmsReceipts {
  constructor(private readonly pool: PostgresPool) {}

  async answerTo(messageSid: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ answer: string }>('SELECT answer FROM sms_receipts WHERE message_sid = $1', [messageSid]);
    return rows[0]?.answer;
  }

  async remember(messageSid: string, answer: string, at: Date): Promise<void> {
    await this.pool.query(
      'INSERT INTO sms_receipts (message_sid, answer, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [messageSid, answer, at],
    );
  }
}
