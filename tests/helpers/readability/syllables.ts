/**
 * Syllable counts for the two readability formulas: English (Flesch-Kincaid) and Spanish
 * (Fernández-Huerta). A token without letters (a number such as "911", "1-800-555-0142" or "$150.00")
 * counts as one syllable in both: it is read at a glance, as one unit.
 */

/** Words whose spelling misleads the rules below (checked against dictionary pronunciations). */
const ENGLISH_EXCEPTIONS: Record<string, number> = {
  every: 2,
  everyone: 3,
  everything: 3,
  everybody: 4,
  everyday: 3,
  anyone: 3,
  someone: 2,
  somewhere: 2,
  sometimes: 2,
  something: 2,
  evening: 2,
  business: 2,
  coinsurance: 4,
  coordinator: 5,
  coordinate: 4,
  cooperate: 4,
  create: 2,
  created: 3,
  creating: 3,
  react: 2,
  reenter: 3,
  preexisting: 4,
  doesnt: 2,
  isnt: 2,
  wasnt: 2,
  couldnt: 2,
  wouldnt: 2,
  shouldnt: 2,
  didnt: 2,
  hasnt: 2,
  havent: 2,
  arent: 1,
  werent: 1,
  toward: 2,
  towards: 2,
  naive: 2,
  being: 2,
  ok: 2,
  okay: 2,
  fire: 2,
  hour: 1,
  hours: 1,
  our: 1,
  ours: 1,
  real: 1,
  really: 2,
  people: 2,
  recipe: 3,
  simile: 3,
  cafe: 2,
  maybe: 2,
  somebody: 3,
  whoever: 3,
  however: 3,
  wednesday: 2,
  interest: 3,
  interesting: 4,
  family: 3,
  chocolate: 2,
  vegetable: 3,
  comfortable: 3,
  temperature: 4,
  different: 3,
  several: 3,
  camera: 3,
  medicine: 3,
  medicines: 3,
  element: 3,
  elements: 3,
};

/** Letters read one by one in an acronym ("OTC", "PCP"); W is "double-u". */
const ACRONYMS = new Set(['ok', 'id', 'otc', 'pcp', 'tty', 'am', 'pm', 'dme', 'sms', 'ssi', 'msp', 'er', 'tv', 'lis', 'pin', 'usa', 'ems']);

function acronymSyllables(letters: string): number {
  return [...letters.toLowerCase()].reduce((sum, letter) => sum + (letter === 'w' ? 3 : 1), 0);
}

/**
 * English syllables by rule: count vowel groups ("y" is a vowel except before a vowel; "qu" is a
 * consonant pair), then correct for silent endings (-e, -es, -ed), endings that keep their vowel
 * (-le, -les, -ted, -ded, -ches, -ges...), and vowel pairs said as two syllables (me-di-a, ra-di-o,
 * pre-mi-um, a-re-a, qui-et, ac-tu-al, vi-de-o, do-ing, eas-i-er). Hyphenated words are counted part
 * by part (co-pay, out-of-pocket). Checked word by word against dictionary pronunciations on the
 * vocabulary of the locale files (see the helper's own test for samples).
 */
