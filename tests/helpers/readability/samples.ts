import { formatClockTime, formatLongDate, formatMoney } from '../../../src/i18n/formatters';
import { languageTraits, type Language } from '../../../src/domain/language';

/**
 * Realistic, short values for interpolation variables, so that a message is measured as a member
 * reads it: the plan's name, a phone number, a menu number, an amount. Dates, times, percentages and
 * money are formatted for the language, as the app formats them. A variable not named here gets a value
 * by the words of its name ("ridesLeft" → "2", "otcAmount" → "$150.00", "openTime" → "8:00 AM");
 * `unknownVariables` collects the ones that matched nothing, so the table can be extended.
 */
const fixed: Record<string, string> = {
  planName: 'Sunrise Community Health Plan',
  phone: '1-800-555-0142',
  number: '2',
  year: '2025',
  minutes: '15',
  zip: '10001',
  confirmation: 'R-4821',
  memberId: 'M10004321',
  last4: '0123',
};

const COUNT_WORDS = ['count', 'number', 'num', 'size', 'attempts', 'rides', 'visits', 'trips', 'household', 'people', 'quantity', 'days', 'weeks', 'months'];
const MONEY_WORDS = ['amount', 'money', 'cost', 'price', 'copay', 'income', 'savings', 'resources', 'limit', 'allowance', 'balance', 'total', 'fee', 'dollars', 'max', 'spent', 'left', 'remaining'];
const TIME_WORDS = ['time', 'open', 'opens', 'close', 'closes', 'start', 'end', 'hour', 'pickup'];
const DATE_WORDS = ['date', 'day', 'when', 'birthday', 'weekday'];

export const unknownVariables = new Set<string>();

/** A person's short reply to a member, as an agent writes it. */
const sampleReply: Partial<Record<Language, string>> = { en: 'Hello, I am here to help you.' };

/**
 * A realistic value for `{{name}}` in a message of `language`. `messages` are the flattened texts of the
 * message's own namespace (a menu label or a benefit's name is itself a text there); `key` tells the
 * plural form, for `{{count}}`.
 */
export function sampleValue(name: string, language: Language, messages: Record<string, string>, key = ''): string {
  if (name === 'count') {
    const form = /_(zero|one|two|few|many|other)$/.exec(key)?.[1] ?? 'other';
    return { zero: '0', one: '1', two: '2', few: '3', many: '5', other: '2' }[form] ?? '2';
  }
  if (name in fixed) return fixed[name];
  if (name === 'label') return messages['mainMenu.person'] ?? 'Talk to a person';
  if (name === 'benefit') return messages['names.vision'] ?? 'eye exams and glasses';
  if (name === 'what') return (messages['units.visits_other'] ?? '{{count}} visits').replace(/\{\{\s*count\s*\}\}/, '2');
  if (name === 'period') return messages['periods.year'] ?? 'each year';
  /** What a person writes to the member: one of the suggested replies. */
  if (name === 'text') return sampleReply[language] ?? 'Hello, I am here to help you.';

  const words = name.split(/(?=[A-Z])|[_.]/).map((w) => w.toLowerCase());
  const has = (list: string[]) => words.some((w) => list.includes(w));
  if (words[words.length - 1] === 'name') return 'Maria';
  if (has(['phone', 'tel', 'telephone'])) return '1-800-555-0142';
  if (has(['percent', 'percentage', 'rate', 'coinsurance'])) return new Intl.NumberFormat(languageTraits[language].tag, { style: 'percent' }).format(0.2);
  if (has(DATE_WORDS)) return formatLongDate(language, new Date(Date.UTC(2025, 5, 2, 15)), 'America/New_York');
  if (has(TIME_WORDS)) return formatClockTime(language, has(['close', 'closes', 'end']) ? '20:00' : '08:00');
  if (has(COUNT_WORDS)) return '2';
  if (has(MONEY_WORDS)) return formatMoney(language, 150);
  unknownVariables.add(name);
  return '2';
}

/** The message with every `{{variable}}` (also `{{variable, format}}`) replaced by a sample value. */
export function substitute(text: string, language: Language, messages: Record<string, string>, key = ''): string {
  return text.replace(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g, (_, name: string) => sampleValue(name, language, messages, key));
}
