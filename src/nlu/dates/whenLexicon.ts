import { z } from 'zod';
import { AppError } from '../../domain/errors';
import { languages, type Language } from '../../domain/language';
import { cleanText, foldMarks, isUnspacedScript } from '../normalize';
import type { DateWords } from './dateLexicon';
import { toAsciiDigits } from './dateTokens';

/**
 * Entries are written as members type them. Where tone marks matter, one starting with `=` matches
 * only with its marks as written ("=tối" evening, never "toi", which may be "tôi", I).
 */
const words = z.array(z.string().min(1));
const numberTable = z.record(z.string().min(1), z.number().int().min(0).max(59));

/** One language's words for when a member wants to go, as written in `whenWords.json`. */
const languageWhenWordsSchema = z
  .object({
    /** Vietnamese: a word typed with tone marks must carry the entry's marks; typed without, it matches the folded entry. */
    toneMarksMatter: z.boolean().default(false),
    /** Seven lists, Monday first. */
    weekdays: z.array(words.min(1)).length(7),
    relativeDays: z.object({ today: words, tomorrow: words, dayAfterTomorrow: words }).strict(),
    /** `this` and `next` modify a weekday ("this friday", "el martes que viene"). */
    weeks: z.object({ thisWeek: words, nextWeek: words, this: words, next: words }).strict(),
    partsOfDay: z.object({ morning: words, afternoon: words, evening: words }).strict(),
    /** "As soon as possible", "first open", "any day". */
    soonest: words,
    /** Phrases that hold time words but name no time ("good morning", "小时"): their words are not read. */
    notTimes: words.default([]),
    clock: z
      .object({
        /** Number words for hours and minutes, beyond those in `dateWords.json`. */
        numbers: numberTable.default({}),
        /** Words that are a full hour by themselves ("twazè", "час"). */
        oClock: numberTable.default({}),
        /** Words before the hour ("a las", "alas", "الساعة") and after it ("o'clock", "giờ", "点", "시"). */
        before: words.default([]),
        after: words.default([]),
        minutes: words.default([]),
        half: words.default([]),
        am: words,
        pm: words,
        /** Late hours go after noon, early ones stay ("10 ночи" 22:00, "2 ночи" 02:00). */
        night: words.default([]),
        /** Around noon: 1 to 5 go after noon ("1 ظهرا" 13:00). */
        midday: words.default([]),
        /** Noon said alone. */
        noon: words.default([]),
      })
      .strict(),
  })
  .strict();

const entry = languageWhenWordsSchema;
const shape = { en: entry, es: entry, zh: entry, vi: entry, ko: entry, tl: entry, ru: entry, ar: entry, ht: entry } satisfies Record<Language, typeof entry>;
/** `whenWords.json`: one entry per language. */
export const whenWordsSchema = z.object(shape);
export type WhenWords = z.infer<typeof whenWordsSchema>;
type LanguageWhenWords = z.infer<typeof languageWhenWordsSchema>;

/** Kinds of words that name days: a weekday, today/tomorrow/the day after, weeks and their modifiers, parts of day, "as soon as possible". */
export type DayKind = 'weekday' | 'relativeDay' | 'thisWeek' | 'nextWeek' | 'this' | 'next' | 'partOfDay' | 'soonest';
/** Kinds of words in a clock time: hour and minute numbers, o'clock words before or after, half, am/pm and the like, noon, month names. */
export type ClockKind = 'number' | 'oClock' | 'before' | 'after' | 'minutes' | 'half' | 'am' | 'pm' | 'night' | 'midday' | 'noon' | 'month';
export type WhenKind = DayKind | ClockKind | 'notTime';

/** A word found in a prepared message: its kind, its value (weekday from 0 = Monday, days ahead, part of day, number) and where it is. */
export interface WhenWord {
  kind: WhenKind;
  value: number;
  start: number;
  end: number;
  /** Chinese or Korean: found inside a run of text, not as a word of its own. */
  unspaced: boolean;
  /** Minutes written with the hour ("10:30", "3h30"). */
  minutes?: number;
}

