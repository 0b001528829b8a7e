import type { AuditEntry } from '../domain/audit';

/** Who looked at or did what, kept in the database (not in the logs). */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  list(since: Date): Promise<AuditEntry[]>;
}
