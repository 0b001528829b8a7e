import { birthDate, fullYear, type CalendarDate } from './calendarDate';
import { toAsciiDigits } from './dateTokens';

/** Three numbers joined by the same "/", "-" or "." and not part of a longer run of them. */
const NUMERIC_DATE = /(?<!\d\s*[/.-]?\s*)(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?!\s*[/.-]?\s*\d)/g;

/**
 * Reads an all-digit date: US month first ("3/4/1950", "03-04-1950", "3.4.1950"), day first when
 * the first number cannot be a month ("25/12/1950"), year first when it has four digits
 * ("1950-03-04", "1950/3/4"), and two-digit years ("3/4/50"). `undefined` when the text holds no
 * such form; `{ date: undefined }` when it holds one that is not a valid birth date, or more than one.
 */
export function readNumericDate(text: string, today: Date): { date: CalendarDate | undefined } | undefined {
  const matches = [...toAsciiDigits(text).matchAll(NUMERIC_DATE)];
  if (matches.length === 0) return undefined;
  if (matches.length > 1) return { date: undefined };
  const [, first, , second, third] = matches[0];
  return { date: fromParts(first, second, third, today) };
}

function fromParts(first: string, second: string, third: string, today: Date): CalendarDate | undefined {
  const [a, b, c] = [first, second, third].map(Number);
  if (first.length === 4) return third.length <= 2 ? birthDate(a, b, c, today) : undefined;
  if (first.length > 2 || (third.length !== 2 && third.length !== 4)) return undefined;
  const [month, day] = a > 12 ? [b, a] : [a, b];
  const year = third.length === 4 ? c : fullYear(c, month, day, today);
  return birthDate(year, month, day, today);
}