/** The words of one kind compiled into one regex, longest first. */
export interface WhenMatcher {
  kind: WhenKind;
  regex: RegExp;
  read(match: RegExpExecArray): Pick<WhenWord, 'value' | 'unspaced' | 'minutes'>;
}

/** A language's words (with the English ones it does not override) ready to find in a prepared message. */
export interface WhenLexicon {
  /** Whether `prepareWhenText` must keep marks for this language. */
  toneMarksMatter: boolean;
  days: readonly WhenMatcher[];
  clock: readonly WhenMatcher[];
}

type Entry = readonly [text: string, value: number];

const CLOCK_KINDS: ReadonlySet<WhenKind> = new Set<ClockKind>([
  ...['number', 'oClock', 'before', 'after', 'minutes', 'half'] as const,
  ...['am', 'pm', 'night', 'midday', 'noon', 'month'] as const,
]);
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{N}]/u;
/** Accents, tone marks and Arabic vowel signs, as `prepareWhenText` leaves them (decomposed). */
const MARK = '[\\u0300-\\u036f\\u064b-\\u065f\\u0670]';
/**
 * Prepared text holds only letters, marks, digits and single spaces, so a word edge is a space or
 * the text's end; clock words may also follow digits ("10am", "3è").
 */
const WORD_START = '(?<!\\S)';
const CLOCK_WORD_START = '(?<![^\\s\\d])';
const WORD_END = '(?!\\S)';
/** Where Chinese or Korean meets anything else but a space: "下午3点", "오후3시", "我要tuesday". */
const SCRIPT_EDGE =
  /([\p{Script=Han}\p{Script=Hangul}])(?=[^\s\p{Script=Han}\p{Script=Hangul}])|([^\s\p{Script=Han}\p{Script=Hangul}])(?=[\p{Script=Han}\p{Script=Hangul}])/gu;

/** An hour and minutes written with digits ("10:30", "3h30"): the colon would not survive `cleanText`. */
const DIGITS: WhenMatcher = {
  kind: 'number',
  regex: /(?<!\S)(\d{1,2})(?:[hg]([0-5]\d))?(?!\d)/g,
  read: (m) => ({ value: Number(m[1]), unspaced: false, ...(m[2] === undefined ? {} : { minutes: Number(m[2]) }) }),
};

/**
 * A message as the matchers read it: `cleanText` (lower case, Arabic letters unified, punctuation as
 * spaces), "10:30" and "10.30" as "10h30", a space where Chinese or Korean meets other letters or
 * digits; then `foldMarks`, or, where tone marks matter, everything but Hangul decomposed (NFD) so
 * that each letter's marks can be checked.
 */
export function prepareWhenText(text: string, toneMarksMatter = true): string {
  const timed = toAsciiDigits(text)
    .replace(/(?<!\d)(\d{1,2})\s*:\s*([0-5]\d)(?!\d)/g, '$1h$2')
    .replace(/(?<![\d.])(\d{1,2})\.([0-5]\d)(?![\d.])/g, '$1h$2');
  const cleaned = cleanText(timed).replace(SCRIPT_EDGE, '$1$2 ');
  return toneMarksMatter ? cleaned.replace(/[^\p{Script=Hangul}]+/gu, (run) => run.normalize('NFD')) : foldMarks(cleaned);
}

