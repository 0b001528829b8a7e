/** The last day of the calendar quarter that `now` falls in, at noon in the plan's time zone (safe to format as a date). */
export function endOfQuarter(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  const lastMonth = Math.ceil(month / 3) * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return new Date(Date.UTC(year, lastMonth - 1, lastDay, 12));
}
