import type { SqliteDatabase } from './openSqlite';
import type { SmsConsent } from '../../ports/smsConsent';

/** Opted-out phone numbers in the embedded database. */
export class SqliteSmsConsent implements SmsConsent {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      find: db.prepare('SELECT 1 FROM sms_opt_outs WHERE phone = ?').pluck(),
      optOut: db.prepare('INSERT OR IGNORE INTO sms_opt_outs (phone, opted_out_at) VALUES (?, ?)'),
      optIn: db.prepare('DELETE FROM sms_opt_outs WHERE phone = ?'),
    };
  }

  async isOptedOut(phone: string): Promise<boolean> {
    return this.statements.find.get(phone) !== undefined;
  }

  async optOut(phone: string, at: Date): Promise<void> {
    this.statements.optOut.run(phone, at.toISOString());
  }

  async optIn(phone: string): Promise<void> {
    this.statements.optIn.run(phone);
  }
}
