import type { Activity } from 'botbuilder';
import type { SqliteDatabase } from './openSqlite';
import { activityId, type ActivityPage, type DirectLineConversation, type DirectLineStore, type StoredActivity } from '../../ports/directLineStore';

interface ConversationRow {
  id: string;
  user_id: string;
  locale: string | null;
  created_at: string;
}

/** The Direct Line activity queue in the embedded database; it survives restarts. */
export class SqliteDirectLineStore implements DirectLineStore {
  private readonly insertConversation;
  private readonly selectConversation;
  private readonly nextSeq;
  private readonly insertActivity;
  private readonly selectAfter;
  private readonly append;

  constructor(db: SqliteDatabase) {
    this.insertConversation = db.prepare(
      'INSERT INTO dl_conversations (id, user_id, locale, created_at) VALUES (?, ?, ?, ?)',
    );
    this.selectConversation = db.prepare<[string], ConversationRow>(
      'SELECT id, user_id, locale, created_at FROM dl_conversations WHERE id = ?',
    );
    this.nextSeq = db.prepare<[string], { last_seq: number }>(
      'UPDATE dl_conversations SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq',
    );
    this.insertActivity = db.prepare('INSERT INTO dl_activities (conversation_id, seq, body) VALUES (?, ?, ?)');
    this.selectAfter = db.prepare<[string, number, number], { seq: number; body: string }>(
      'SELECT seq, body FROM dl_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.append = db.transaction((conversationId: string, activity: Partial<Activity>): StoredActivity => {
      const row = this.nextSeq.get(conversationId);
      if (!row) throw new Error(`Direct Line conversation is unknown`);
      const stored = { ...activity, id: activityId(conversationId, row.last_seq) } as Activity;
      this.insertActivity.run(conversationId, row.last_seq, JSON.stringify(stored));
      return { activity: stored, watermark: row.last_seq };
    });
  }

  async createConversation(conversation: DirectLineConversation): Promise<void> {
    this.insertConversation.run(
      conversation.id,
      conversation.userId,
      conversation.locale ?? null,
      conversation.createdAt.toISOString(),
    );
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const row = this.selectConversation.get(id);
    if (!row) return undefined;
    return { id: row.id, userId: row.user_id, locale: row.locale ?? undefined, createdAt: new Date(row.created_at) };
  }

  async appendActivity(conversationId: string, activity: Partial<Activity>): Promise<StoredActivity> {
    return this.append(conversationId, activity);
  }

  async activitiesAfter(conversationId: string, watermark: number, limit: number): Promise<ActivityPage> {
    const rows = this.selectAfter.all(conversationId, watermark, limit);
    const last = rows.length ? rows[rows.length - 1].seq : watermark;
    return { activities: rows.map((r) => JSON.parse(r.body) as Activity), watermark: String(last) };
  }
}
