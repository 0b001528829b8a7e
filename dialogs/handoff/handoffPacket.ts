import type { TurnContext } from 'botbuilder';
import type { HandoffPacket, ConversationRef, HandoffReason } from '../../src/domain/handoff';
import type { Member } from '../../src/domain/member';
import { turnLanguage } from '../shared/turnKeys';
import type { JournalView } from '../shared/journal';
import { callerPhone } from '../identity/callerPhone';

export interface PacketInput {
  reason: HandoffReason;
  urgency: 'urgent' | 'normal';
  member?: Member;
  journal: JournalView;
  /** The dialogs the member was in when they asked (`bookRide`…), innermost last. */
  pending: string[];
  pendingBooking?: Record<string, unknown>;
  /** Needs the member told the social-needs screening about. */
  social: string[];
}

/** Mobility needs a person should know before they arrange anything. */
const accessibilityNeeds = new Set(['cane', 'walker', 'wheelchair', 'stretcher']);

/** The handoff packet (SPEC §9) from what the assistant knows and recorded in this conversation. */
export function buildPacket(context: TurnContext, input: PacketInput): HandoffPacket {
  const { member, journal } = input;
  const language = turnLanguage(context);
  return {
    member: member ? { id: member.id, name: `${member.firstName} ${member.lastName}`, verified: true } : { verified: false },
    language,
    interpreter: member?.needsInterpreter ?? language !== 'en',
    channel: context.activity.channelId,
    reason: input.reason,
    urgency: input.urgency,
    summary: { wanted: unique(journal.wanted), done: unique(journal.done), pending: input.pending.slice(-10) },
    transcript: journal.lines.map((line) => ({ ...line, at: new Date(line.at) })),
    ...(input.pendingBooking ? { pendingBooking: input.pendingBooking } : {}),
    flags: {
      social: input.social,
      accessibility: [
        ...(member && accessibilityNeeds.has(member.mobility) ? [`mobility.${member.mobility}`] : []),
        ...(member?.needsInterpreter ? ['interpreter'] : []),
      ],
    },
    ...(member?.careCoordinatorId ? { preferredAgentId: member.careCoordinatorId } : {}),
    fallbackQueue: { language },
  };
}

/** Where the member's conversation is, so a person's replies reach them on their own channel. */
export function conversationOf(context: TurnContext): ConversationRef {
  const { activity } = context;
  const phone = callerPhone(activity);
  return {
    channelId: activity.channelId,
    conversationId: activity.conversation.id,
    userId: activity.from.id,
    ...(phone ? { phone } : {}),
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)].slice(-20);
}
