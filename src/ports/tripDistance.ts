import type { Address } from '../domain/member';

/** How far a ride goes, for the plan's mileage cap. */
export interface TripDistance {
  /** Road miles from one address to another, or undefined when an address cannot be placed. */
  miles(from: Address, to: Address): number | undefined;
  /** The city and state of a ZIP code the service knows, to complete an address a member gives. */
  placeOf(zip: string): { city: string; state: string } | undefined;
}
