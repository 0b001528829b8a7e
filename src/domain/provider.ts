import { z } from 'zod';
import { specialties } from './intents';
import { languageSchema } from './language';
import { addressSchema } from './member';

/** A doctor or clinic members can book with (SPEC §7). */
export const providerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  /** The name as members read it ("Dr. Ana Rivera"); a proper name, the same in every language. */
  name: z.string().min(1),
  specialty: z.enum(specialties),
  /** Languages the provider or the office staff speak with patients. */
  languages: z.array(languageSchema).min(1),
  address: addressSchema,
  phone: z.string().min(7),
  /** Step-free entrance, accessible exam room and restroom. */
  wheelchairAccessible: z.boolean(),
});

export type Provider = z.infer<typeof providerSchema>;
