import { appointmentSchema, type Appointment } from '../domain/appointment';

/** The `appointments` columns both databases read back; times come as ISO text (SQLite) or dates (PostgreSQL). */
export interface AppointmentRow {
  confirmation: string;
  member_id: string;
  slot_id: string;
  provider_id: string;
  starts_at: string | Date;
  minutes: number;
  status: string;
  booked_at: string | Date;
}

export const APPOINTMENT_COLUMNS = 'confirmation, member_id, slot_id, provider_id, starts_at, minutes, status, booked_at';

/** An appointment from its row, checked by the domain schema. */
export function appointmentFromRow(row: AppointmentRow): Appointment {
  return appointmentSchema.parse({
    confirmation: row.confirmation,
    memberId: row.member_id,
    slotId: row.slot_id,
    providerId: row.provider_id,
    startsAt: new Date(row.starts_at),
    minutes: row.minutes,
    status: row.status,
    bookedAt: new Date(row.booked_at),
  });
}
