import { z } from 'zod';

/** The Bot Framework's handoff events (botbuilder's `HandoffEventNames`), and the console's reply to a member. */
export const HANDOFF_INITIATE = 'handoff.initiate';
export const HANDOFF_STATUS = 'handoff.status';
export const AGENT_MESSAGE = 'carebridge.agentMessage';

/**
 * `handoff.status` from a hub: accepted, failed or completed. The embedded hub adds who took it, and
 * whether the person handed the member back to the assistant (no survey then).
 */
export const handoffStatusSchema = z.object({
  state: z.enum(['accepted', 'failed', 'completed']),
  message: z.string().max(500).optional(),
  agentName: z.string().max(80).optional(),
  returnToAssistant: z.boolean().optional(),
});

export const agentMessageSchema = z.object({
  agentName: z.string().max(80),
  text: z.string().min(1).max(1000),
});

export type HandoffStatusValue = z.infer<typeof handoffStatusSchema>;
export type AgentMessageValue = z.infer<typeof agentMessageSchema>;
