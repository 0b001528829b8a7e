import { z } from 'zod';

/** A time a provider can see a member; open until an appointment holds it. */
export const slotSchema = z.object({
  id: z.string().min(1),
  providerId: z.string().min(1),
  startsAt: z.date(),
  minutes: z.number().int().positive(),
});

export const appointmentStatuses = ['booked', 'cancelled'] as const;

/** A booked (or cancelled) visit; the confirmation number is what the member reads and says back. */
export const appointmentSchema = z.object({
  confirmation: z.string().regex(/^A[0-9A-Z]{6}$/),
  memberId: z.string(),
  providerId: z.string(),
  slotId: z.string(),
  startsAt: z.date(),
  minutes: z.number().int().positive(),
  status: z.enum(appointmentStatuses),
  bookedAt: z.date(),
});

/** What a member asked to book; the same request key always gives the same appointment. */
export interface AppointmentRequest {
  memberId: string;
  slotId: string;
  requestKey: string;
  /** The confirmation of a booked visit this one replaces (a change): cancelled in the same step. */
  replaces?: string;
}

export type Slot = z.infer<typeof slotSchema>;
export type Appointment = z.infer<typeof appointmentSchema>;
