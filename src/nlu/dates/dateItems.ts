import type { DateLexicon, DateMeaning, DatePart } from './dateLexicon';
import type { DateToken } from './dateTokens';
import { readNumberWords, type NumberWord, type SpokenNumber } from './numberWords';

/** A piece of a message on the way to a date: a month name, a part marker, other words, or numbers. */
export type DateItem =
  | { kind: 'month'; month: number }
  | { kind: 'marker'; part: DatePart }
  | { kind: 'other' }
  /** Digits, or a run of number words with every way to read it. */
  | { kind: 'numbers'; readings: SpokenNumber[][] };

type Word = DateMeaning | { kind: 'digits'; number: SpokenNumber } | { kind: 'other' };

/** Reads the tokens of a message with one language's date words. */
export function dateItems(tokens: readonly DateToken[], lexicon: DateLexicon): DateItem[] {
  return groupNumberWords(matchWords(tokens, lexicon));
}

function matchWords(tokens: readonly DateToken[], lexicon: DateLexicon): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i].text;
    if (/^\d+$/.test(token)) {
      const next = tokens[i + 1];
      const ordinal = next !== undefined && next.glued && lexicon.ordinalSuffixes.has(next.text);
      if (ordinal) i++;
      words.push({ kind: 'digits', number: written(token, ordinal) });
      continue;
    }
    const phrase = lexicon.phrases.get(token)?.find((p) => p.tokens.every((t, j) => tokens[i + j]?.text === t));
    words.push(phrase?.meaning ?? { kind: 'other' });
    if (phrase) i += phrase.tokens.length - 1;
  }
  return words;
}

function written(digits: string, ordinal: boolean): SpokenNumber {
  const year = ordinal ? 'none' : digits.length === 4 ? 'full' : digits.length === 2 ? 'short' : 'none';
  return { value: Number(digits), ordinal, year };
}

/** Runs of number words (connectors allowed between them) become one item with all their readings. */
function groupNumberWords(words: readonly Word[]): DateItem[] {
  const items: DateItem[] = [];
  let run: NumberWord[] = [];
  const endRun = (): void => {
    if (run.length === 0) return;
    const readings = readNumberWords(run);
    // A run that makes no number (a lone "oh") is just a word.
    items.push(readings.length > 0 ? { kind: 'numbers', readings } : { kind: 'other' });
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.kind === 'number') {
      run.push(word);
      continue;
    }
    if (word.kind === 'connector' && run.length > 0 && words[i + 1]?.kind === 'number') continue;
    endRun();
    if (word.kind === 'digits') items.push({ kind: 'numbers', readings: [[word.number]] });
    else if (word.kind === 'month' || word.kind === 'marker') items.push(word);
    else items.push({ kind: 'other' });
  }
  endRun();
  return items;
}
