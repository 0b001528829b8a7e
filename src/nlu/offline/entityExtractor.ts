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
 * value in every language, so "mi dentista" and "dental" both give benefit=dental.
 */
export class EntityExtractor {
  private readonly matchers: ValueMatcher[] = [];

  constructor(training: Record<Language, TrainingData>, languageNames: LanguageNames) {
    for (const type of ['benefit', 'specialty', 'need'] as const) {
      const values = Object.keys(training.en.entities[type]);
      for (const value of values) {
        const words = languages.flatMap((lng) => (training[lng].entities[type] as Record<string, string[]>)[value] ?? []);
        this.matchers.push({ type, value, phrases: new PhraseList(words) });
      }
    }
    for (const lng of languages) this.matchers.push({ type: 'language', value: lng, phrases: new PhraseList(languageNames[lng]) });
  }

  /** One entity per type at most: the first value (in catalog order) named in the message. */
  extract(utterance: Utterance): Entity[] {
    const found = new Map<EntityType, Entity>();
    for (const { type, value, phrases } of this.matchers) {
      if (!found.has(type) && phrases.containedIn(utterance)) found.set(type, { type, value });
    }
    return [...found.values()];
  }
}
