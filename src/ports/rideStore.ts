import type { Ride, RideRequest, RideStatus } from '../domain/ride';

/** Booked rides. Booking is idempotent on the request key: a retry returns the same ride. */
export interface RideStore {
  book(request: RideRequest, at: Date): Promise<Ride>;
  /** Rides of a member that are not cancelled and pick up at or after `from`, soonest first. */
  upcoming(memberId: string, from: Date): Promise<Ride[]>;
  find(confirmation: string): Promise<Ride | undefined>;
  /** One-way trips of rides booked and not cancelled with a pickup in [from, to). */
  legsBetween(memberId: string, from: Date, to: Date): Promise<number>;
  /** Cancels the member's ride; cancelling a cancelled ride changes nothing. */
  cancel(memberId: string, confirmation: string): Promise<Ride>;
  /** The transport company's news about a ride (driver assigned, on the way, done). */
  setStatus(confirmation: string, status: RideStatus): Promise<Ride>;
  /** Rides not cancelled picking up in [from, to), for reminders. */
  startingBetween(from: Date, to: Date): Promise<Ride[]>;
}
