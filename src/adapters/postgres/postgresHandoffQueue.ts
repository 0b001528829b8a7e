import type { PostgresPool } from './openPostgres';
import { inTransaction } from './openPostgres';
import type { HandoffQueue } from '../../ports/handoffQueue';
import type { Handoff, HandoffStatus, TranscriptLine } from '../../domain/handoff';
import { handoffFromJson } from '../../domain/handoffJson';
import { NotFoundError } from '../../domain/errors';
import { jsonb } from './jsonb';

/** The handoff queue on PostgreSQL: shared by every instance; changes take the row lock. */
export class PostgresHandoffQueue implements HandoffQueue {
  constructor(private readonly pool: PostgresPool) {}

  async open(handoff: Handoff): Promise<Handoff> {
    const inserted = await this.pool.query(
      `INSERT INTO handoffs (id, conversation_id, status, agent_id, created_at, data) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [handoff.id, handoff.conversation.conversationId, handoff.status, handoff.agentId ?? null, handoff.createdAt, jsonb(handoff)],
    );
    if (inserted.rowCount === 1) return handoff;
    const existing = await this.openFor(handoff.conversation.conversationId);
    return existing ?? handoff;
  }

  async find(id: string): Promise<Handoff | undefined> {
    const { rows } = await this.pool.query<{ data: object }>('SELECT data FROM handoffs WHERE id = $1', [id]);
    return rows[0] ? handoffFromJson(rows[0].data) : undefined;
  }

  async openFor(conversationId: string): Promise<Handoff | undefined> {
    const { rows } = await this.pool.query<{ data: object }>(`SELECT data FROM handoffs WHERE conversation_id = $1 AND status IN ('waiting', 'active')`, [conversationId]);
    return rows[0] ? handoffFromJson(rows[0].data) : undefined;
  }

  async withStatus(status: HandoffStatus, agentId?: string): Promise<Handoff[]> {
    const { rows } = await this.pool.query<{ data: object }>(
      'SELECT data FROM handoffs WHERE status = $1 AND ($2::text IS NULL OR agent_id = $2) ORDER BY created_at',
      [status, agentId ?? null],
    );
    return rows.map((r) => handoffFromJson(r.data));
  }

  async accept(id: string, agentId: string, at: Date): Promise<boolean> {
    return (await this.change(id, (h) => (h.status === 'waiting' ? { ...h, status: 'active', agentId, acceptedAt: at } : undefined))) !== undefined;
  }

  async append(id: string, line: TranscriptLine): Promise<void> {
    const changed = await this.change(id, (h) => ({ ...h, packet: { ...h.packet, transcript: [...h.packet.transcript, line].slice(-200) } }));
    if (!changed) throw new NotFoundError('handoff');
  }

  async close(id: string, status: 'ended' | 'callback', at: Date): Promise<Handoff> {
    const changed = await this.change(id, (h) => (h.status === 'ended' ? h : { ...h, status, endedAt: at }));
    if (!changed) throw new NotFoundError('handoff');
    return changed;
  }

  /** Reads the row under lock, changes it and writes it back; `undefined` from `edit` leaves it as it is. */
  private change(id: string, edit: (handoff: Handoff) => Handoff | undefined): Promise<Handoff | undefined> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ data: object }>('SELECT data FROM handoffs WHERE id = $1 FOR UPDATE', [id]);
      if (!rows[0]) return undefined;
      const next = edit(handoffFromJson(rows[0].data));
      if (next) await client.query('UPDATE handoffs SET status = $1, agent_id = $2, data = $3 WHERE id = $4', [next.status, next.agentId ?? null, jsonb(next), id]);
      return next;
    });
  }
}
