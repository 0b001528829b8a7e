import type { i18n as I18n } from 'i18next';
import { languageTraits, type Language } from '../domain/language';
import { localDay, weekdayOf } from '../domain/zonedTime';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
/** The clock Haitian readers know, for the language Intl has no data for. */
const FALLBACK_CLOCK_TAG = 'fr-HT';

type Style = 'day' | 'time' | 'dateTime';

const intlOptions: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'long', month: 'long', day: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' },
  dateTime: { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/**
 * Visit and ride times read back with the weekday, in the member's language and the plan's time
 * zone (SPEC §3 rule 4). `Intl` writes them where it knows the language; where it does not
 * (Haitian Creole), the weekday and month names come from the locale's `calendar` keys and the
 * time is written on the 24-hour clock, as Haiti does.
 */
export class CalendarFormat {
  private readonly formats = new Map<string, Intl.DateTimeFormat>();
  private readonly intlKnows = new Map<Language, boolean>();

  constructor(
    private readonly i18n: I18n,
    readonly timeZone: string,
  ) {}

  /** "Tuesday, December 8" */
  day(language: Language, date: Date): string {
    return this.hasIntl(language) ? this.intl(languageTraits[language].tag, 'day').format(date) : this.ownDay(language, date);
  }

  /** "10:00 AM" */
  time(language: Language, date: Date): string {
    return this.intl(this.hasIntl(language) ? languageTraits[language].tag : FALLBACK_CLOCK_TAG, 'time').format(date);
  }

  /** "Tuesday, December 8 at 10:00 AM" */
  dateTime(language: Language, date: Date): string {
    if (this.hasIntl(language)) return this.intl(languageTraits[language].tag, 'dateTime').format(date);
    return this.i18n.t('calendar.dateTime', { lng: language, date: this.ownDay(language, date), time: this.time(language, date) });
  }

  private ownDay(language: Language, date: Date): string {
    const day = localDay(date, this.timeZone);
    return this.i18n.t('calendar.date', {
      lng: language,
      weekday: this.i18n.t(`calendar.weekdays.${WEEKDAYS[weekdayOf(day)]}`, { lng: language }),
      month: this.i18n.t(`calendar.months.${MONTHS[Number(day.slice(5, 7)) - 1]}`, { lng: language }),
      day: Number(day.slice(8, 10)),
    });
  }

  private hasIntl(language: Language): boolean {
    let knows = this.intlKnows.get(language);
    if (knows === undefined) {
      knows = Intl.DateTimeFormat.supportedLocalesOf([languageTraits[language].tag]).length > 0;
      this.intlKnows.set(language, knows);
    }
    return knows;
  }

  /** One formatter per tag and style, made on first use (each costs about 150 µs). */
  private intl(tag: string, style: Style): Intl.DateTimeFormat {
    const key = `${tag}|${style}`;
    let format = this.formats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(tag, { ...intlOptions[style], timeZone: this.timeZone });
      this.formats.set(key, format);
    }
    return format;
  }
}