/** Every word of the matchers' kinds in a prepared message, outermost ones only ("por la mañana" hides "mañana"), in order. */
export function findWhenWords(prepared: string, matchers: readonly WhenMatcher[]): WhenWord[] {
  const found: WhenWord[] = [];
  for (const matcher of matchers) {
    for (const match of prepared.matchAll(matcher.regex)) {
      found.push({ kind: matcher.kind, start: match.index, end: match.index + match[0].length, ...matcher.read(match) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost: WhenWord[] = [];
  let reach = -1;
  let reachStart = -1;
  for (const word of found) {
    const inside = word.end < reach || (word.end === reach && word.start > reachStart);
    if (!inside && word.kind !== 'notTime') outermost.push(word);
    if (word.end > reach) [reach, reachStart] = [word.end, word.start];
  }
  return outermost;
}

/** Compiles every language's words, each with the English ones it does not have itself (members mix). */
export function compileWhenLexicons(when: WhenWords, dates: DateWords): Record<Language, WhenLexicon> {
  // English entries serve every language: prepare each text once.
  const keys = new Map<string, string>();
  const keyOf = (text: string, toneMarks: boolean): string => {
    const memo = `${toneMarks}\u0000${text}`;
    let key = keys.get(memo);
    if (key === undefined) {
      key = text.startsWith('=') ? `=${prepareWhenText(text.slice(1), toneMarks)}` : prepareWhenText(text, toneMarks);
      keys.set(memo, key);
    }
    return key;
  };
  return Object.fromEntries(
    languages.map((lng) => {
      const toneMarks = when[lng].toneMarksMatter;
      const build = (kinds: ReadonlyMap<WhenKind, Entry[]>, english: ReadonlyMap<WhenKind, Entry[]>): WhenMatcher[] =>
        [...kinds].flatMap(([kind, own]) => matcherOf({ language: lng, kind, toneMarks, keyOf: (t) => keyOf(t, toneMarks) }, own, english.get(kind) ?? []) ?? []);
      const lexicon: WhenLexicon = {
        toneMarksMatter: toneMarks,
        days: build(dayEntries(when[lng]), dayEntries(when.en)),
        clock: [DIGITS, ...build(clockEntries(when[lng], dates[lng]), clockEntries(when.en, dates.en))],
      };
      return [lng, lexicon];
    }),
  ) as Record<Language, WhenLexicon>;
}

function dayEntries(w: LanguageWhenWords): Map<WhenKind, Entry[]> {
  const { today, tomorrow, dayAfterTomorrow } = w.relativeDays;
  const { morning, afternoon, evening } = w.partsOfDay;
  return new Map<WhenKind, Entry[]>([
    ['weekday', indexed(w.weekdays)],
    ['relativeDay', indexed([today, tomorrow, dayAfterTomorrow])],
    ['thisWeek', plain(w.weeks.thisWeek)],
    ['nextWeek', plain(w.weeks.nextWeek)],
    ['this', plain(w.weeks.this)],
    ['next', plain(w.weeks.next)],
    ['partOfDay', indexed([morning, afternoon, evening])],
    ['soonest', plain(w.soonest)],
    ['notTime', plain(w.notTimes)],
  ]);
}

function clockEntries(w: LanguageWhenWords, dates: DateWords[Language]): Map<WhenKind, Entry[]> {
  const c = w.clock;
  const counted = Object.entries(dates.numbers).filter(([, n]) => n >= 1 && n <= 59);
  return new Map<WhenKind, Entry[]>([
    ['number', [...Object.entries(c.numbers), ...counted]],
    ['oClock', Object.entries(c.oClock)],
    ...(['before', 'after', 'minutes', 'half', 'am', 'pm', 'night', 'midday', 'noon'] as const).map((k): [WhenKind, Entry[]] => [k, plain(c[k])]),
    ['month', indexed(dates.months)],
    // A weekday may hold a number ("thứ 2", "星期三"): it is not an hour.
    ['notTime', [...plain(w.notTimes), ...plain(w.weekdays.flat())]],
  ]);
}

const plain = (list: readonly string[]): Entry[] => list.map((text) => [text, 0]);
const indexed = (lists: ReadonlyArray<readonly string[]>): Entry[] => lists.flatMap((list, i) => list.map((text): Entry => [text, i]));

/** One entry compiled: its boundaries apart, so that entries sharing them share one lookaround. */
interface Alternative {
  key: string;
  value: number;
  unspaced: boolean;
  before: string;
  body: string;
  after: string;
}

interface MatcherSpec {
  language: Language;
  kind: WhenKind;
  toneMarks: boolean;
  /** An entry prepared like a message in this language, `=` kept in front of exact ones. */
  keyOf(text: string): string;
}

/** One regex for a kind: the language's entries, then the English ones it does not already have. */
function matcherOf({ language, kind, toneMarks, keyOf }: MatcherSpec, own: readonly Entry[], english: readonly Entry[]): WhenMatcher | undefined {
  const byKey = new Map<string, Alternative>();
  for (const [text, value] of own) {
    const key = keyOf(text);
    const known = byKey.get(key);
    if (known && known.value !== value) throw new AppError('nlu.when_words', `whenWords.json: "${text}" means two things as ${kind} in ${language}`);
    byKey.set(key, { key, value, unspaced: isUnspacedScript(key), ...patternOf(key, kind, toneMarks) });
  }
  for (const [text, value] of english) {
    const key = keyOf(text);
    if (!byKey.has(key)) byKey.set(key, { key, value, unspaced: isUnspacedScript(key), ...patternOf(key, kind, toneMarks) });
  }
  if (byKey.size === 0) return undefined;
  // Longest first, so that at one place the longest entry wins; grouped by boundaries, longest group first.
  const groups = new Map<string, Alternative[]>();
  for (const a of [...byKey.values()].sort((x, y) => y.key.length - x.key.length)) {
    const key = `${a.before}\u0000${a.after}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const ordered = [...groups.values()];
  const alternatives = ordered.flat();
  const source = ordered.map((g) => `${g[0].before}(?:${g.map((a) => `(${a.body})`).join('|')})${g[0].after}`).join('|');
  return {
    kind,
    regex: new RegExp(source, 'gu'),
    read: (match) => {
      const group = match.findIndex((g, i) => i > 0 && g !== undefined);
      const { value, unspaced } = alternatives[group - 1];
      return { value, unspaced };
    },
  };
}

/**
 * The regex parts for one entry. Words must stand alone, except Chinese and Korean ones (no spaces;
 * particles glued on) and clock words right after digits ("10am", "3è"). Arabic words may carry the
 * proclitics و ف ب ل ("والثلاثاء", "بالصباح").
 */
function patternOf(key: string, kind: WhenKind, toneMarks: boolean): Pick<Alternative, 'before' | 'body' | 'after'> {
  const exact = key.startsWith('=');
  const prepared = exact ? key.slice(1) : key;
  const mode = !toneMarks ? 'folded' : exact ? 'exact' : 'marked';
  const joiner = isUnspacedScript(prepared) ? '\\s*' : '\\s+';
  const body = prepared
    .split(' ')
    .map((word) => (word.match(/\P{M}\p{M}*/gu) ?? []).map((cluster) => clusterPattern(cluster, mode)).join(''))
    .join(joiner);
  const first = prepared.charAt(0);
  const last = prepared.charAt(prepared.length - 1);
  const unspacedStart = /[\p{Script=Han}\p{Script=Hangul}]/u.test(first);
  const boundary = unspacedStart ? '' : CLOCK_KINDS.has(kind) ? CLOCK_WORD_START : WORD_START;
  const proclitic = /\p{Script=Arabic}/u.test(first) ? '[وف]?[بل]?' : '';
  const after = /[\p{Script=Han}\p{Script=Hangul}]/u.test(last) ? '' : WORD_END;
  return { before: boundary + proclitic, body, after };
}

/** A letter with its marks: the letter alone when marks do not matter (text and entry are folded); when they do, the entry's marks or none. */
function clusterPattern(cluster: string, mode: 'folded' | 'marked' | 'exact'): string {
  const base = String.fromCodePoint(cluster.codePointAt(0) ?? 0);
  if (UNSPACED.test(base)) return escape(cluster);
  const bare = base === 'đ' ? 'd' : base;
  if (mode === 'folded') return escape(bare);
  const forms = mode === 'exact' || cluster === bare ? [cluster] : [cluster, bare];
  return `(?:${forms.map(escape).join('|')})(?!${MARK})`;
}

const escape = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
