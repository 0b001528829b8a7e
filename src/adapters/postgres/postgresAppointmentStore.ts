import type pg from 'pg';
import { inTransaction, type PostgresPool } from './openPostgres';
import type { AppointmentStore, OpenSlotQuery } from '../../ports/appointmentStore';
import type { Appointment, AppointmentRequest, Slot } from '../../domain/appointment';
import { newConfirmation } from '../../domain/confirmation';
import { NotFoundError, SlotTakenError } from '../../domain/errors';
import { APPOINTMENT_COLUMNS, appointmentFromRow, type AppointmentRow } from '../appointmentRow';

interface SlotRow {
  id: string;
  provider_id: string;
  starts_at: Date;
  minutes: number;
}

const COLUMNS = APPOINTMENT_COLUMNS;
const CANCEL = `UPDATE appointments SET status = 'cancelled', cancelled_at = $1 WHERE confirmation = $2 AND member_id = $3 AND status = 'booked'`;

/**
 * Slots and appointments in PostgreSQL. The partial unique index `appointments_one_per_slot` is
 * what stops a double booking, across instances; the unique request key makes retries safe.
 */
export class PostgresAppointmentStore implements AppointmentStore {
  constructor(private readonly pool: PostgresPool) {}

  async addSlots(slots: Slot[]): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      let added = 0;
      for (const s of slots) {
        const { rowCount } = await client.query(
          'INSERT INTO slots (id, provider_id, starts_at, minutes) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
          [s.id, s.providerId, s.startsAt, s.minutes],
        );
        added += rowCount ?? 0;
      }
      return added;
    });
  }

  async openSlots({ providerIds, from, to, limit }: OpenSlotQuery): Promise<Slot[]> {
    const { rows } = await this.pool.query<SlotRow>(
      `SELECT s.id, s.provider_id, s.starts_at, s.minutes FROM slots s
       WHERE s.provider_id = ANY($1::text[]) AND s.starts_at >= $2 AND s.starts_at < $3
         AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.slot_id = s.id AND a.status = 'booked')
       ORDER BY s.starts_at, s.provider_id COLLATE "C" LIMIT $4`,
      [providerIds, from, to, limit],
    );
    return rows.map((row) => ({ id: row.id, providerId: row.provider_id, startsAt: row.starts_at, minutes: row.minutes }));
  }

  /**
   * One transaction: an earlier result of the request key, or cancel `replaces` and insert. When a
   * unique index refuses the insert, an identical request that won the race gives its result;
   * otherwise the slot was taken, and the rollback keeps the visit `replaces` named.
   */
  async book(request: AppointmentRequest, at: Date): Promise<Appointment> {
    try {
      return appointmentFromRow(await inTransaction(this.pool, (client) => this.bookIn(client, request, at)));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const earlier = await this.one('request_key', request.requestKey);
      if (earlier) return earlier;
      if (error.constraint === 'appointments_one_per_slot') throw new SlotTakenError(request.slotId, { cause: error });
      throw error;
    }
  }

  async upcoming(memberId: string, from: Date): Promise<Appointment[]> {
    const { rows } = await this.pool.query<AppointmentRow>(
      `SELECT ${COLUMNS} FROM appointments WHERE member_id = $1 AND status = 'booked' AND starts_at >= $2 ORDER BY starts_at`,
      [memberId, from],
    );
    return rows.map(appointmentFromRow);
  }

  async find(confirmation: string): Promise<Appointment | undefined> {
    return this.one('confirmation', confirmation);
  }

  async cancel(memberId: string, confirmation: string, at: Date): Promise<Appointment> {
    await this.pool.query(CANCEL, [at, confirmation, memberId]);
    const appointment = await this.find(confirmation);
    if (!appointment || appointment.memberId !== memberId) throw new NotFoundError('appointment');
    return appointment;
  }

  async startingBetween(from: Date, to: Date): Promise<Appointment[]> {
    const { rows } = await this.pool.query<AppointmentRow>(
      `SELECT ${COLUMNS} FROM appointments WHERE status = 'booked' AND starts_at >= $1 AND starts_at < $2 ORDER BY starts_at`,
      [from, to],
    );
    return rows.map(appointmentFromRow);
  }

  private async bookIn(client: pg.PoolClient, request: AppointmentRequest, at: Date): Promise<AppointmentRow> {
    const earlier = await client.query<AppointmentRow>(`SELECT ${COLUMNS} FROM appointments WHERE request_key = $1`, [request.requestKey]);
    if (earlier.rows[0]) return earlier.rows[0];
    if (request.replaces) await client.query(CANCEL, [at, request.replaces, request.memberId]);
    const inserted = await client.query<AppointmentRow>(
      `INSERT INTO appointments (confirmation, member_id, slot_id, provider_id, starts_at, minutes, status, request_key, booked_at)
       SELECT $1, $2, id, provider_id, starts_at, minutes, 'booked', $3, $4 FROM slots WHERE id = $5
       RETURNING ${COLUMNS}`,
      [newConfirmation('A'), request.memberId, request.requestKey, at, request.slotId],
    );
    if (!inserted.rows[0]) throw new NotFoundError('slot');
    return inserted.rows[0];
  }

  /** The appointment whose (unique) `column` holds `value`; the column name is never from input. */
  private async one(column: 'confirmation' | 'request_key', value: string): Promise<Appointment | undefined> {
    const { rows } = await this.pool.query<AppointmentRow>(`SELECT ${COLUMNS} FROM appointments WHERE ${column} = $1`, [value]);
    return rows[0] ? appointmentFromRow(rows[0]) : undefined;
  }
}

/** PostgreSQL refused a row a unique index already holds (SQLSTATE 23505). */
function isUniqueViolation(error: unknown): error is { code: string; constraint?: string } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
