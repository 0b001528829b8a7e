import { languages, type Language } from '../domain/language';
import type { LexiconSet } from './lexicon';
import { PhraseList, toUtterance } from './phraseMatcher';

export interface SafetyFinding {
  crisis: boolean;
  emergency: boolean;
  /** The language whose phrase matched: the member's own when it matched there. */
  language: Language;
}

/**
 * The phrase screen that runs before anything else on every message. It checks the member's
 * language first and then every other one, because recall matters more than anything here.
 */
export class SafetyScreen {
  private readonly lists: Record<Language, { crisis: PhraseList; emergency: PhraseList }>;

  constructor(lexicons: LexiconSet) {
    this.lists = Object.fromEntries(
      languages.map((lng) => {
        const { crisis, emergency } = lexicons.byLanguage[lng].safety;
        const options = { markSensitive: lng === 'vi' };
        return [lng, { crisis: new PhraseList(crisis, options), emergency: new PhraseList(emergency, options) }];
      }),
    ) as SafetyScreen['lists'];
  }

  screen(text: string, memberLanguage: Language): SafetyFinding | undefined {
    const utterance = toUtterance(text);
    if (!utterance.text) return undefined;
    for (const lng of [memberLanguage, ...languages.filter((l) => l !== memberLanguage)]) {
      const crisis = this.lists[lng].crisis.containedIn(utterance);
      const emergency = this.lists[lng].emergency.containedIn(utterance);
      if (crisis || emergency) return { crisis, emergency, language: lng };
    }
    return undefined;
  }
}
