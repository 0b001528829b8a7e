import type { SqliteDatabase } from './openSqlite';
import type { MemberStore } from '../../ports/memberStore';
import { memberSchema, type Member } from '../../domain/member';

/** Members in the embedded database; each row holds the validated member as JSON. */
export class SqliteMemberStore implements MemberStore {
  private readonly byId;
  private readonly byPhone;

  constructor(private readonly db: SqliteDatabase) {
    this.byId = db.prepare('SELECT data FROM members WHERE id = ?');
    this.byPhone = db.prepare('SELECT data FROM members WHERE phone = ?');
  }

  async findById(id: string): Promise<Member | undefined> {
    return this.parse(this.byId.get(id));
  }

  async findByPhone(phone: string): Promise<Member | undefined> {
    return this.parse(this.byPhone.get(phone));
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM members').get() as { n: number }).n;
  }

  async save(members: Member[]): Promise<void> {
    const upsert = this.db.prepare(
      'INSERT INTO members (id, phone, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET phone = excluded.phone, data = excluded.data',
    );
    this.db.transaction(() => members.forEach((m) => upsert.run(m.id, m.phone ?? null, JSON.stringify(m))))();
  }

  private parse(row: unknown): Member | undefined {
    return row ? memberSchema.parse(JSON.parse((row as { data: string }).data)) : undefined;
  }
}
