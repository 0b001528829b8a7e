import type { Entity, EntityType } from '../../domain/intents';
import { languages, type Language } from '../../domain/language';
import type { LanguageNames } from '../lexicon';
import { PhraseList, type Utterance } from '../phraseMatcher';
import type { TrainingData } from './trainingData';

interface ValueMatcher {
  type: EntityType;
  value: string;
  phrases: PhraseList;
}

/**
 * Finds the entities of SPEC §5 (benefit, specialty, need, language) by the words that name each
 * value. Only the languages the message may be in are searched (its own, the member's, and
 * English for the words members borrow), so a short word of one language cannot misfire in another.
 */
export class EntityExtractor {
  private readonly byLanguage: Record<Language, ValueMatcher[]>;
  private readonly languageNames: ValueMatcher[];

  constructor(training: Record<Language, TrainingData>, languageNames: LanguageNames) {
    this.byLanguage = Object.fromEntries(
      languages.map((lng) => {
        const matchers: ValueMatcher[] = [];
        for (const type of ['benefit', 'specialty', 'need'] as const) {
          for (const [value, words] of Object.entries(training[lng].entities[type] as Record<string, string[]>)) {
            matchers.push({ type, value, phrases: new PhraseList(words) });
          }
        }
        return [lng, matchers];
      }),
    ) as Record<Language, ValueMatcher[]>;
    this.languageNames = languages.map((lng) => ({ type: 'language', value: lng, phrases: new PhraseList(languageNames[lng]) }));
  }

  /** One entity per type at most: the first value named, searching the given languages in order. */
  extract(utterance: Utterance, searched: Language[]): Entity[] {
    const found = new Map<EntityType, Entity>();
    const matchers = [...new Set([...searched, 'en' as const])].flatMap((lng) => this.byLanguage[lng]);
    for (const { type, value, phrases } of [...matchers, ...this.languageNames]) {
      if (!found.has(type) && phrases.containedIn(utterance)) found.set(type, { type, value });
    }
    return [...found.values()];
  }
}
