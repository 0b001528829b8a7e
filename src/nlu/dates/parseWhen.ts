import type { Language } from '../../domain/language';
import { compileDateLexicons, dateWordsSchema, type DateLexicon } from './dateLexicon';
import { dateItems } from './dateItems';
import { dateTokens, toAsciiDigits } from './dateTokens';
import dateWords from './dateWords.json';
import { compileWhenLexicons, findWhenWords, prepareWhenText, whenWordsSchema, type WhenKind, type WhenLexicon, type WhenWord } from './whenLexicon';
import whenWords from './whenWords.json';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** The days a member means (local calendar days in the plan's time zone, inclusive, YYYY-MM-DD) and the part of day. */
export interface WhenRequest {
  from: string;
  to: string;
  partOfDay?: PartOfDay;
}

const dates = dateWordsSchema.parse(dateWords);
const dateLexicons = compileDateLexicons(dates);
const whenLexicons = compileWhenLexicons(whenWordsSchema.parse(whenWords), dates);

/** The language's words, or undefined for a value that is not a language (callers outside TypeScript). */
const lexiconFor = (language: Language): WhenLexicon | undefined => (Object.hasOwn(whenLexicons, language) ? whenLexicons[language] : undefined);

const PARTS_OF_DAY: readonly PartOfDay[] = ['morning', 'afternoon', 'evening'];
/** "As soon as possible", or a part of day alone, looks this many days ahead. */
const OPEN_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * What days (and part of day) a member means when asked when they want to go: today, tomorrow,
 * the day after; a weekday (the soonest one, or the one in next week with "next"/"que viene"/
 * "tuần sau"/"下周"…); this or next week; a date without a year (its next occurrence) or with one;
 * "as soon as possible"; a part of day, alone or with any of these. English words are understood in
 * every language. `today` is the local calendar date YYYY-MM-DD. Undefined when the text names no
 * day, week or part of day.
 */
export function parseWhen(text: string, language: Language, today: string): WhenRequest | undefined {
  const start = dayNumberOf(today);
  const lexicon = lexiconFor(language);
  if (start === undefined || typeof text !== 'string' || !lexicon) return undefined;
  const words = findWhenWords(prepareWhenText(text, lexicon.toneMarksMatter), lexicon.days);
  const part = words.find((w) => w.kind === 'partOfDay');
  const days = daysMeant(text, words, language, start);
  if (!days && !part) return undefined;
  const [from, to] = days ?? [start, start + OPEN_DAYS];
  return { from: isoOf(from), to: isoOf(to), ...(part ? { partOfDay: PARTS_OF_DAY[part.value] } : {}) };
}

function daysMeant(text: string, words: readonly WhenWord[], language: Language, today: number): [number, number] | undefined {
  const has = (kind: WhenKind): boolean => words.some((w) => w.kind === kind);
  const date =
    numericDate(text, today) ??
    writtenDate(text, dateLexicons[language], today) ??
    (language === 'en' ? undefined : writtenDate(text, dateLexicons.en, today));
  if (date !== undefined) return [date, date];
  const relative = words.find((w) => w.kind === 'relativeDay');
  if (relative) return [today + relative.value, today + relative.value];
  const monday = today - weekdayOf(today);
  const weekday = words.find((w) => w.kind === 'weekday');
  if (weekday) {
    const day = has('next') || has('nextWeek') ? monday + 7 + weekday.value : today + ((weekday.value - weekdayOf(today) + 7) % 7);
    return [day, day];
  }
  if (has('nextWeek')) return [monday + 7, monday + 13];
  if (has('thisWeek')) return [today, monday + 6];
  if (has('soonest')) return [today, today + OPEN_DAYS];
  return undefined;
}

/**
 * A date in digits: "12/8" (US month first, always: "24/7" is no date), "12/8/2026" (day first when
 * the first number is over 12, as for birth dates), "2026-12-08".
 */
const NUMERIC_DATE = /(?<!\d|\d[/.-])(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{1,4}))?(?!\d|[/.-]\d)/g;

function numericDate(text: string, today: number): number | undefined {
  for (const [, first, separator, second, third] of toAsciiDigits(text).matchAll(NUMERIC_DATE)) {
    const found = numericParts(first, separator, second, third, today);
    if (found !== undefined) return found;
  }
  return undefined;
}

function numericParts(first: string, separator: string, second: string, third: string | undefined, today: number): number | undefined {
  const [a, b, c] = [first, second, third ?? ''].map(Number);
  if (third === undefined) return separator === '/' && first.length <= 2 ? nextOccurrence(a, b, today) : undefined;
  if (first.length === 4) return third.length <= 2 ? dayNumber(a, b, c) : undefined;
  if (first.length > 2 || (third.length !== 2 && third.length !== 4)) return undefined;
  const [month, day] = a > 12 ? [b, a] : [a, b];
  return dayNumber(third.length === 2 ? 2000 + c : c, month, day);
}

/** One element of a message read with date words: a month, a number (with the part a marker gives it), or anything else. */
type DateElement = { kind: 'month'; month: number } | { kind: 'number'; value: number; fullYear: boolean; monthMarked: boolean } | { kind: 'other' };

