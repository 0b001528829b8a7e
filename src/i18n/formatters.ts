import { languageTraits, type Language } from '../domain/language';

/**
 * One clock-time formatter per language, made on first use. Building an `Intl.DateTimeFormat` costs
 * about 150 µs and native memory, and `Replies` formats the service hours for every line it renders.
 */
const clockFormats = new Map<Language, Intl.DateTimeFormat>();

/** "08:00" as a member of this language reads a time of day ("8:00 AM", "08:00", "上午8:00"). */
export function formatClockTime(language: Language, hhmm: string): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  const date = new Date(Date.UTC(2000, 0, 1, hours, minutes));
  let format = clockFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTraits[language].tag, { timeStyle: 'short', timeZone: 'UTC' });
    clockFormats.set(language, format);
  }
  return format.format(date);
}

const moneyFormats = new Map<Language, Intl.NumberFormat>();

/** Dollars as a member of this language reads them ("$150.00", "150,00 US$", "US$150.00"). */
export function formatMoney(language: Language, amount: number): string {
  let format = moneyFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(languageTraits[language].tag, { style: 'currency', currency: 'USD' });
    moneyFormats.set(language, format);
  }
  return format.format(amount);
}

/**
 * A date read back with its weekday, in the member's language and the plan's time zone. Where
 * Intl has no data for the language (Haitian Creole), the date is written in numbers (11/30/2026)
 * rather than in English words.
 */
export function formatLongDate(language: Language, date: Date, timeZone: string): string {
  const tag = languageTraits[language].tag;
  if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) {
    return new Intl.DateTimeFormat('en-US', { month: 'numeric', day: 'numeric', year: 'numeric', timeZone }).format(date);
  }
  return new Intl.DateTimeFormat(tag, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone }).format(date);
}
