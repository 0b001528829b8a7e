import { countText, type TextCounts } from './fleschKincaid';
import { spanishSyllables } from './syllables';

/**
 * Fernández-Huerta readability (Spanish), as the project's brief defines it:
 * 206.84 − 0.60 · P − 1.02 · F, with P = syllables per 100 words and F = sentences per 100 words.
 * 70 or above is "fairly easy" or easier. (Law, 2011, argues the second term was meant to be
 * 1.02 · words per sentence, as in Flesch's formula that it adapts; `fernandezHuertaLawOf` gives that
 * reading for comparison.)
 */
export function fernandezHuertaOf(counts: TextCounts): number {
  if (counts.words === 0) return 0;
  const p = (100 * counts.syllables) / counts.words;
  const f = (100 * counts.sentences) / counts.words;
  return 206.84 - 0.6 * p - 1.02 * f;
}

/** The corrected reading (Law, 2011): 206.84 − 0.60 · P − 1.02 · words per sentence. */
export function fernandezHuertaLawOf(counts: TextCounts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  return 206.84 - 0.6 * ((100 * counts.syllables) / counts.words) - 1.02 * (counts.words / counts.sentences);
}

export function spanishCounts(text: string): TextCounts {
  return countText(text, spanishSyllables);
}

export function fernandezHuerta(text: string): number {
  return fernandezHuertaOf(spanishCounts(text));
}
