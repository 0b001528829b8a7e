import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, type Language } from '../domain/language';

const phrases = z.array(z.string().min(1)).min(1);

/** One language's input vocabulary: the words that drive menus, global commands and the safety screen. */
export const lexiconSchema = z.object({
  fillers: z.array(z.string()),
  greeting: phrases,
  goodbye: phrases,
  help: phrases,
  repeat: phrases,
  restart: phrases,
  agent: phrases,
  language: phrases,
  yes: phrases,
  no: phrases,
  menu: z.object({ benefits: phrases, appointments: phrases, rides: phrases }),
  safety: z.object({ crisis: phrases, emergency: phrases }),
  /** Number words a member may answer a numbered menu with ("dos", "second", "tư"), by number. */
  numbers: z.record(z.string().regex(/^\d{1,2}$/), phrases),
});

export type Lexicon = z.infer<typeof lexiconSchema>;

const languageNamesSchema = z.record(z.enum(languages), phrases);
export type LanguageNames = Record<Language, string[]>;

export interface LexiconSet {
  byLanguage: Record<Language, Lexicon>;
  languageNames: LanguageNames;
}

/** Loads and validates `src/nlu/lexicon/<lng>.json` for every language, plus the language names. */
export function loadLexicons(dir: string): LexiconSet {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byLanguage = Object.fromEntries(
    languages.map((lng) => [lng, lexiconSchema.parse(read(`${lng}.json`))]),
  ) as Record<Language, Lexicon>;
  const languageNames = languageNamesSchema.parse(read('languageNames.json')) as LanguageNames;
  return { byLanguage, languageNames };
}
