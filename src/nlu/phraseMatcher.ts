import { cleanText, foldMarks, isUnspacedScript, normalizeText } from './normalize';

interface Token {
  marked: string;
  folded: string;
}

interface Entry {
  text: string;
  /** Ends in `*` in the lexicon: the last word may go on ("suicid*" matches "suicidal"). */
  prefix: boolean;
  /** Starts with `=` in the lexicon: only the whole message matches ("=emergency"). */
  wholeOnly: boolean;
  unspaced: boolean;
  /** For mark-sensitive lists: the entry's words with their tone marks, when it has any. */
  markedTokens?: Token[];
}

/** A normalized message, ready to be matched against many phrase lists. */
export interface Utterance {
  text: string;
  padded: string;
  compact: string;
  tokens: Token[];
  words: ReadonlySet<string>;
  chars: ReadonlySet<string>;
}

const tokensOf = (cleaned: string): Token[] =>
  cleaned ? cleaned.split(' ').map((marked) => ({ marked, folded: foldMarks(marked) })) : [];

export function toUtterance(raw: string): Utterance {
  const text = normalizeText(raw);
  const compact = text.replace(/ /g, '');
  const chars = isUnspacedScript(compact) ? new Set(compact) : new Set<string>();
  return { text, padded: ` ${text} `, compact, tokens: tokensOf(cleanText(raw)), words: new Set(text.split(' ')), chars };
}

export interface PhraseListOptions {
  /**
   * Tone marks carry meaning (Vietnamese: "tự tử" suicide, "từ từ" slowly). A message word
   * written with marks must then match the entry's marks; a word written without marks
   * matches the folded entry, since many members type without them.
   */
  markSensitive?: boolean;
}

/**
 * A list of phrases compiled once. `equals` is for menu and command words (the whole message,
 * fillers aside); `containedIn` finds a phrase anywhere, on word boundaries, or by substring in
 * Chinese and Korean where words are not separated by spaces.
 */
export class PhraseList {
  private readonly entries: Entry[];
  private readonly exact: Set<string>;
  /** Plain spaced entries by their first word, and unspaced ones by their first character: only those can match. */
  private readonly byFirstWord = new Map<string, Entry[]>();
  private readonly byFirstChar = new Map<string, Entry[]>();
  /** Whole-message, prefix and mark-sensitive entries, checked one by one (there are few). */
  private readonly others: Entry[] = [];

  constructor(phrases: readonly string[], options: PhraseListOptions = {}) {
    this.entries = phrases
      .map((phrase) => phrase.trim())
      .map((phrase) => {
        const wholeOnly = phrase.startsWith('=');
        const prefix = phrase.endsWith('*');
        const raw = phrase.slice(wholeOnly ? 1 : 0, prefix ? -1 : undefined);
        const text = normalizeText(raw);
        const marked = tokensOf(cleanText(raw));
        const hasMarks = marked.some((t) => t.marked !== t.folded);
        return { text, prefix, wholeOnly, unspaced: isUnspacedScript(text), markedTokens: options.markSensitive && hasMarks ? marked : undefined };
      })
      .filter((e) => e.text.length > 0);
    this.exact = new Set(this.entries.map((e) => e.text));
    for (const entry of this.entries) {
      if (entry.unspaced) push(this.byFirstChar, [...entry.text.replace(/ /g, '')][0], entry);
      else if (entry.wholeOnly || entry.prefix || entry.markedTokens) this.others.push(entry);
      else push(this.byFirstWord, entry.text.split(' ')[0], entry);
    }
  }

  equals(text: string): boolean {
    return this.exact.has(text) || (text.includes(' ') && this.exact.has(text.replace(/ /g, '')));
  }

  containedIn(utterance: Utterance, options: { multiWordOnly?: boolean } = {}): boolean {
    const matches = (entry: Entry): boolean => {
      if (entry.wholeOnly) return utterance.text === entry.text;
      if (entry.unspaced) return utterance.compact.includes(entry.text.replace(/ /g, ''));
      if (options.multiWordOnly && !entry.text.includes(' ')) return false;
      if (entry.markedTokens) return containsTokens(utterance.tokens, entry.markedTokens, entry.prefix);
      if (!entry.prefix) return utterance.padded.includes(` ${entry.text} `);
      return utterance.padded.includes(` ${entry.text}`);
    };
    for (const word of utterance.words) if (this.byFirstWord.get(word)?.some(matches)) return true;
    for (const char of utterance.chars) if (this.byFirstChar.get(char)?.some(matches)) return true;
    return this.others.some(matches);
  }
}

function containsTokens(message: Token[], entry: Token[], prefix: boolean): boolean {
  const same = (m: Token, e: Token, last: boolean): boolean => {
    const [mText, eText] = m.marked !== m.folded ? [m.marked, e.marked] : [m.folded, e.folded];
    return last && prefix ? mText.startsWith(eText) : mText === eText;
  };
  for (let start = 0; start + entry.length <= message.length; start++) {
    if (entry.every((e, j) => same(message[start + j], e, j === entry.length - 1))) return true;
  }
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
