import { formatLongDate, formatMoney } from '../../../src/i18n/formatters';

const date = new Date('2026-12-31T17:00:00Z');

describe('dates and money in the member language', () => {
  it.each([
    ['en', 'Thursday, December 31, 2026'],
    ['es', 'jueves, 31 de diciembre de 2026'],
    ['ko', '2026년 12월 31일 목요일'],
  ] as const)('reads a date back with its weekday in %s', (lng, expected) => {
    expect(formatLongDate(lng, date, 'America/New_York')).toBe(expected);
  });

  it('writes a Haitian Creole date in numbers rather than in English words', () => {
    expect(formatLongDate('ht', date, 'America/New_York')).toBe('12/31/2026');
  });

  it('formats dollars for the language', () => {
    expect(formatMoney('en', 114.25)).toBe('$114.25');
    expect(formatMoney('vi', 150)).toMatch(/150,00\s?US\$/);
  });
});
