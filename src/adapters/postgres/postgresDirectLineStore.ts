import type { Activity } from 'botbuilder';
import { inTransaction, type PostgresPool } from './openPostgres';
import { activityId, type ActivityPage, type DirectLineConversation, type DirectLineStore, type StoredActivity } from '../../ports/directLineStore';
import { jsonb } from './jsonb';

interface ConversationRow {
  id: string;
  user_id: string;
  locale: string | null;
  created_at: Date;
}

/**
 * The Direct Line activity queue in PostgreSQL, shared by every instance. Appending takes the
 * next number from the conversation row (`UPDATE … RETURNING`, which locks it) in the same
 * transaction that inserts the activity, so concurrent appends never share or skip a number.
 */
export class PostgresDirectLineStore implements DirectLineStore {
  constructor(private readonly pool: PostgresPool) {}

  async createConversation(conversation: DirectLineConversation): Promise<void> {
    await this.pool.query('INSERT INTO dl_conversations (id, user_id, locale, created_at) VALUES ($1, $2, $3, $4)', [
      conversation.id,
      conversation.userId,
      conversation.locale ?? null,
      conversation.createdAt,
    ]);
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const { rows } = await this.pool.query<ConversationRow>('SELECT id, user_id, locale, created_at FROM dl_conversations WHERE id = $1', [id]);
    if (!rows.length) return undefined;
    const row = rows[0];
    return { id: row.id, userId: row.user_id, locale: row.locale ?? undefined, createdAt: row.created_at };
  }

  async appendActivity(conversationId: string, activity: Partial<Activity>): Promise<StoredActivity> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ last_seq: number }>(
        'UPDATE dl_conversations SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq',
        [conversationId],
      );
      if (!rows.length) throw new Error('Direct Line conversation is unknown');
      const seq = rows[0].last_seq;
      const stored = { ...activity, id: activityId(conversationId, seq) } as Activity;
      await client.query('INSERT INTO dl_activities (conversation_id, seq, body) VALUES ($1, $2, $3::jsonb)', [conversationId, seq, jsonb(stored)]);
      return { activity: stored, watermark: seq };
    });
  }

  async activitiesAfter(conversationId: string, watermark: number, limit: number): Promise<ActivityPage> {
    const { rows } = await this.pool.query<{ seq: number; body: Activity }>(
      'SELECT seq, body FROM dl_activities WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [conversationId, watermark, limit],
    );
    const last = rows.length ? rows[rows.length - 1].seq : watermark;
    return { activities: rows.map((r) => r.body), watermark: String(last) };
  }
}
