import type { PostgresPool } from './openPostgres';
import type { AuditLog } from '../../ports/auditLog';
import { auditEntrySchema, type AuditEntry } from '../../domain/audit';
import { withoutNulls } from '../withoutNulls';

/** The audit log on PostgreSQL, in the order entries were written. */
export class PostgresAuditLog implements AuditLog {
  constructor(private readonly pool: PostgresPool) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.pool.query('INSERT INTO audit_log (agent_id, action, handoff_id, member_id, at) VALUES ($1, $2, $3, $4, $5)', [
      entry.agentId,
      entry.action,
      entry.handoffId ?? null,
      entry.memberId ?? null,
      entry.at,
    ]);
  }

  async list(since: Date): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query(
      `SELECT agent_id AS "agentId", action, handoff_id AS "handoffId", member_id AS "memberId", at FROM audit_log WHERE at >= $1 ORDER BY id`,
      [since],
    );
    return rows.map((r: Record<string, unknown>) => auditEntrySchema.parse(withoutNulls(r)));
  }
}