/** A date with a month name or marked month ("8 de diciembre", "december 8th", "12月8日", "8 tháng 12", "12월 8일", "8 декабря"). */
function writtenDate(text: string, lexicon: DateLexicon, today: number): number | undefined {
  const items = dateItems(dateTokens(text), lexicon);
  if (!items.some((i) => i.kind === 'month' || (i.kind === 'marker' && i.part === 'month'))) return undefined;
  const elements: DateElement[] = items.flatMap((item, i): DateElement[] => {
    if (item.kind === 'month') return [item];
    if (item.kind !== 'numbers') return [{ kind: 'other' }];
    const marker = items[lexicon.markerPosition === 'after' ? i + 1 : i - 1];
    const monthMarked = marker?.kind === 'marker' && marker.part === 'month';
    const reading = [...item.readings].sort((x, y) => x.length - y.length)[0] ?? [];
    return reading.map((n) => ({ kind: 'number', value: n.value, fullYear: n.year === 'full', monthMarked }));
  });
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    const month = e.kind === 'month' ? e.month : e.kind === 'number' && e.monthMarked && e.value <= 12 ? e.value : undefined;
    if (month === undefined) continue;
    const near = (distance: number, fits: (n: Extract<DateElement, { kind: 'number' }>) => boolean): number | undefined => {
      for (let d = 1; d <= distance; d++) {
        for (const j of [i + d, i - d]) {
          const n = elements[j];
          if (n?.kind === 'number' && fits(n)) return n.value;
        }
      }
      return undefined;
    };
    const day = near(2, (n) => !n.monthMarked && !n.fullYear && n.value >= 1 && n.value <= 31);
    if (day === undefined) continue;
    const year = near(4, (n) => n.fullYear && n.value >= 1900 && n.value <= 2200);
    const found = year === undefined ? nextOccurrence(month, day, today) : dayNumber(year, month, day);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A clock time ("10:30", "10 am", "3 de la tarde", "3 giờ chiều", "下午三点", "오후 3시", "alas tres ng
 * hapon", "в три часа дня", "الساعة ٣ مساء", "3è diswa") as "HH:MM", 24-hour. A bare hour needs an
 * o'clock word, minutes or am/pm beside it; without am/pm, 1 to 6 mean the afternoon (clinic hours).
 * Undefined when there is none.
 */
export function parseClockTime(text: string, language: Language): string | undefined {
  const lexicon = lexiconFor(language);
  if (typeof text !== 'string' || !lexicon) return undefined;
  const prepared = prepareWhenText(text, lexicon.toneMarksMatter);
  const words = findWhenWords(prepared, lexicon.clock);
  const touching = (a: WhenWord, b: WhenWord): boolean => b.start >= a.end && prepared.slice(a.end, b.start).trim() === '';
  for (let i = 0; i < words.length; i++) {
    const time = clockAt(words, i, touching);
    if (time) return time;
  }
  return words.some((w) => w.kind === 'noon') ? '12:00' : undefined;
}

const QUALIFIERS: ReadonlySet<WhenKind> = new Set<WhenKind>(['am', 'pm', 'night', 'midday']);

function clockAt(words: readonly WhenWord[], i: number, touching: (a: WhenWord, b: WhenWord) => boolean): string | undefined {
  const hour = words[i];
  if (hour.kind !== 'number' && hour.kind !== 'oClock') return undefined;
  const next = (j: number): WhenWord | undefined => (j < words.length && touching(words[j - 1], words[j]) ? words[j] : undefined);
  const previous = (j: number): WhenWord | undefined => (j >= 0 && touching(words[j], words[j + 1]) ? words[j] : undefined);
  let saidOClock = hour.kind === 'oClock';
  let qualifier: WhenKind | undefined;
  let j = i - 1;
  if (previous(j)?.kind === 'before') [saidOClock, j] = [true, j - 1];
  const before = previous(j);
  if (before && QUALIFIERS.has(before.kind)) qualifier = before.kind;
  let k = i + 1;
  if (next(k)?.kind === 'after') [saidOClock, k] = [true, k + 1];
  let minutes = hour.minutes;
  const minuteWord = minutes === undefined ? next(k) : undefined;
  if (minuteWord?.kind === 'half') [minutes, k] = [30, k + 1];
  else if (minuteWord?.kind === 'number' && minuteWord.minutes === undefined && minuteWord.value < 60 && (saidOClock || minuteWord.value >= 10)) {
    [minutes, k] = [minuteWord.value, k + 1];
    if (next(k)?.kind === 'minutes') k++;
  }
  const after = next(k);
  if (after && QUALIFIERS.has(after.kind)) qualifier ??= after.kind;
  // "december 8 in the morning": the 8 is a day.
  const nextToMonth = before?.kind === 'month' || next(i + 1)?.kind === 'month';
  if (hour.unspaced && !saidOClock) return undefined;
  if (!saidOClock && hour.minutes === undefined && (qualifier === undefined || nextToMonth)) return undefined;
  const h = to24(hour.value, qualifier);
  return h === undefined ? undefined : `${pad(h)}:${pad(minutes ?? 0)}`;
}

function to24(hour: number, qualifier: WhenKind | undefined): number | undefined {
  if (hour > 23) return undefined;
  if (hour === 0 || hour > 12) return hour;
  switch (qualifier) {
    case 'am':
      return hour % 12;
    case 'pm':
      return hour === 12 ? 12 : hour + 12;
    case 'night':
      return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
    case 'midday':
      return hour <= 5 ? hour + 12 : hour;
    default:
      return hour <= 6 ? hour + 12 : hour;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dayNumberOf(iso: string): number | undefined {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Days since 1970-01-01 for a real calendar date, else undefined. */
function dayNumber(year: number, month: number, day: number): number | undefined {
  if (year < 1900 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime() / DAY_MS;
}

/** The first `month`/`day` on or after `today` (29 February may be years away). */
function nextOccurrence(month: number, day: number, today: number): number | undefined {
  const year = new Date(today * DAY_MS).getUTCFullYear();
  for (let y = year; y <= year + 8; y++) {
    const found = dayNumber(y, month, day);
    if (found !== undefined && found >= today) return found;
  }
  return undefined;
}

const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 = Monday. */
const weekdayOf = (day: number): number => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
