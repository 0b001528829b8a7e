import { EventFactory, type Activity, type TurnContext } from 'botbuilder';
import type { ConversationRef, HandoffPacket, TranscriptLine } from '../domain/handoff';
import type { HandoffHub, HandoffTicket } from '../ports/handoffHub';
import type { Logger } from '../ports/logger';

/**
 * A contact-center hub outside Carebridge: the packet travels as the Bot Framework's
 * `handoff.initiate` event (with the transcript), and the hub answers with `handoff.status`.
 * Messages, call-backs and leaving the line are the hub's business once it has the member.
 */
export class ExternalHub implements HandoffHub {
  constructor(private readonly logger: Logger) {}

  async request(context: TurnContext, packet: HandoffPacket): Promise<HandoffTicket> {
    const activities = packet.transcript.map(
      (line): Partial<Activity> => ({
        type: 'message',
        text: line.text,
        timestamp: line.at,
        from: line.from === 'member' ? { id: context.activity.from.id, name: 'member', role: 'user' } : { id: 'carebridge', name: line.from, role: 'bot' },
      }),
    );
    await context.sendActivity(EventFactory.createHandoffInitiation(context, packet, { activities: activities as Activity[] }));
    return { kind: 'external' };
  }

  async memberWrote(_handoffId: string, _line: TranscriptLine): Promise<void> {}

  async callBack(packet: HandoffPacket, conversation: ConversationRef): Promise<void> {
    this.logger.warn({ channel: conversation.channelId, reason: packet.reason }, 'a call-back was asked for, but the external hub takes call-backs itself');
  }

  async leave(_handoffId: string): Promise<void> {}
}
