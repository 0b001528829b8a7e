/** One number word: its value, and whether it multiplies ("hundred", "mil", "十") or ends an ordinal. */
export interface NumberWord {
  value: number;
  multiplier: boolean;
  ordinal: boolean;
}

/** How a number read from words or digits may serve as a year: a full year, two digits ("'50"), or not at all. */
export type YearForm = 'full' | 'short' | 'none';

export interface SpokenNumber {
  value: number;
  ordinal: boolean;
  year: YearForm;
}

/** Longer runs of number words are not a date; this also bounds the ways to split them. */
const MAX_WORDS = 12;

/**
 * Every way to read a run of number words as one or more numbers: "march fourth nineteen fifty"
 * gives [4th, 1950] (and [4th, 19, 50], which the date reading then rejects), "mil novecientos
 * cincuenta" gives [1950] among others. An empty list when the words make no number.
 */
export function readNumberWords(words: readonly NumberWord[]): SpokenNumber[][] {
  if (words.length === 0) return [[]];
  if (words.length > MAX_WORDS) return [];
  const readings: SpokenNumber[][] = [];
  for (let end = 1; end <= words.length; end++) {
    const firsts = readOne(words.slice(0, end));
    if (firsts.length === 0) continue;
    const rests = readNumberWords(words.slice(end));
    for (const first of firsts) for (const rest of rests) readings.push([first, ...rest]);
  }
  return readings;
}

/** The readings of words that make exactly one number: as counted, as a spoken year, or digit by digit. */
function readOne(words: readonly NumberWord[]): SpokenNumber[] {
  const last = words[words.length - 1];
  if (words.slice(0, -1).some((w) => w.ordinal)) return [];
  const values = new Set<number>();
  const counted = cardinal(words);
  if (counted !== undefined && counted > 0) values.add(counted);
  if (last.ordinal) return [...values].map((value) => ({ value, ordinal: true, year: 'none' }));
  const paired = spokenYear(words);
  if (paired !== undefined) values.add(paired);
  const digits = digitByDigit(words);
  if (digits !== undefined) values.add(digits);
  return [...values].map((value) => ({ value, ordinal: false, year: value >= 100 ? 'full' : value >= 10 ? 'short' : 'none' }));
}

/** A number as counted: "nine hundred fifty", "mil novecientos cincuenta", "二十一", "kat" → 4. */
function cardinal(words: readonly NumberWord[]): number | undefined {
  if (words.length === 0) return undefined;
  const top = Math.max(0, ...words.filter((w) => w.multiplier).map((w) => w.value));
  if (top === 0) return belowThousand(words);
  const at = words.findIndex((w) => w.multiplier && w.value === top);
  if (words.slice(at + 1).some((w) => w.multiplier && w.value === top)) return undefined;
  const left = at === 0 ? 1 : cardinal(words.slice(0, at));
  const right = at === words.length - 1 ? 0 : cardinal(words.slice(at + 1));
  if (left === undefined || right === undefined || left < 1 || left >= top || right >= top) return undefined;
  return left * top + right;
}

/** Without multipliers: one word, tens and a unit ("fifty two"), or a hundreds word before them ("novecientos cincuenta"). */
function belowThousand(words: readonly NumberWord[]): number | undefined {
  const [first, ...rest] = words;
  if (rest.length === 0) return first.value;
  const tail = belowHundred(rest);
  if (first.value >= 100 && first.value % 100 === 0) return tail === undefined ? undefined : first.value + tail;
  return belowHundred(words);
}

function belowHundred(words: readonly NumberWord[]): number | undefined {
  const [first, second] = words;
  if (words.length === 1) return first.value > 0 && first.value < 100 ? first.value : undefined;
  const isTens = first.value >= 20 && first.value < 100 && first.value % 10 === 0;
  if (words.length === 2 && isTens && second.value >= 1 && second.value <= 9) return first.value + second.value;
  return undefined;
}

/** A year said as two pairs: "nineteen fifty" → 1950, "nineteen oh five" → 1905, "twenty twenty" → 2020. */
function spokenYear(words: readonly NumberWord[]): number | undefined {
  if (words.some((w) => w.multiplier)) return undefined;
  for (let k = 1; k < words.length; k++) {
    const century = cardinal(words.slice(0, k));
    const right = words.slice(k);
    const ohUnit = right.length === 2 && right[0].value === 0 && right[1].value >= 1 && right[1].value <= 9;
    const rest = ohUnit ? right[1].value : cardinal(right);
    const restOk = rest !== undefined && (ohUnit || (rest >= 10 && rest <= 99));
    if (century !== undefined && century >= 10 && century <= 99 && restOk) return century * 100 + rest;
  }
  return undefined;
}

/** A year said digit by digit: "one nine five oh", "一九五〇" → 1950. */
function digitByDigit(words: readonly NumberWord[]): number | undefined {
  if (words.length !== 4 || words.some((w) => w.multiplier || w.value > 9) || words[0].value === 0) return undefined;
  return Number(words.map((w) => w.value).join(''));
}
