import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const entrySchema = z.object({
  concept: z.string().min(1),
  term: z.string().min(1),
  variants: z.array(z.string().min(1)),
  cues: z.array(z.string().min(1)).min(1),
});

const languageSchema = z.object({
  /** false for languages written without spaces (Chinese): a term matches anywhere. */
  wholeWord: z.boolean().default(true),
  /** Proclitics that may stand before each word of a term (Arabic: و, ب, ال...). */
  prefixes: z.array(z.string().min(1)).default([]),
  entries: z.array(entrySchema).min(1),
});

const jargonFileSchema = z.object({
  _about: z.string(),
  concepts: z.array(z.string().min(1)).min(1),
  languages: z.record(z.string(), languageSchema),
});

export type JargonEntry = z.infer<typeof entrySchema>;
export type JargonLanguage = z.infer<typeof languageSchema>;
export type JargonFile = z.infer<typeof jargonFileSchema>;

export function loadJargon(path = join(__dirname, 'jargon.json')): JargonFile {
  return jargonFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/**
 * Text folded for matching: no case, no accents or other combining marks (é → e, ò → o, ё → е,
 * Arabic short vowels and hamza seats: أ → ا), Vietnamese đ → d, Arabic ى → ي and ة → ه, tatweel
 * dropped, and every run of punctuation or spaces made one space ("co-pay" → "co pay").
 * A `*` (the stem marker of terms) is kept.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ـ/g, '')
    .replace(/[^\p{L}\p{N}%*]+/gu, ' ')
    .trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/** A regular expression for one term (words separated by spaces; a trailing `*` allows any ending). */
export function termPattern(term: string, language: Pick<JargonLanguage, 'wholeWord' | 'prefixes'>): RegExp {
  const cacheKey = `${language.wholeWord}|${language.prefixes.join(',')}|${term}`;
  const cached = patterns.get(cacheKey);
  if (cached) return cached;
  const pattern = compileTerm(term, language);
  patterns.set(cacheKey, pattern);
  return pattern;
}

function compileTerm(term: string, language: Pick<JargonLanguage, 'wholeWord' | 'prefixes'>): RegExp {
  const prefix = language.prefixes.length ? `(?:${language.prefixes.map((p) => escape(fold(p))).join('|')})?` : '';
  const words = fold(term)
    .split(' ')
    .filter(Boolean)
    .map((word) => prefix + (word.endsWith('*') ? `${escape(word.slice(0, -1))}\\p{L}*` : escape(word)));
  const body = words.join(language.wholeWord ? ' ' : ' ?');
  return language.wholeWord ? new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u') : new RegExp(body, 'u');
}

export interface JargonHit {
  concept: string;
  term: string;
  found: string;
  /** The message also gives one of the term's plain-meaning cues. */
  explained: boolean;
}

/** Every jargon term in a message, each with whether the message also explains it. */
export function findJargon(message: string, language: JargonLanguage): JargonHit[] {
  const text = fold(message);
  const hits: JargonHit[] = [];
  for (const entry of language.entries) {
    for (const term of [entry.term, ...entry.variants]) {
      const match = termPattern(term, language).exec(text);
      if (match) {
        hits.push({ concept: entry.concept, term: entry.term, found: match[0], explained: entry.cues.some((cue) => text.includes(fold(cue))) });
        break;
      }
    }
  }
  return hits;
}

/** Jargon in a message that comes without any of its plain-meaning cues. */
export function unexplainedJargon(message: string, language: JargonLanguage): JargonHit[] {
  return findJargon(message, language).filter((hit) => !hit.explained);
}
