import { isUnspacedScript, normalizeText } from './normalize';

interface Entry {
  text: string;
  /** Ends in `*` in the lexicon: the last word may go on ("suicid*" matches "suicidal"). */
  prefix: boolean;
  unspaced: boolean;
}

/** A normalized message, ready to be matched against many phrase lists. */
export interface Utterance {
  text: string;
  padded: string;
  compact: string;
}

export function toUtterance(raw: string): Utterance {
  const text = normalizeText(raw);
  return { text, padded: ` ${text} `, compact: text.replace(/ /g, '') };
}

/**
 * A list of phrases compiled once. `equals` is for menu and command words (the whole message,
 * fillers aside); `containedIn` finds a phrase anywhere, on word boundaries, or by substring in
 * Chinese and Korean where words are not separated by spaces.
 */
export class PhraseList {
  private readonly entries: Entry[];
  private readonly exact: Set<string>;

  constructor(phrases: readonly string[]) {
    this.entries = phrases
      .map((p) => ({ raw: p.trim(), prefix: p.trim().endsWith('*') }))
      .map(({ raw, prefix }) => {
        const text = normalizeText(prefix ? raw.slice(0, -1) : raw);
        return { text, prefix, unspaced: isUnspacedScript(text) };
      })
      .filter((e) => e.text.length > 0);
    this.exact = new Set(this.entries.map((e) => e.text));
  }

  equals(text: string): boolean {
    return this.exact.has(text) || this.exact.has(text.replace(/ /g, ''));
  }

  containedIn(utterance: Utterance, options: { multiWordOnly?: boolean } = {}): boolean {
    return this.entries.some((entry) => {
      if (entry.unspaced) return utterance.compact.includes(entry.text.replace(/ /g, ''));
      if (options.multiWordOnly && !entry.text.includes(' ')) return false;
      if (!entry.prefix) return utterance.padded.includes(` ${entry.text} `);
      return utterance.padded.includes(` ${entry.text}`);
    });
  }
}
