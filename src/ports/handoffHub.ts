import type { TurnContext } from 'botbuilder';
import type { ConversationRef, HandoffPacket, TranscriptLine } from '../domain/handoff';

/** What the assistant can tell the member after asking for a person. */
export type HandoffTicket =
  /** In the embedded hub's line: their place (1 = next) and about how long, in minutes. */
  | { kind: 'queued'; handoffId: string; place: number; waitMinutes: number }
  /** Nobody can answer now (outside the hours of Member Services, or nobody free who may take it): a call-back can be asked for. */
  | { kind: 'closed'; why: 'hours' | 'busy' }
  /** An external contact-center hub got `handoff.initiate` and answers with `handoff.status`. */
  | { kind: 'external' };

/**
 * Where a member goes for a person (SPEC §9): the embedded hub (the agent console) or an external
 * contact-center hub reached through the Bot Framework handoff events.
 */
export interface HandoffHub {
  request(context: TurnContext, packet: HandoffPacket, conversation: ConversationRef): Promise<HandoffTicket>;
  /** The member wrote while waiting or talking with the person. */
  memberWrote(handoffId: string, line: TranscriptLine): Promise<void>;
  /** The member would rather be called back (an open handoff becomes a call-back request, or a new one is made). */
  callBack(packet: HandoffPacket, conversation: ConversationRef, phone: string, handoffId?: string): Promise<void>;
  /** The member left the line (started over). */
  leave(handoffId: string): Promise<void>;
}
