import type { SqliteDatabase } from './openSqlite';
import type { AppointmentStore, OpenSlotQuery } from '../../ports/appointmentStore';
import type { Appointment, AppointmentRequest, Slot } from '../../domain/appointment';
import { newConfirmation } from '../../domain/confirmation';
import { NotFoundError, SlotTakenError } from '../../domain/errors';
import { APPOINTMENT_COLUMNS, appointmentFromRow, type AppointmentRow } from '../appointmentRow';

const COLUMNS = APPOINTMENT_COLUMNS;

/**
 * Slots and appointments in the embedded database. A partial unique index (one booked
 * appointment per slot) is what stops a double booking; a unique request key makes retries safe.
 */
export class SqliteAppointmentStore implements AppointmentStore {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      addSlot: db.prepare('INSERT OR IGNORE INTO slots (id, provider_id, starts_at, minutes) VALUES (?, ?, ?, ?)'),
      slot: db.prepare('SELECT id, provider_id, starts_at, minutes FROM slots WHERE id = ?'),
      byRequest: db.prepare(`SELECT ${COLUMNS} FROM appointments WHERE request_key = ?`),
      byConfirmation: db.prepare(`SELECT ${COLUMNS} FROM appointments WHERE confirmation = ?`),
      insert: db.prepare(
        `INSERT INTO appointments (confirmation, member_id, slot_id, provider_id, starts_at, minutes, status, request_key, booked_at)
         VALUES (?, ?, ?, ?, ?, ?, 'booked', ?, ?)`,
      ),
      cancel: db.prepare(`UPDATE appointments SET status = 'cancelled', cancelled_at = ? WHERE confirmation = ? AND member_id = ? AND status = 'booked'`),
      upcoming: db.prepare(`SELECT ${COLUMNS} FROM appointments WHERE member_id = ? AND status = 'booked' AND starts_at >= ? ORDER BY starts_at`),
      between: db.prepare(`SELECT ${COLUMNS} FROM appointments WHERE status = 'booked' AND starts_at >= ? AND starts_at < ? ORDER BY starts_at`),
    };
  }

  async addSlots(slots: Slot[]): Promise<number> {
    let added = 0;
    this.db.transaction(() => {
      for (const s of slots) added += this.statements.addSlot.run(s.id, s.providerId, s.startsAt.toISOString(), s.minutes).changes;
    })();
    return added;
  }

  async openSlots({ providerIds, from, to, limit }: OpenSlotQuery): Promise<Slot[]> {
    if (providerIds.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT s.id, s.provider_id, s.starts_at, s.minutes FROM slots s
         WHERE s.provider_id IN (${providerIds.map(() => '?').join(', ')}) AND s.starts_at >= ? AND s.starts_at < ?
           AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.slot_id = s.id AND a.status = 'booked')
         ORDER BY s.starts_at, s.provider_id LIMIT ?`,
      )
      .all(...providerIds, from.toISOString(), to.toISOString(), limit) as SlotRow[];
    return rows.map(toSlot);
  }

  async book(request: AppointmentRequest, at: Date): Promise<Appointment> {
    const run = this.db.transaction((): AppointmentRow => {
      const earlier = this.statements.byRequest.get(request.requestKey) as AppointmentRow | undefined;
      if (earlier) return earlier;
      const slot = this.statements.slot.get(request.slotId) as SlotRow | undefined;
      if (!slot) throw new NotFoundError('slot');
      if (request.replaces) this.statements.cancel.run(at.toISOString(), request.replaces, request.memberId);
      const confirmation = newConfirmation('A');
      this.statements.insert.run(confirmation, request.memberId, slot.id, slot.provider_id, slot.starts_at, slot.minutes, request.requestKey, at.toISOString());
      return this.statements.byConfirmation.get(confirmation) as AppointmentRow;
    });
    try {
      return appointmentFromRow(run.immediate());
    } catch (error) {
      if (isSlotConflict(error)) {
        throw new SlotTakenError(request.slotId, { cause: error });
      }
      throw error;
    }
  }

  async upcoming(memberId: string, from: Date): Promise<Appointment[]> {
    return (this.statements.upcoming.all(memberId, from.toISOString()) as AppointmentRow[]).map(appointmentFromRow);
  }

  async find(confirmation: string): Promise<Appointment | undefined> {
    const row = this.statements.byConfirmation.get(confirmation) as AppointmentRow | undefined;
    return row ? appointmentFromRow(row) : undefined;
  }

  async cancel(memberId: string, confirmation: string, at: Date): Promise<Appointment> {
    this.statements.cancel.run(at.toISOString(), confirmation, memberId);
    const row = this.statements.byConfirmation.get(confirmation) as AppointmentRow | undefined;
    if (!row || row.member_id !== memberId) throw new NotFoundError('appointment');
    return appointmentFromRow(row);
  }

  async startingBetween(from: Date, to: Date): Promise<Appointment[]> {
    return (this.statements.between.all(from.toISOString(), to.toISOString()) as AppointmentRow[]).map(appointmentFromRow);
  }
}

interface SlotRow {
  id: string;
  provider_id: string;
  starts_at: string;
  minutes: number;
}

function toSlot(row: SlotRow): Slot {
  return { id: row.id, providerId: row.provider_id, startsAt: new Date(row.starts_at), minutes: row.minutes };
}

/**
 * The one-booking-per-slot index refused the insert. Read by code, not by class: better-sqlite3's
 * native part makes its errors with the class of the first module instance that loaded it.
 */
function isSlotConflict(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('slot_id');
}
