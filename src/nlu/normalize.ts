/**
 * Lower case, one Unicode form, Arabic letter variants unified, punctuation as spaces; accents
 * and tone marks kept. `normalizeText` then folds those marks away.
 */
export function cleanText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
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

/**
 * The Arabic article with the particles that attach to it ("الدكتور", "بالدكتور", "للدكتور", "والدكتور"),
 * dropped so a word matches in all its attached forms.
 */
const ARABIC_ARTICLE = /(?<![\p{L}\p{N}])(?:[وف]?[بلك]?ال|لل)(?=\p{Script=Arabic}{2})/gu;

/**
 * Folds how members really write into one comparable form: `foldMarks(cleanText(text))`, with a
 * space where Latin letters meet Chinese or Korean ("我需要food bank", "OTC로"), so English
 * words inside them are still words.
 */
export function normalizeText(text: string): string {
  return foldMarks(cleanText(text))
    .replace(ARABIC_ARTICLE, '')
    .replace(/([\p{Script=Han}\p{Script=Hangul}])(?=[a-z0-9])|([a-z0-9])(?=[\p{Script=Han}\p{Script=Hangul}])/gu, '$1$2 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Scripts written without spaces between words (or with particles glued on): matched by substring. */
export function isUnspacedScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hangul}]/u.test(text);
}