export function englishSyllables(token: string): number {
  const parts = token.replace(/[’']/g, '').split(/[-‐–—/]/u);
  if (parts.length > 1) {
    const sum = parts.reduce((total, part) => total + englishWordSyllables(part), 0);
    return sum > 0 ? sum : /\p{N}/u.test(token) ? 1 : 0;
  }
  return englishWordSyllables(parts[0]) || (/\p{N}/u.test(token) ? 1 : 0);
}

function englishWordSyllables(part: string): number {
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (!letters) return 0;
  const word = letters.toLowerCase();
  if (letters.length >= 2 && letters === letters.toUpperCase() && (ACRONYMS.has(word) || !/[aeiouy]/.test(word))) return acronymSyllables(word);
  if (word in ENGLISH_EXCEPTIONS) return ENGLISH_EXCEPTIONS[word];
  if (word.length <= 2) return 1;

  // "qu" sounds as /kw/; "y" before a vowel is a consonant (you, beyond, paying), elsewhere a vowel (my, type, goodbye).
  const shape = word.replace(/qu/g, 'qw').replace(/y(?=[aeiou])(?!e$)/g, 'Y');
  let count = (shape.match(/[aeiouy]+/g) ?? []).length;

  // Silent endings.
  if (/[^aeiouy]e$/.test(shape) && !/[^aeiouyl]le$/.test(shape) && count > 1) count -= 1; // make, phone (not table)
  else if (/[^aeiouy]es$/.test(shape) && !/(?:[sxzcg]|ch|sh|[^aeiouyl]l)es$/.test(shape) && count > 1) count -= 1; // rides (not boxes, places, tables)
  else if (/[^aeiouy]ed$/.test(shape) && !/(?:[td]|[^aeiouyl]l)ed$/.test(shape) && count > 1) count -= 1; // asked (not wanted, handled)

  // A silent "e" before a suffix or a second word: safety, lifetime, careful, movement, likely.
  if (/[aeiouy][^aeiouy]e(?:ly|ful|less|ment|ments|ness|ty|line|lines|time|times)$/.test(shape)) count -= 1;

  // Vowel pairs said as two syllables.
  if (/[^cgst]ia/.test(shape)) count += 1; // media, via, material (not social, special, initial, Asian)
  if (/[bdmprv]io/.test(shape)) count += 1; // radio, prior, period, various (not nation, region, union, million)
  if (/[^aeiou]ium/.test(shape)) count += 1; // premium, medium
  if (/[^aeiou]ie(?:nt|nce|t)/.test(shape) && !/[ct]ien/.test(shape)) count += 1; // quiet, client, experience (not patient, ancient)
  if (/[^gqw]ua/.test(shape)) count += 1; // actual, usual, situation (not language, equal)
  if (/[^p]eo/.test(shape)) count += 1; // video, theory (not people)
  if (/ea$/.test(shape) && count > 1) count += 1; // area, idea (not sea)
  if (/[aeiou]ing$/.test(shape)) count += 1; // doing, seeing
  if (/[^aeiou]i(?:er|est)$/.test(shape) && count > 1) count += 1; // easier, earliest (not pier)
  if (/[^aeiou]ism$/.test(shape)) count += 1; // autism

  return Math.max(1, count);
}

/** Strong vowels open their own syllable next to another strong vowel; accented í and ú are strong (dí-a, pa-ís). */
const SPANISH_STRONG = new Set([...'aeoáéóíú']);
const SPANISH_VOWEL = /[aeiouáéíóúü]/;

/**
 * Spanish syllables by vowel groups with the diphthong rules: within a group of vowels, two strong
 * vowels (a, e, o, or an accented vowel) are in separate syllables (hiatus: po-e-ta, dí-a, a-é-re-o);
 * a weak vowel (i, u, ü) with any other vowel forms one (diphthong or triphthong: ciu-dad, cui-da-do,
 * U-ru-guay). "y" is a vowel only when no vowel follows (muy, hoy, y), otherwise a consonant (a-yu-da).
 */
export function spanishSyllables(token: string): number {
  const word = token.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!word) return /\p{N}/u.test(token) ? 1 : 0;
  const shape = [...word].map((c, i, all) => (c === 'y' && !SPANISH_VOWEL.test(all[i + 1] ?? '') ? 'i' : c)).join('');
  let count = 0;
  for (const group of shape.match(/[aeiouáéíóúü]+/g) ?? []) {
    count += 1;
    for (let i = 1; i < group.length; i += 1) {
      if (SPANISH_STRONG.has(group[i - 1]) && SPANISH_STRONG.has(group[i])) count += 1;
    }
  }
  return Math.max(1, count);
}
