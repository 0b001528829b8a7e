import type { Handoff, HandoffStatus, TranscriptLine } from '../domain/handoff';

/**
 * The embedded hub's queue of members waiting for a person, shared by every instance. A
 * conversation has at most one open handoff; of agents accepting at once, exactly one gets it.
 */
export interface HandoffQueue {
  /** Adds a waiting handoff; a conversation that already has an open one keeps it (returned). */
  open(handoff: Handoff): Promise<Handoff>;
  find(id: string): Promise<Handoff | undefined>;
  /** The conversation's handoff that is waiting or with an agent, if any. */
  openFor(conversationId: string): Promise<Handoff | undefined>;
  /** Handoffs in this state, oldest first; with `agentId`, only that agent's. */
  withStatus(status: HandoffStatus, agentId?: string): Promise<Handoff[]>;
  /** Gives the waiting handoff to the agent; false when someone else took it first (or it ended). */
  accept(id: string, agentId: string, at: Date): Promise<boolean>;
  /** Adds a line to the transcript the agent reads. */
  append(id: string, line: TranscriptLine): Promise<void>;
  /** Ends the handoff (done, back to the assistant) or turns it into a call-back request. */
  close(id: string, status: 'ended' | 'callback', at: Date): Promise<Handoff>;
}
