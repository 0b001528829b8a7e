import type { i18n as I18n } from 'i18next';
import type { Handoff } from '../domain/handoff';
import { languageTraits, type Language } from '../domain/language';

/** Words for the agent, in the agent's console language. */
export class AgentWords {
  constructor(private readonly i18n: I18n) {}

  t(language: Language, key: string, vars: Record<string, unknown> = {}): string {
    return this.i18n.t(key, { lng: language, ns: 'agent', ...vars });
  }

  /** A language's name in the agent's language ("Korean", "coreano"). */
  languageName(agentLanguage: Language, code: string): string {
    try {
      return new Intl.DisplayNames([languageTraits[agentLanguage].tag], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** A code's own words if the locale has them (`intent.ride.book`), else the code itself. */
  code(language: Language, group: string, code: string): string {
    const key = `${group}.${code.replace(/[.:]/g, '_')}`;
    return this.i18n.exists(key, { lng: 'en', ns: 'agent' }) ? this.t(language, key) : code;
  }

  list(language: Language, items: string[]): string {
    return new Intl.ListFormat(languageTraits[language].tag, { type: 'conjunction' }).format(items);
  }
}

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
