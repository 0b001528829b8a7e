import { cleanText, foldMarks } from '../normalize';

/** One word of a date as written, folded for matching. */
export interface DateToken {
  text: string;
  /** Written right after the previous token, without a space ("4th", "1950年"). */
  glued: boolean;
}

/** Western digits for Arabic-Indic, Persian and full-width ones, so "٤/٣/١٩٥٠" reads like "4/3/1950". */
export function toAsciiDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Lower case, no accents or tone marks, no punctuation, split into words; digits split from the
 * letters they touch and every Chinese character a word of its own ("1950年3月" → 1950 年 3 月).
 */
export function dateTokens(text: string): DateToken[] {
  const folded = foldMarks(cleanText(toAsciiDigits(text)));
  if (!folded) return [];
  return folded.split(' ').flatMap((chunk) =>
    (chunk.match(/\d+|\p{Script=Han}|[^\d\p{Script=Han}]+/gu) ?? []).map((piece, i) => ({ text: piece, glued: i > 0 })),
  );
}
