import type { Plan } from '../../src/domain/plan';
import type { Member } from '../../src/domain/member';
import type { SameDayReason } from '../../src/domain/ride';
import { businessDaysBetween, localDay, zonedInstant } from '../../src/domain/zonedTime';
import type { RideStore } from '../../src/ports/rideStore';

/** One-way rides the member may still book this year: the plan's allowance less used and booked ones. */
export function ridesLeft(plan: Plan, member: Member, legsBooked: number): number {
  return Math.max(0, plan.rides.oneWayRidesPerYear - member.ridesUsedThisYear - legsBooked);
}

/** True when the visit day is far enough ahead for the plan's notice (business days, SPEC §8). */
export function hasNotice(plan: Plan, today: string, visitDay: string): boolean {
  return businessDaysBetween(today, visitDay) >= plan.rides.noticeBusinessDays;
}

/** The same-day reasons the plan accepts, in the order the member is asked. */
export function sameDayReasons(plan: Plan): SameDayReason[] {
  return plan.rides.sameDayAllowedFor;
}

/** One-way rides booked (not cancelled) for this calendar year in the plan's time zone. */
export function legsBookedThisYear(rides: RideStore, memberId: string, now: Date, timeZone: string): Promise<number> {
  const year = Number(localDay(now, timeZone).slice(0, 4));
  return rides.legsBetween(memberId, zonedInstant(`${year}-01-01`, '00:00', timeZone), zonedInstant(`${year + 1}-01-01`, '00:00', timeZone));
}
