import type { SqliteDatabase } from './openSqlite';
import type { AuditLog } from '../../ports/auditLog';
import { auditEntrySchema, type AuditEntry } from '../../domain/audit';
import { withoutNulls } from '../withoutNulls';

/** The audit log in the embedded database, in the order entries were written. */
export class SqliteAuditLog implements AuditLog {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare('INSERT INTO audit_log (agent_id, action, handoff_id, member_id, at) VALUES (?, ?, ?, ?, ?)'),
      list: db.prepare('SELECT agent_id AS agentId, action, handoff_id AS handoffId, member_id AS memberId, at FROM audit_log WHERE at >= ? ORDER BY id'),
    };
  }

  async record(entry: AuditEntry): Promise<void> {
    this.statements.insert.run(entry.agentId, entry.action, entry.handoffId ?? null, entry.memberId ?? null, entry.at.toISOString());
  }

  async list(since: Date): Promise<AuditEntry[]> {
    const rows = this.statements.list.all(since.toISOString()) as Array<Record<string, string | null>>;
    return rows.map((r) => auditEntrySchema.parse({ ...withoutNulls(r), at: new Date(r.at!) }));
  }
}

