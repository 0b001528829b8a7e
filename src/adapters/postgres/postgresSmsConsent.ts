import type { PostgresPool } from './openPostgres';
import type { SmsConsent } from '../../ports/smsConsent';

/** Opted-out phone numbers in PostgreSQL. */
export class PostgresSmsConsent implements SmsConsent {
  constructor(private readonly pool: PostgresPool) {}

  async isOptedOut(phone: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM sms_opt_outs WHERE phone = $1', [phone]);
    return (rowCount ?? 0) > 0;
  }

  async optOut(phone: string, at: Date): Promise<void> {
    await this.pool.query('INSERT INTO sms_opt_outs (phone, opted_out_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [phone, at]);
  }

  async optIn(phone: string): Promise<void> {
    await this.pool.query('DELETE FROM sms_opt_outs WHERE phone = $1', [phone]);
  }
}
