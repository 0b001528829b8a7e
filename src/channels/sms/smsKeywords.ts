import { z } from 'zod';
import { languages, type Language } from '../../domain/language';
import { cleanText, foldMarks } from '../../nlu/normalize';
import keywordFile from './smsKeywords.json';

export type SmsKeyword = 'stop' | 'start' | 'help';

const perLanguage = z.object(Object.fromEntries(languages.map((l) => [l, z.array(z.string().min(1))])) as Record<Language, z.ZodArray<z.ZodString>>);
const keywordsSchema = z.object({ stop: perLanguage, start: perLanguage, help: perLanguage });

const fold = (text: string) => foldMarks(cleanText(text));

/** Every keyword, folded, with what it asks for and its language. */
const table = new Map<string, { keyword: SmsKeyword; language: Language }>();
const parsed = keywordsSchema.parse(keywordFile);
for (const keyword of ['stop', 'start', 'help'] as const) {
  for (const language of languages) for (const word of parsed[keyword][language]) table.set(fold(word), { keyword, language });
}

/** The carrier keyword a whole text message is (STOP, START, HELP or an equivalent), if it is one. */
export function smsKeyword(text: string): { keyword: SmsKeyword; language: Language } | undefined {
  return table.get(fold(text));
}
