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
 * possible, at spaces otherwise; a text is never cut inside a word unless one word is too long.
 */
export function splitSms(text: string): string[] {
  const limit = twoSegmentLimit(text);
  const pieces = text
    .split('\n')
    .flatMap((line) => line.match(/[^.!?。！？]+[.!?。！？]*\s*/gu) ?? [line])
    .map((piece) => piece.trim())
    .filter(Boolean);
  const texts: string[] = [];
  let current = '';
  for (const piece of pieces.flatMap((p) => (p.length > limit ? byWords(p, limit) : [p]))) {
    const joined = current ? `${current}\n${piece}` : piece;
    if (joined.length <= limit) current = joined;
    else {
      texts.push(current);
      current = piece;
    }
  }
  if (current) texts.push(current);
  return texts;
}

function byWords(text: string, limit: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
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
  if (current) out.push(current);
  return out;
}
