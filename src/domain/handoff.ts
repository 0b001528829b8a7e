import { z } from 'zod';
import { languageSchema } from './language';

/** Why a member is handed to a person (SPEC §9 triggers). */
export const handoffReasons = ['asked', 'notUnderstood', 'complaint', 'safety', 'identityLocked', 'bookingFailed', 'socialNeed'] as const;
export const handoffStatuses = ['waiting', 'active', 'callback', 'ended'] as const;

/** One line of what was said, for the agent's transcript. */
export const transcriptLineSchema = z.object({
  from: z.enum(['member', 'assistant', 'agent']),
  text: z.string().max(4000),
  at: z.date(),
});

/**
 * The handoff packet (SPEC §9): everything a person needs so the member never starts over. The
 * summary holds codes and values, rendered for each agent in the agent's own language.
 */
export const handoffPacketSchema = z.object({
  member: z.object({
    id: z.string().optional(),
    name: z.string().optional(),
    verified: z.boolean(),
  }),
  language: languageSchema,
  interpreter: z.boolean(),
  channel: z.string(),
  reason: z.enum(handoffReasons),
  urgency: z.enum(['urgent', 'normal']),
  summary: z.object({
    /** Intents the member asked for, in order (`ride.book`…). */
    wanted: z.array(z.string()).max(20),
    /** What the assistant did (`appointment.booked:A7K3M9P`…). */
    done: z.array(z.string()).max(20),
    /** What is left (the dialog the member was in, and its step). */
    pending: z.array(z.string()).max(10),
  }),
  transcript: z.array(transcriptLineSchema).max(200),
  /** A booking the assistant could not finish, as far as it got. */
  pendingBooking: z.record(z.string(), z.unknown()).optional(),
  flags: z.object({
    social: z.array(z.string()).default([]),
    accessibility: z.array(z.string()).default([]),
  }),
  /** The member's care coordinator, offered the handoff first. */
  preferredAgentId: z.string().optional(),
  /** Agents with this language (or the interpreter flag) take it when the coordinator does not. */
  fallbackQueue: z.object({ language: languageSchema }),
});

/** Where the member's conversation is, so an agent's reply reaches them on their own channel. */
export const conversationRefSchema = z.object({
  channelId: z.string(),
  conversationId: z.string(),
  userId: z.string(),
  /** For SMS members: the phone replies are texted to. */
  phone: z.string().optional(),
});

export const handoffSchema = z.object({
  id: z.string(),
  packet: handoffPacketSchema,
  conversation: conversationRefSchema,
  status: z.enum(handoffStatuses),
  createdAt: z.date(),
  /** Until then only the preferred agent may take it. */
  offeredUntil: z.date().optional(),
  agentId: z.string().optional(),
  /** Where to call the member back, when they asked for a call instead of waiting. */
  callbackPhone: z.string().optional(),
  acceptedAt: z.date().optional(),
  endedAt: z.date().optional(),
});

export type HandoffPacket = z.infer<typeof handoffPacketSchema>;
export type Handoff = z.infer<typeof handoffSchema>;
export type HandoffReason = (typeof handoffReasons)[number];
export type HandoffStatus = (typeof handoffStatuses)[number];
export type ConversationRef = z.infer<typeof conversationRefSchema>;
export type TranscriptLine = z.infer<typeof transcriptLineSchema>;
