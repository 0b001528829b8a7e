/**
 * Calendar days and clock times in a time zone (the plan's), on top of `Intl`: slots are stored
 * as instants, members speak in local days ("tuesday morning"). Local days are "YYYY-MM-DD".
 */
const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): { day: string; minutes: number } {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    partFormats.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** The local calendar day of an instant. */
export function localDay(date: Date, timeZone: string): string {
  return partsIn(date, timeZone).day;
}

/** Minutes since local midnight of an instant (9:30 → 570). */
export function localMinutes(date: Date, timeZone: string): number {
  return partsIn(date, timeZone).minutes;
}

/** The instant a local day and clock time ("HH:MM") name in the time zone. */
export function zonedInstant(day: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  const wanted = Date.UTC(y, m - 1, d, h, mi);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const seen = partsIn(new Date(guess), timeZone);
    const [sy, sm, sd] = seen.day.split('-').map(Number);
    const seenAsUtc = Date.UTC(sy, sm - 1, sd) + seen.minutes * 60_000;
    guess += wanted - seenAsUtc;
  }
  return new Date(guess);
}

/** The local day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekday(day: string): boolean {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6;
}

/** Monday to Friday days after `from`, up to and including `to` (0 when `to` is not later). */
export function businessDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWeekday(day)) count++;
  return count;
}
