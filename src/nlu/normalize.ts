/**
 * Lower case, one Unicode form, Arabic letter variants unified, punctuation as spaces; accents
 * and tone marks kept. `normalizeText` then folds those marks away.
 */
export function cleanText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/\u0640/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops accents and tone marks ("tiếng việt" → "tieng viet", "đ" → "d", "ё" → "е"). */
export function foldMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').replace(/đ/g, 'd');
}

/** Folds how members really write into one comparable form: `foldMarks(cleanText(text))`. */
export function normalizeText(text: string): string {
  return foldMarks(cleanText(text)).replace(/\s+/g, ' ').trim();
}

/** Scripts written without spaces between words (or with particles glued on): matched by substring. */
export function isUnspacedScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hangul}]/u.test(text);
}
