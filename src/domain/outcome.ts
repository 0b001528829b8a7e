import { z } from 'zod';

/** What a conversation achieved for the member (SPEC §1: success differs per member). */
export const outcomeTypes = [
  'benefit.answered',
  'balance.shown',
  'identity.verified',
  'identity.locked',
  'extraHelp.screened',
  'appointment.booked',
  'appointment.changed',
  'appointment.cancelled',
  'ride.booked',
  'ride.cancelled',
  'handoff.requested',
  'callback.requested',
  'survey.answered',
  'conversation.started',
  'need.screened',
  'need.referred',
  'crisis.referral',
] as const;

export const outcomeSchema = z.object({
  type: z.enum(outcomeTypes),
  channel: z.string(),
  language: z.string(),
  /** A code, never member data ("dental", "mayQualify"). */
  detail: z.string().max(64).optional(),
  /** The conversation it happened in (to tell conversations the assistant resolved from those handed off). */
  conversationId: z.string().max(200).optional(),
  at: z.date(),
});

export type Outcome = z.infer<typeof outcomeSchema>;
