import type { Language } from '../../domain/language';
import type { CalendarDate } from './calendarDate';
import { compileDateLexicons, dateWordsSchema } from './dateLexicon';
import dateWords from './dateWords.json';
import { readNumericDate } from './numericDate';
import { readWrittenDate } from './writtenDate';

const lexicons = compileDateLexicons(dateWordsSchema.parse(dateWords));

/**
 * A member's date of birth from what they typed or said, in their language: numeric forms
 * (US month first, day first when the first number is over 12, ISO, two-digit years), month names
 * and abbreviations with or without accents, marked parts ("1950年3月4日", "ngày 4 tháng 3 năm 1950"),
 * and number words as phone transcripts give them ("march fourth nineteen fifty"). English month
 * names and number words are understood in every language. Undefined unless the text gives one
 * full, real date from 1900 to `today`; a missing part is never guessed.
 */
export function parseBirthDate(text: string, language: Language, today: Date = new Date()): CalendarDate | undefined {
  const numeric = readNumericDate(text, today);
  if (numeric) return numeric.date;
  return readWrittenDate(text, lexicons[language], today) ?? (language === 'en' ? undefined : readWrittenDate(text, lexicons.en, today));
}
