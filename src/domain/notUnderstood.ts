import { z } from 'zod';

/** A message the assistant did not understand, kept for supervisors (its text is shown to no one else). */
export const notUnderstoodSchema = z.object({
  text: z.string().max(2000),
  language: z.string(),
  channel: z.string(),
  at: z.date(),
});

export type NotUnderstood = z.infer<typeof notUnderstoodSchema>;
