import { splitSentences, words } from './sentences';
import { englishSyllables } from './syllables';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** Sentences, words and syllables of a text, with a syllable counter for its language. */
export function countText(text: string, syllables: (word: string) => number): TextCounts {
  const sentences = splitSentences(text);
  const tokens = sentences.flatMap(words);
  return {
    sentences: sentences.length,
    words: tokens.length,
    syllables: tokens.reduce((sum, token) => sum + syllables(token), 0),
  };
}

/** Flesch-Kincaid grade from counts: 0.39 · words per sentence + 11.8 · syllables per word − 15.59. */
export function fleschKincaidGradeOf(counts: TextCounts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  return 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
}

/** US school grade of an English text (Flesch-Kincaid). */
export function fleschKincaidGrade(text: string): number {
  return fleschKincaidGradeOf(countText(text, englishSyllables));
}
