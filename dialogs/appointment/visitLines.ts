import type { Language } from '../../src/domain/language';
import type { Provider } from '../../src/domain/provider';
import type { Line, Replies } from '../shared/replies';

/** "Dr. Ana Rivera habla español.", said when a provider speaks the member's language (not English); each locale names its own language. */
export function speaksLine(language: Language, provider: Provider | undefined): Line[] {
  if (!provider || language === 'en' || !provider.languages.includes(language)) return [];
  return [['appointments:offer.speaks', { provider: provider.name }]];
}

/** "Tuesday, December 8 at 10:00 AM, Dr. Ana Rivera" */
export function slotLabel(replies: Replies, language: Language, startsAt: Date, provider: Provider | undefined): Line {
  return ['appointments:offer.slotWith', { when: replies.calendar.dateTime(language, startsAt), provider: provider?.name ?? '' }];
}
