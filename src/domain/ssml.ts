/** XML-escapes text for SSML and TwiML. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** One stretch of speech in one language, as a voice channel says it. */
export interface SpokenPart {
  /** BCP 47 tag. */
  lang: string;
  text: string;
}

const LANG_PART = /<lang xml:lang="([^"]+)">([\s\S]*?)<\/lang>/g;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|apos|quot);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[name]!);
}

/**
 * The parts of an SSML `speak` as our own messages write it: the text in the message's language,
 * with `<lang>` parts in other languages (the language menu). Other tags are dropped.
 */
export function spokenParts(speak: string): SpokenPart[] {
  const outer = /<speak[^>]*xml:lang="([^"]+)"[^>]*>([\s\S]*)<\/speak>/.exec(speak);
  if (!outer) return [{ lang: 'en-US', text: unescapeXml(speak.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim() }];
  const [, lang, body] = outer;
  const parts: SpokenPart[] = [];
  let last = 0;
  const push = (partLang: string, raw: string) => {
    const text = unescapeXml(raw.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (text) parts.push({ lang: partLang, text });
  };
  for (const match of body.matchAll(LANG_PART)) {
    push(lang, body.slice(last, match.index));
    push(match[1], match[2]);
    last = match.index! + match[0].length;
  }
  push(lang, body.slice(last));
  return parts;
}
