import { z } from 'zod';
import { languageSchema } from './language';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

export const addressSchema = z.object({
  street: z.string().min(1),
  city: z.string().min(1),
  state: z.string().length(2),
  zip: z.string().regex(/^\d{5}$/),
});

/** A member of the plan, as the assistant may know them after identity verification. */
export const memberSchema = z.object({
  id: z.string().regex(/^[A-Z]\d{8}$/, 'member ids look like M12345678'),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  birthDate: isoDate,
  /** E.164, e.g. +15555550123. */
  phone: z.string().regex(/^\+1\d{10}$/).optional(),
  language: languageSchema,
  address: addressSchema,
  mobility: z.enum(['walks', 'cane', 'walker', 'wheelchair', 'stretcher']),
  hasCar: z.boolean(),
  needsInterpreter: z.boolean(),
  careCoordinatorId: z.string().optional(),
  /** The member's own doctor (PCP): booked by default. */
  primaryCareProviderId: z.string().optional(),
  /** Programs that make a member automatically eligible for Extra Help. */
  enrolledIn: z.array(z.enum(['medicaid', 'msp', 'ssi'])).default([]),
  otcSpentThisQuarter: z.number().nonnegative(),
  ridesUsedThisYear: z.number().int().nonnegative(),
});

export type Member = z.infer<typeof memberSchema>;
export type Address = z.infer<typeof addressSchema>;
