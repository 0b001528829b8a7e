/**
 * SMS segments: 160 GSM-7 characters alone, 153 each when joined; a text with any other character
 * goes as UCS-2: 70 alone, 67 each when joined. SPEC §3: a reply fits in two segments where it can.
 */
const GSM_7 = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà^{}\\[~\]|€]*$/;

export function isGsm7(text: string): boolean {
  return GSM_7.test(text);
}

/** The most characters of `text` that fit in two joined segments. */
export function twoSegmentLimit(text: string): number {
  return isGsm7(text) ? 2 * 153 : 2 * 67;
}

/**
 * Splits a reply into texts that each fit in two segments, at line ends and sentence ends where
 * possible, at spaces otherwise; a reply that fits is left as it is.
 */
export function splitSms(text: string): string[] {
  const limit = twoSegmentLimit(text);
  if (text.length <= limit) return [text];
  // Sentences and lines, each with the space or line end that follows it, so joining them gives the text back.
  const pieces = text.match(/[^.!?。！？\n]*(?:[.!?。！？]+(?=\s|$)|\n|$)\s*|[^\s]+\s*/gu)?.filter(Boolean) ?? [text];
  const texts: string[] = [];
  let current = '';
  for (const piece of pieces.flatMap((p) => (p.trim().length > limit ? byWords(p, limit) : [p]))) {
    if ((current + piece).trim().length <= limit) current += piece;
    else {
      if (current.trim()) texts.push(current.trim());
      current = piece;
    }
  }
  if (current.trim()) texts.push(current.trim());
  return texts;
}

function byWords(text: string, limit: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/)) {
    for (let i = 0; i < word.length; i += limit) {
      const chunk = word.slice(i, i + limit);
      const joined = current ? `${current} ${chunk}` : chunk;
      if (joined.length <= limit) current = joined;
      else {
        out.push(current);
        current = chunk;
      }
    }
  }
  if (current) out.push(`${current} `);
  return out;
}
