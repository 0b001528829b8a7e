import type { Handoff } from '../domain/handoff';
import type { Language } from '../domain/language';
import type { AgentWords } from './agentWords';

/**
 * The plain summary an agent reads first (SPEC §9): who, in which language, why, what the member
 * wanted, what the assistant did and what is left, in the agent's language, from the packet's codes.
 */
export function summaryLines(words: AgentWords, language: Language, handoff: Handoff, coordinatorName?: string): string[] {
  const { packet } = handoff;
  const t = (key: string, vars?: Record<string, unknown>) => words.t(language, key, vars);
  const codes = (group: string, items: string[]) => words.list(language, items.map((item) => words.code(language, group, item.split(':')[0])));
  const lines = [
    packet.member.verified ? t('summary.member', { name: packet.member.name, id: packet.member.id }) : t('summary.memberUnverified'),
    t('summary.language', { language: words.languageName(language, packet.language) }),
    ...(packet.interpreter ? [t('summary.interpreter')] : []),
    t('summary.channel', { channel: words.code(language, 'channel', packet.channel) }),
    t(packet.urgency === 'urgent' ? 'summary.reasonUrgent' : 'summary.reason', { reason: words.code(language, 'reason', packet.reason) }),
    packet.summary.wanted.length ? t('summary.wanted', { items: codes('intent', packet.summary.wanted) }) : t('summary.wantedNone'),
    packet.summary.done.length ? t('summary.done', { items: codes('done', packet.summary.done) }) : t('summary.doneNone'),
    ...(packet.summary.pending.length ? [t('summary.pending', { items: codes('pending', packet.summary.pending) })] : []),
    ...(packet.pendingBooking ? [t('summary.pendingBooking', { details: bookingDetails(packet.pendingBooking) })] : []),
    ...(packet.flags.accessibility.length ? [t('summary.needs', { items: codes('need', packet.flags.accessibility) })] : []),
    ...(packet.flags.social.length ? [t('summary.social', { items: codes('social', packet.flags.social) })] : []),
    ...(coordinatorName ? [t('summary.coordinator', { name: coordinatorName })] : []),
    ...(handoff.callbackPhone ? [t('summary.callback', { phone: handoff.callbackPhone })] : []),
  ];
  return lines;
}

/** "kind: ride, mobility: wheelchair": the simple values of a half-finished booking. */
function bookingDetails(booking: Record<string, unknown>): string {
  return Object.entries(booking)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .slice(0, 12)
    .join(', ');
}
