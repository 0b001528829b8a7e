import { z } from 'zod';
import { languageSchema } from './language';

/** What the assistant remembers about a member across conversations and channels. */
export const memberPreferencesSchema = z.object({
  language: languageSchema.optional(),
  /** True once the member chose the language themselves (menu, language word or page picker). */
  languageChosen: z.boolean().default(false),
});

export type MemberPreferences = z.infer<typeof memberPreferencesSchema>;
