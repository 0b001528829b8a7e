import type { MemberServices } from '../domain/plan';
import { localMinutes } from '../domain/zonedTime';

/** True when Member Services answers now (every day, from `open` to `close` in the plan's time zone). */
export function isOpen(services: MemberServices, now: Date): boolean {
  const minutes = localMinutes(now, services.timeZone);
  return minutes >= toMinutes(services.open) && minutes < toMinutes(services.close);
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
