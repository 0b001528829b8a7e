import { isUnspacedScript, normalizeText } from '../normalize';

/**
 * The features a message is classified on: its words, word pairs, and the character n-grams of
 * each word (so "apointmnt" still shares most of its features with "appointment"). Chinese and
 * Korean, written without spaces between words, use character n-grams of the whole message.
 */
export function extractFeatures(text: string): string[] {
  const normalized = normalizeText(text);
  if (!normalized) return [];
  const features = new Set<string>();
  const words = normalized.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    features.add(`w:${/^\d+$/.test(word) ? '<num>' : word}`);
    if (i > 0) features.add(`b:${words[i - 1]} ${word}`);
    if (isUnspacedScript(word)) addCharGrams(features, 'h', [...word], [1, 2, 3]);
    else if (word.length > 2) addCharGrams(features, 'c', [...`<${word}>`], [3, 4]);
  }
  return [...features];
}

function addCharGrams(features: Set<string>, tag: string, chars: string[], sizes: number[]): void {
  for (const n of sizes) {
    for (let i = 0; i + n <= chars.length; i++) features.add(`${tag}:${chars.slice(i, i + n).join('')}`);
  }
}
