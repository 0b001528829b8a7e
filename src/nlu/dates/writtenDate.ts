import { birthDate, fullYear, type CalendarDate } from './calendarDate';
import { dateItems, type DateItem } from './dateItems';
import type { DateLexicon, DatePart } from './dateLexicon';
import { dateTokens } from './dateTokens';
import type { SpokenNumber } from './numberWords';

/** One reading of a message: its number words split one particular way. */
type Reading = Array<Exclude<DateItem, { kind: 'numbers' }> | { kind: 'number'; number: SpokenNumber }>;

interface PlacedNumber extends SpokenNumber {
  index: number;
  /** The part a marker next to it names ("năm 1950", "3月"), if any. */
  part?: DatePart;
}

/** Beyond this many readings the message is not a date said plainly. */
const MAX_READINGS = 4096;

/**
 * Reads a date written or said with words: a month name or a marked month number, a day and a
 * year, in any order a language uses ("4 de marzo de 1950", "march fourth nineteen fifty",
 * "1950年3月4日"). Undefined unless exactly one valid date can be read.
 */
export function readWrittenDate(text: string, lexicon: DateLexicon, today: Date): CalendarDate | undefined {
  const items = dateItems(dateTokens(text), lexicon);
  if (!items.some((i) => i.kind === 'month' || (i.kind === 'marker' && i.part === 'month'))) return undefined;
  const found = new Map<string, CalendarDate>();
  for (const reading of readingsOf(items)) {
    for (const date of datesIn(reading, lexicon.markerPosition, today)) found.set(`${date.year}-${date.month}-${date.day}`, date);
    if (found.size > 1) return undefined;
  }
  return [...found.values()][0];
}

function readingsOf(items: readonly DateItem[]): Reading[] {
  let readings: Reading[] = [[]];
  for (const item of items) {
    if (item.kind !== 'numbers') readings = readings.map((r) => [...r, item]);
    else readings = readings.flatMap((r) => item.readings.map((n) => [...r, ...n.map((number) => ({ kind: 'number' as const, number }))]));
    if (readings.length > MAX_READINGS) return [];
  }
  return readings;
}

function datesIn(reading: Reading, markerPosition: 'before' | 'after', today: Date): CalendarDate[] {
  const markerAt = (i: number): DatePart | undefined => {
    const next = reading[markerPosition === 'after' ? i + 1 : i - 1];
    return next?.kind === 'marker' ? next.part : undefined;
  };
  const numbers: PlacedNumber[] = reading.flatMap((e, index) => (e.kind === 'number' ? [{ ...e.number, index, part: markerAt(index) }] : []));
  const names = reading.flatMap((e, index) => (e.kind === 'month' ? [{ month: e.month, index }] : []));
  // Of several month names ("may I say march 4 1950"), only those next to a number can be the month.
  const months = names.length > 1 ? names.filter((m) => numbers.some((n) => Math.abs(n.index - m.index) <= 2)) : names;
  if (names.length > 0) return months.flatMap((m) => withMonth(m.month, numbers, today));
  const marked = numbers.filter((n) => n.part === 'month');
  if (marked.length !== 1 || marked[0].ordinal) return [];
  return withMonth(marked[0].value, numbers.filter((n) => n !== marked[0]), today);
}

/** The day and the year from exactly two numbers: the year is the marked one, the full one, or the later one. */
function withMonth(month: number, numbers: readonly PlacedNumber[], today: Date): CalendarDate[] {
  if (numbers.length !== 2 || numbers.some((n) => n.part === 'month')) return [];
  const [a, b] = numbers;
  const dates: CalendarDate[] = [];
  for (const [day, year] of [[a, b], [b, a]]) {
    if (day.part === 'year' || year.part === 'day' || year.year === 'none') continue;
    if (year.index < day.index && year.year === 'short' && year.part !== 'year') continue;
    const date = birthDate(year.year === 'full' ? year.value : fullYear(year.value, month, day.value, today), month, day.value, today);
    if (date) dates.push(date);
  }
  return dates;
}
