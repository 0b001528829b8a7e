import { z } from 'zod';
import { handoffReasons } from './handoff';

/** A member's answer to the survey after a handoff (SPEC §1: CSAT 1-5, optional NPS 0-10). */
export const feedbackSchema = z.object({
  handoffId: z.string().optional(),
  channel: z.string(),
  language: z.string(),
  reason: z.enum(handoffReasons).optional(),
  satisfaction: z.number().int().min(1).max(5),
  recommendation: z.number().int().min(0).max(10).optional(),
  at: z.date(),
});

export type Feedback = z.infer<typeof feedbackSchema>;
