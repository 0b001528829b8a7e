/** A day on the calendar, as a member gives their date of birth. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const EARLIEST_YEAR = 1900;

/** The calendar day `today` falls on, in the server's time zone. */
function dayOf(today: Date): CalendarDate {
  return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date when it is a real one (no 30 February), from 1900 on and not after today; otherwise undefined. */
export function birthDate(year: number, month: number, day: number, today: Date): CalendarDate | undefined {
  const date = { year, month, day };
  if (![year, month, day].every(Number.isInteger) || year < EARLIEST_YEAR) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return compare(date, dayOf(today)) <= 0 ? date : undefined;
}

/** A two-digit year ("3/4/50"): 20yy when that date is not in the future, otherwise 19yy. */
export function fullYear(twoDigits: number, month: number, day: number, today: Date): number {
  const recent = 2000 + twoDigits;
  return compare({ year: recent, month, day }, dayOf(today)) <= 0 ? recent : 1900 + twoDigits;
}
