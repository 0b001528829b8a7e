import { inTransaction, type PostgresPool } from './openPostgres';
import type { MemberStore } from '../../ports/memberStore';
import { memberSchema, type Member } from '../../domain/member';
import { jsonb } from './jsonb';

/** Members in PostgreSQL; each row holds the validated member as JSONB. */
export class PostgresMemberStore implements MemberStore {
  constructor(private readonly pool: PostgresPool) {}

  async findById(id: string): Promise<Member | undefined> {
    return this.findOne('SELECT data FROM members WHERE id = $1', id);
  }

  async findByPhone(phone: string): Promise<Member | undefined> {
    return this.findOne('SELECT data FROM members WHERE phone = $1', phone);
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM members');
    return rows[0].n;
  }

  async save(members: Member[]): Promise<void> {
    if (members.length === 0) return;
    await inTransaction(this.pool, async (client) => {
      for (const m of members) {
        await client.query(
          `INSERT INTO members (id, phone, data) VALUES ($1, $2, $3::jsonb)
           ON CONFLICT (id) DO UPDATE SET phone = excluded.phone, data = excluded.data`,
          [m.id, m.phone ?? null, jsonb(m)],
        );
      }
    });
  }

  private async findOne(sql: string, value: string): Promise<Member | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>(sql, [value]);
    return rows.length ? memberSchema.parse(rows[0].data) : undefined;
  }
}
