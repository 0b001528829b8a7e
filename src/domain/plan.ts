import { z } from 'zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour clock)');

/** How members reach a person at the plan: the number they call and when someone answers. */
export const memberServicesSchema = z.object({
  phone: z.string().min(7),
  open: clockTime,
  close: clockTime,
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as America/New_York'),
});

/** The plan file. Benefits, ride rules and counters join this schema with their features. */
export const planSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  memberServices: memberServicesSchema,
});

export type Plan = z.infer<typeof planSchema>;
export type MemberServices = z.infer<typeof memberServicesSchema>;
