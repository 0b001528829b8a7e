import type { Appointment, AppointmentRequest, Slot } from '../domain/appointment';

export interface OpenSlotQuery {
  providerIds: string[];
  from: Date;
  to: Date;
  limit: number;
}

/**
 * Open times and booked visits. The store, not the dialog, makes a double booking impossible:
 * of several members racing for one slot exactly one gets it, the others get `SlotTakenError`.
 */
export interface AppointmentStore {
  /** Adds slots; ones already there are left as they are. Returns how many were new. */
  addSlots(slots: Slot[]): Promise<number>;
  openSlots(query: OpenSlotQuery): Promise<Slot[]>;
  /** Books (and cancels `replaces` in the same step). Retrying a request key returns the first result. */
  book(request: AppointmentRequest, at: Date): Promise<Appointment>;
  /** Booked visits of a member starting at or after `from`, soonest first. */
  upcoming(memberId: string, from: Date): Promise<Appointment[]>;
  find(confirmation: string): Promise<Appointment | undefined>;
  /** Cancels the member's visit; cancelling a cancelled visit changes nothing. */
  cancel(memberId: string, confirmation: string, at: Date): Promise<Appointment>;
  /** Booked visits starting in [from, to), for reminders. */
  startingBetween(from: Date, to: Date): Promise<Appointment[]>;
}
