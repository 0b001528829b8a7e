import { z } from 'zod';
import { languageSchema } from './language';

/** A person who takes handoffs in the agent console (a care coordinator, a member-services agent, a supervisor). */
export const agentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.string().min(1),
  /** The language the console is shown in for this agent. */
  consoleLanguage: languageSchema,
  /** Languages the agent serves members in. */
  languages: z.array(languageSchema).min(1),
  /** Can bring in an interpreter for any language. */
  interpreter: z.boolean(),
  role: z.enum(['agent', 'supervisor']),
  available: z.boolean(),
});

export type Agent = z.infer<typeof agentSchema>;
