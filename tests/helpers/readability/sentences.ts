/**
 * Sentences and words, for every shipped language.
 *
 * A sentence ends at . ! ? … ؟ (followed by a space, a closing quote or the end of the text, so
 * "$150.00" and "1.800" stay whole; not after "Dr." or before a lower-case word after "a.m."),
 * at 。！？ (no space needed), and at every line end.
 * A word is a run of non-space characters that holds at least one letter or digit ("—", "•" and a
 * lone "¿" are not words; "1-800-555-0142" and "$150.00" are one word each).
 * Chinese has no spaces: there, a sentence is measured in characters (each Han character counts one,
 * a Latin word or a number such as "911" or "1-800-555-0142" counts as one, punctuation none).
 */

const WESTERN_END = /(?<=[.!?…؟])(?=[\s"'”’»)\]]|$)/u;
const CJK_END = /(?<=[。！？])/u;

/** A title before a name ("Dr. Lee", "Sra. Díaz") never ends a sentence. */
const TITLE = /(?:^|\s)(?:Dr|Dra|Sr|Sra|Srta|Mr|Mrs|Ms|St|Av|Ave)\.$/u;
/** "a.m.", "p.m.", "e.g." end a sentence only when a capital letter follows. */
const DOTTED = /(?:^|\s)(?:\p{L}\.){2,}$/u;

/** Rejoins pieces split after an abbreviation. */
function rejoinAbbreviations(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous !== undefined && (TITLE.test(previous) || (DOTTED.test(previous) && /^\s*[\p{Ll}\p{N}]/u.test(part)))) out[out.length - 1] = previous + part;
    else out.push(part);
  }
  return out;
}

export function splitSentences(text: string): string[] {
  return text
    .split(/\r?\n+/)
    .flatMap((line) => rejoinAbbreviations(line.split(WESTERN_END)))
    .flatMap((part) => part.split(CJK_END))
    .map((s) => s.trim())
    .filter((s) => countWords(s) > 0 || countChineseUnits(s) > 0);
}

/** Words separated by spaces that hold a letter or a digit; "mes/día/año" is three words, "3/4/1950" one. */
export function words(text: string): string[] {
  return text
    .split(/\s+/u)
    .flatMap((token) => token.split(/(?<=\p{L}[^\s/]*)\/(?=[^\s/]*\p{L})/u))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

export function countWords(text: string): number {
  return words(text).length;
}

const LATIN_RUN = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])+`;
/** A Han character, or a Latin word or number ("1-800-555-0142", "8:00" and "$150.00" are one each). */
const CHINESE_UNIT = new RegExp(String.raw`\p{Script=Han}|${LATIN_RUN}(?:[-.:,/]${LATIN_RUN})*`, 'gu');

/** Han characters one each, plus each run of other letters or digits (a Latin word, a number) as one. */
export function countChineseUnits(text: string): number {
  return [...text.matchAll(CHINESE_UNIT)].length;
}

/** How long a sentence is in its language: characters for Chinese, words separated by spaces for all others (Korean too). */
export function sentenceLength(sentence: string, language: string): number {
  return language === 'zh' ? countChineseUnits(sentence) : countWords(sentence);
}

/** The most a sentence may hold (SPEC §3 rule 1): 15 words, or 30 characters in Chinese. */
export function maxSentenceLength(language: string): number {
  return language === 'zh' ? 30 : 15;
}
