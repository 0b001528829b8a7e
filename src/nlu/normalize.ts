/**
 * Folds how members really write into one comparable form: lower case, no diacritics
 * ("tieng viet" == "tiếng việt"), Arabic letter variants unified, punctuation as spaces.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/\u0640/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Scripts written without spaces between words (or with particles glued on): matched by substring. */
export function isUnspacedScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hangul}]/u.test(text);
}
