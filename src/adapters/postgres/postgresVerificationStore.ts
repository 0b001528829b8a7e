import type { PostgresPool } from './openPostgres';
import type { VerificationRecord, VerificationStore } from '../../ports/verificationStore';

interface Row {
  failures: number;
  locked_until: Date | null;
}

/** The failures counted so far with this one, starting again from zero once an earlier lock has expired. */
const COUNTED = '(CASE WHEN v.locked_until <= $2::timestamptz THEN 0 ELSE v.failures END + 1)';

/** One statement, so failures recorded at once from several instances are each counted. */
const RECORD_FAILURE = `INSERT INTO verification_attempts AS v (subject, failures, locked_until, updated_at)
  VALUES ($1, 1, CASE WHEN 1 >= $3::int THEN $4::timestamptz END, $2::timestamptz)
  ON CONFLICT (subject) DO UPDATE SET
    failures = ${COUNTED},
    locked_until = CASE WHEN ${COUNTED} >= $3::int THEN $4::timestamptz END,
    updated_at = excluded.updated_at
  RETURNING failures, locked_until`;

/** Failed identity checks in PostgreSQL, so a lock holds across conversations, instances and restarts. */
export class PostgresVerificationStore implements VerificationStore {
  constructor(private readonly pool: PostgresPool) {}

  async get(subject: string): Promise<VerificationRecord> {
    const { rows } = await this.pool.query<Row>('SELECT failures, locked_until FROM verification_attempts WHERE subject = $1', [subject]);
    return rows.length ? toRecord(rows[0]) : { failures: 0 };
  }

  async recordFailure(subject: string, now: Date, lockAfter: number, lockUntil: Date): Promise<VerificationRecord> {
    const { rows } = await this.pool.query<Row>(RECORD_FAILURE, [subject, now, lockAfter, lockUntil]);
    return toRecord(rows[0]);
  }

  async clear(subject: string): Promise<void> {
    await this.pool.query('DELETE FROM verification_attempts WHERE subject = $1', [subject]);
  }
}

function toRecord(row: Row): VerificationRecord {
  return { failures: row.failures, lockedUntil: row.locked_until ?? undefined };
}
