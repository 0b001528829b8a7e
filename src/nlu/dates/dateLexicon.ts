import { z } from 'zod';
import { AppError } from '../../domain/errors';
import { languages, type Language } from '../../domain/language';
import { dateTokens } from './dateTokens';

const words = z.array(z.string().min(1));
const valueTable = z.record(z.string().min(1), z.number().int().min(0).max(999));

/** One language's date vocabulary, as written in `dateWords.json`. */
const languageDateWordsSchema = z.object({
  /** Twelve lists, January first: full names, inflected forms and abbreviations. */
  months: z.array(words.min(1)).length(12),
  /** Number words by value; 21–99 may be single words ("veintiuno") or tens and units apart ("fifty two"). */
  numbers: valueTable.default({}),
  /** Ordinal number words ("fourth", "primero"): a day, never a year. */
  ordinals: valueTable.default({}),
  /** Words that multiply what comes before them ("nine hundred", "mil", "二十"). */
  multipliers: z.record(z.string().min(1), z.union([z.literal(10), z.literal(100), z.literal(1000)])).default({}),
  /** Words that may join number words ("treinta y uno", "two thousand and five"). */
  connectors: words.default([]),
  /** Endings that make a written number ordinal ("4th", "1ro"). */
  ordinalSuffixes: words.default([]),
  /** Words that name the part next to them ("năm 1950", "3月", "1950 года"), and on which side. */
  markers: z
    .object({ position: z.enum(['before', 'after']), day: words, month: words, year: words })
    .optional(),
});

const entry = languageDateWordsSchema;
const shape = { en: entry, es: entry, zh: entry, vi: entry, ko: entry, tl: entry, ru: entry, ar: entry, ht: entry } satisfies Record<Language, typeof entry>;
/** `dateWords.json`: one entry per language. */
export const dateWordsSchema = z.object(shape);
export type DateWords = z.infer<typeof dateWordsSchema>;
type LanguageDateWords = z.infer<typeof languageDateWordsSchema>;

export type DatePart = 'day' | 'month' | 'year';

/** What a word (or a few words) of a date means. */
export type DateMeaning =
  | { kind: 'month'; month: number }
  | { kind: 'number'; value: number; ordinal: boolean; multiplier: boolean }
  | { kind: 'connector' }
  | { kind: 'marker'; part: DatePart };

interface Phrase {
  tokens: string[];
  meaning: DateMeaning;
}

/** A language's date vocabulary compiled for matching token by token. */
export interface DateLexicon {
  markerPosition: 'before' | 'after';
  ordinalSuffixes: ReadonlySet<string>;
  /** Phrases by their first token, longest first. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
}

export function compileDateLexicons(words: DateWords): Record<Language, DateLexicon> {
  return Object.fromEntries(languages.map((lng) => [lng, compile(lng, words[lng])])) as Record<Language, DateLexicon>;
}

function compile(language: string, words: LanguageDateWords): DateLexicon {
  const meanings: Array<[string, DateMeaning]> = [
    ...words.months.flatMap((names, i) => names.map((n): [string, DateMeaning] => [n, { kind: 'month', month: i + 1 }])),
    ...numberMeanings(words.numbers, { ordinal: false, multiplier: false }),
    ...numberMeanings(words.ordinals, { ordinal: true, multiplier: false }),
    ...numberMeanings(words.multipliers, { ordinal: false, multiplier: true }),
    ...words.connectors.map((c): [string, DateMeaning] => [c, { kind: 'connector' }]),
    ...(['day', 'month', 'year'] as const).flatMap((part) =>
      (words.markers?.[part] ?? []).map((m): [string, DateMeaning] => [m, { kind: 'marker', part }]),
    ),
  ];
  const byKey = new Map<string, Phrase>();
  for (const [text, meaning] of meanings) {
    const tokens = dateTokens(text).map((t) => t.text);
    const key = tokens.join(' ');
    const known = byKey.get(key);
    if (known && JSON.stringify(known.meaning) !== JSON.stringify(meaning)) {
      throw new AppError('nlu.date_words', `dateWords.json: "${text}" means two things in ${language}`);
    }
    byKey.set(key, { tokens, meaning });
  }
  const phrases = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) phrases.set(phrase.tokens[0], [...(phrases.get(phrase.tokens[0]) ?? []), phrase]);
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return {
    markerPosition: words.markers?.position ?? 'before',
    ordinalSuffixes: new Set(words.ordinalSuffixes.flatMap((s) => dateTokens(s).map((t) => t.text))),
    phrases,
  };
}

function numberMeanings(table: Record<string, number>, flags: { ordinal: boolean; multiplier: boolean }): Array<[string, DateMeaning]> {
  return Object.entries(table).map(([word, value]) => [word, { kind: 'number', value, ...flags }]);
}
