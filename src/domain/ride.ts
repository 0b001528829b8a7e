import { z } from 'zod';
import { addressSchema } from './member';

export const rideMobilities = ['walks', 'wheelchair', 'stretcher'] as const;
export const rideTrips = ['oneWay', 'roundTrip', 'willCall'] as const;
export const sameDayReasons = ['dialysis', 'discharge', 'urgentCare'] as const;
/** Where a ride is; the transport company moves it along, the member or the bot may cancel it. */
export const rideStatuses = ['scheduled', 'driverAssigned', 'onTheWay', 'completed', 'cancelled'] as const;

/** Everything a ride booking needs (SPEC §8), before it has a confirmation number. */
export const rideRequestSchema = z.object({
  memberId: z.string(),
  /** The visit the ride is for, when it was booked here. */
  appointment: z.string().optional(),
  pickup: addressSchema,
  destination: addressSchema,
  /** The provider's or place's name, as the driver and member read it. */
  destinationName: z.string().max(120).optional(),
  visitAt: z.date(),
  pickupAt: z.date(),
  mobility: z.enum(rideMobilities),
  escort: z.boolean(),
  trip: z.enum(rideTrips),
  sameDayReason: z.enum(sameDayReasons).optional(),
  miles: z.number().nonnegative(),
  /** The same key always gives the same ride, however often the request is retried. */
  requestKey: z.string().min(8),
});

export const rideSchema = rideRequestSchema.extend({
  confirmation: z.string().regex(/^R[0-9A-Z]{6}$/),
  status: z.enum(rideStatuses),
  bookedAt: z.date(),
});

export type RideRequest = z.infer<typeof rideRequestSchema>;
export type Ride = z.infer<typeof rideSchema>;
export type RideMobility = (typeof rideMobilities)[number];
export type RideTrip = (typeof rideTrips)[number];
export type SameDayReason = (typeof sameDayReasons)[number];
export type RideStatus = (typeof rideStatuses)[number];

/** One-way trips a ride uses from the member's yearly allowance: a return trip counts too. */
export function legsOf(trip: RideTrip): number {
  return trip === 'oneWay' ? 1 : 2;
}
