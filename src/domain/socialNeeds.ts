import { z } from 'zod';

/** What the social-needs screening asks about (SPEC §1): food, housing, transport, utilities, and safety at home. */
export const screeningNeeds = ['food', 'housing', 'transport', 'utilities', 'safety'] as const;
export type ScreeningNeed = (typeof screeningNeeds)[number];

/** A member's last screening: the needs they said yes to, or that they said no to the questions. */
export const screeningSchema = z.object({
  declined: z.boolean(),
  needs: z.array(z.enum(screeningNeeds)),
  at: z.date(),
});

export type Screening = z.infer<typeof screeningSchema>;

/**
 * Where the question about safety at home may be asked (SPEC §1): on web chat and on the phone; on
 * SMS only when the member says yes first (texts can be seen by others on a shared phone).
 */
export function safetyQuestionOn(channelId: string): 'ask' | 'askFirst' {
  return ['directline', 'webchat', 'voice', 'msteams', 'emulator'].includes(channelId) ? 'ask' : 'askFirst';
}
