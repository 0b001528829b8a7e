import type { SqliteDatabase } from './openSqlite';
import type { HandoffQueue } from '../../ports/handoffQueue';
import type { Handoff, HandoffStatus, TranscriptLine } from '../../domain/handoff';
import { handoffFromJson, handoffToJson } from '../../domain/handoffJson';
import { NotFoundError } from '../../domain/errors';

/** The handoff queue in the embedded database; each row holds the handoff as JSON beside its searchable columns. */
export class SqliteHandoffQueue implements HandoffQueue {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare('INSERT OR IGNORE INTO handoffs (id, conversation_id, status, agent_id, created_at, data) VALUES (?, ?, ?, ?, ?, ?)'),
      find: db.prepare('SELECT data FROM handoffs WHERE id = ?').pluck(),
      open: db.prepare(`SELECT data FROM handoffs WHERE conversation_id = ? AND status IN ('waiting', 'active')`).pluck(),
      withStatus: db.prepare('SELECT data FROM handoffs WHERE status = ? AND (? IS NULL OR agent_id = ?) ORDER BY created_at').pluck(),
      update: db.prepare('UPDATE handoffs SET status = ?, agent_id = ?, data = ? WHERE id = ?'),
    };
  }

  async open(handoff: Handoff): Promise<Handoff> {
    const run = this.db.transaction((): Handoff => {
      const existing = this.statements.open.get(handoff.conversation.conversationId) as string | undefined;
      if (existing) return handoffFromJson(existing);
      this.statements.insert.run(handoff.id, handoff.conversation.conversationId, handoff.status, handoff.agentId ?? null, handoff.createdAt.toISOString(), handoffToJson(handoff));
      return handoff;
    });
    return run.immediate();
  }

  async find(id: string): Promise<Handoff | undefined> {
    const data = this.statements.find.get(id) as string | undefined;
    return data === undefined ? undefined : handoffFromJson(data);
  }

  async openFor(conversationId: string): Promise<Handoff | undefined> {
    const data = this.statements.open.get(conversationId) as string | undefined;
    return data === undefined ? undefined : handoffFromJson(data);
  }

  async withStatus(status: HandoffStatus, agentId?: string): Promise<Handoff[]> {
    return (this.statements.withStatus.all(status, agentId ?? null, agentId ?? null) as string[]).map(handoffFromJson);
  }

  async accept(id: string, agentId: string, at: Date): Promise<boolean> {
    return this.change(id, (h) => (h.status === 'waiting' ? { ...h, status: 'active', agentId, acceptedAt: at } : undefined)) !== undefined;
  }

  async append(id: string, line: TranscriptLine): Promise<void> {
    const changed = this.change(id, (h) => ({ ...h, packet: { ...h.packet, transcript: [...h.packet.transcript, line].slice(-200) } }));
    if (!changed) throw new NotFoundError('handoff');
  }

  async close(id: string, status: 'ended' | 'callback', at: Date): Promise<Handoff> {
    const changed = this.change(id, (h) => (h.status === 'ended' ? h : { ...h, status, endedAt: at }));
    if (!changed) throw new NotFoundError('handoff');
    return changed;
  }

  /** Reads, changes and writes one handoff in one transaction; `undefined` from `edit` leaves it as it is. */
  private change(id: string, edit: (handoff: Handoff) => Handoff | undefined): Handoff | undefined {
    const run = this.db.transaction((): Handoff | undefined => {
      const data = this.statements.find.get(id) as string | undefined;
      if (data === undefined) return undefined;
      const next = edit(handoffFromJson(data));
      if (next) this.statements.update.run(next.status, next.agentId ?? null, handoffToJson(next), id);
      return next;
    });
    return run.immediate();
  }
}
