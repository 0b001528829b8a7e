import type { SqliteDatabase } from './openSqlite';
import type { SmsReceipts } from '../../ports/smsReceipts';

/** Answered text messages in the embedded database. */
export class SqliteSmsReceipts implements SmsReceipts {
  private readonly find;
  private readonly insert;

  constructor(db: SqliteDatabase) {
    this.find = db.prepare('SELECT answer FROM sms_receipts WHERE message_sid = ?').pluck();
    this.insert = db.prepare('INSERT OR IGNORE INTO sms_receipts (message_sid, answer, received_at) VALUES (?, ?, ?)');
  }

  async answerTo(messageSid: string): Promise<string | undefined> {
    return this.find.get(messageSid) as string | undefined;
  }

  async remember(messageSid: string, answer: string, at: Date): Promise<void> {
    this.insert.run(messageSid, answer, at.toISOString());
  }
}
