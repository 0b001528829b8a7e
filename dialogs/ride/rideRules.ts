import type { Plan } from '../../src/domain/plan';
import type { Member } from '../../src/domain/member';
import type { SameDayReason } from '../../src/domain/ride';
import { businessDaysBetween } from '../../src/domain/zonedTime';

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
