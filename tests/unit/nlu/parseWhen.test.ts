import { languages, type Language } from '../../../src/domain/language';
import { parseClockTime, parseWhen, type WhenRequest } from '../../../src/nlu/dates/parseWhen';

/** Fixed local calendar days, so weekday and year arithmetic does not drift. */
const MONDAY = '2026-11-30';
const THURSDAY = '2026-12-03';
/** A Monday near the year's end: a date without a year may fall in the next one. */
const YEAR_END = '2026-12-28';

const on = (day: string, partOfDay?: WhenRequest['partOfDay']): WhenRequest => ({ from: day, to: day, ...(partOfDay ? { partOfDay } : {}) });
const between = (from: string, to: string, partOfDay?: WhenRequest['partOfDay']): WhenRequest => ({ from, to, ...(partOfDay ? { partOfDay } : {}) });

const nextWeek = between('2026-12-07', '2026-12-13');
const thisWeekFromThursday = between(THURSDAY, '2026-12-06');
/** "As soon as possible" and a part of day alone look 30 days ahead. */
const openFromMonday = (partOfDay?: WhenRequest['partOfDay']): WhenRequest => between(MONDAY, '2026-12-30', partOfDay);

interface WhenCase {
  language: Language;
  text: string;
  today: string;
  meaning: string;
  expected: WhenRequest;
}

const when = (language: Language, text: string, today: string, meaning: string, expected: WhenRequest): WhenCase => ({ language, text, today, meaning, expected });

const cases: WhenCase[] = [
  when('en', 'next tuesday', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('en', 'tuesday', MONDAY, 'the soonest Tuesday', on('2026-12-01')),
  when('en', 'Monday', MONDAY, 'today when today is Monday', on(MONDAY)),
  when('en', 'this friday', THURSDAY, 'this week’s Friday', on('2026-12-04')),
  when('en', 'next friday', THURSDAY, 'Friday of next week', on('2026-12-11')),
  when('en', 'friday next week', THURSDAY, 'Friday of next week', on('2026-12-11')),
  when('en', 'this coming tuesday', MONDAY, 'the soonest Tuesday', on('2026-12-01')),
  when('en', 'monday morning', THURSDAY, 'next Monday morning', on('2026-12-07', 'morning')),
  when('en', 'today', THURSDAY, 'today', on(THURSDAY)),
  when('en', 'tomorrow', MONDAY, 'tomorrow', on('2026-12-01')),
  when('en', 'tmrw afternoon', MONDAY, 'tomorrow afternoon', on('2026-12-01', 'afternoon')),
  when('en', 'the day after tomorrow', MONDAY, 'two days ahead', on('2026-12-02')),
  when('en', 'tonight', MONDAY, 'this evening', on(MONDAY, 'evening')),
  when('en', 'this week', THURSDAY, 'today to Sunday', thisWeekFromThursday),
  when('en', 'next week in the afternoon', THURSDAY, 'next week, afternoons', between('2026-12-07', '2026-12-13', 'afternoon')),
  when('en', 'any day next week', MONDAY, 'next week', nextWeek),
  when('en', 'December 8th', MONDAY, 'that date', on('2026-12-08')),
  when('en', 'the 8th of dec', MONDAY, 'that date', on('2026-12-08')),
  when('en', '12/8', MONDAY, 'December 8 (month first)', on('2026-12-08')),
  when('en', 'january 5', YEAR_END, 'January 5 of next year', on('2027-01-05')),
  when('en', 'december 8', YEAR_END, 'December 8 of next year, this one being past', on('2027-12-08')),
  when('en', 'December 8, 2027', MONDAY, 'that exact date', on('2027-12-08')),
  when('en', '2027-01-05', MONDAY, 'that exact date', on('2027-01-05')),
  when('en', 'as soon as possible', MONDAY, 'the next 30 days', openFromMonday()),
  when('en', 'first open', MONDAY, 'the next 30 days', openFromMonday()),
  when('en', 'any day', MONDAY, 'the next 30 days', openFromMonday()),
  when('en', 'in the evening', MONDAY, 'evenings in the next 30 days', openFromMonday('evening')),

  when('es', 'el lunes por la mañana', THURSDAY, 'next Monday morning', on('2026-12-07', 'morning')),
  when('es', 'el lunes por la mañana', MONDAY, 'this morning when today is Monday', on(MONDAY, 'morning')),
  when('es', 'el próximo martes', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('es', 'el martes que viene', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('es', 'el miercoles en la tarde', MONDAY, 'Wednesday afternoon', on('2026-12-02', 'afternoon')),
  when('es', 'este viernes', MONDAY, 'this Friday', on('2026-12-04')),
  when('es', 'mañana en la mañana', MONDAY, 'tomorrow morning', on('2026-12-01', 'morning')),
  when('es', 'Mañana', MONDAY, 'tomorrow', on('2026-12-01')),
  when('es', 'pasado mañana', MONDAY, 'two days ahead', on('2026-12-02')),
  when('es', 'hoy', THURSDAY, 'today', on(THURSDAY)),
  when('es', 'la semana que viene', MONDAY, 'next week', nextWeek),
  when('es', 'esta semana', THURSDAY, 'today to Sunday', thisWeekFromThursday),
  when('es', '8 de diciembre', MONDAY, 'December 8', on('2026-12-08')),
  when('es', 'el 5 de enero', YEAR_END, 'January 5 of next year', on('2027-01-05')),
  when('es', 'lo antes posible', MONDAY, 'the next 30 days', openFromMonday()),
  when('es', 'cuanto antes', MONDAY, 'the next 30 days', openFromMonday()),
  when('es', 'por la tarde', MONDAY, 'afternoons in the next 30 days', openFromMonday('afternoon')),
  when('es', 'MIÉRCOLES', MONDAY, 'Wednesday, whatever the case and accents', on('2026-12-02')),

  when('zh', '下周二', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('zh', '下星期二', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('zh', '下礼拜二上午', MONDAY, 'Tuesday morning of next week', on('2026-12-08', 'morning')),
  when('zh', '星期五', THURSDAY, 'the soonest Friday', on('2026-12-04')),
  when('zh', '这周五', MONDAY, 'this Friday', on('2026-12-04')),
  when('zh', '周日', MONDAY, 'Sunday', on('2026-12-06')),
  when('zh', '明天下午', MONDAY, 'tomorrow afternoon', on('2026-12-01', 'afternoon')),
  when('zh', '后天', MONDAY, 'two days ahead', on('2026-12-02')),
  when('zh', '今晚', MONDAY, 'this evening', on(MONDAY, 'evening')),
  when('zh', '本周', THURSDAY, 'today to Sunday', thisWeekFromThursday),
  when('zh', '下周', MONDAY, 'next week', nextWeek),
  when('zh', '12月8日', MONDAY, 'December 8', on('2026-12-08')),
  when('zh', '1月5号', YEAR_END, 'January 5 of next year', on('2027-01-05')),
  when('zh', '越快越好', MONDAY, 'the next 30 days', openFromMonday()),
  when('zh', '晚上', MONDAY, 'evenings in the next 30 days', openFromMonday('evening')),

  when('vi', 'thứ hai tuần sau', THURSDAY, 'Monday of next week', on('2026-12-07')),
  when('vi', 'thứ hai tuần sau', MONDAY, 'Monday of next week, not today', on('2026-12-07')),
  when('vi', 'thu hai tuan sau', MONDAY, 'Monday of next week, typed without tone marks', on('2026-12-07')),
  when('vi', 'thứ ba', MONDAY, 'Tuesday, not Monday', on('2026-12-01')),
  when('vi', 'thứ ba tuần sau', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('vi', 'thứ 6 tuần này', MONDAY, 'this Friday', on('2026-12-04')),
  when('vi', 'sáng thứ hai', THURSDAY, 'next Monday morning', on('2026-12-07', 'morning')),
  when('vi', 'tôi muốn đi thứ hai', THURSDAY, 'next Monday, "tôi" (I) not being "tối" (evening)', on('2026-12-07')),
  when('vi', 'chiều mai', MONDAY, 'tomorrow afternoon', on('2026-12-01', 'afternoon')),
  when('vi', 'ngày mốt', MONDAY, 'two days ahead', on('2026-12-02')),
  when('vi', 'hôm nay', THURSDAY, 'today', on(THURSDAY)),
  when('vi', 'tuần sau', MONDAY, 'next week', nextWeek),
  when('vi', '8 tháng 12', MONDAY, 'December 8', on('2026-12-08')),
  when('vi', 'ngày 5 tháng 1', YEAR_END, 'January 5 of next year', on('2027-01-05')),
  when('vi', 'càng sớm càng tốt', MONDAY, 'the next 30 days', openFromMonday()),
  when('vi', 'toi nay', MONDAY, 'this evening, typed without tone marks', on(MONDAY, 'evening')),
  when('vi', 'buổi tối', MONDAY, 'evenings in the next 30 days', openFromMonday('evening')),

  when('ko', '다음 주 화요일', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('ko', '다음주화요일 오전에', MONDAY, 'Tuesday morning of next week', on('2026-12-08', 'morning')),
  when('ko', '화요일', MONDAY, 'the soonest Tuesday', on('2026-12-01')),
  when('ko', '이번 주 금요일', THURSDAY, 'this Friday', on('2026-12-04')),
  when('ko', '내일 오후', MONDAY, 'tomorrow afternoon', on('2026-12-01', 'afternoon')),
  when('ko', '모레', MONDAY, 'two days ahead', on('2026-12-02')),
  when('ko', '오늘', THURSDAY, 'today', on(THURSDAY)),
  when('ko', '다음 주', MONDAY, 'next week', nextWeek),
  when('ko', '12월 8일에', MONDAY, 'December 8', on('2026-12-08')),
  when('ko', '가장 빠른 날', MONDAY, 'the next 30 days', openFromMonday()),
  when('ko', '저녁에', MONDAY, 'evenings in the next 30 days', openFromMonday('evening')),

  when('tl', 'sa susunod na Martes', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('tl', 'Martes', MONDAY, 'the soonest Tuesday', on('2026-12-01')),
  when('tl', 'sa Lunes ng hapon', THURSDAY, 'next Monday afternoon', on('2026-12-07', 'afternoon')),
  when('tl', 'bukas ng umaga', MONDAY, 'tomorrow morning', on('2026-12-01', 'morning')),
  when('tl', 'sa makalawa', MONDAY, 'two days ahead', on('2026-12-02')),
  when('tl', 'ngayon', THURSDAY, 'today', on(THURSDAY)),
  when('tl', 'sa susunod na linggo', MONDAY, 'next week', nextWeek),
  when('tl', 'ngayong linggo', THURSDAY, 'today to Sunday', thisWeekFromThursday),
  when('tl', 'Disyembre 8', MONDAY, 'December 8', on('2026-12-08')),
  when('tl', 'pinakamaaga', MONDAY, 'the next 30 days', openFromMonday()),
  when('tl', 'sa gabi', MONDAY, 'evenings in the next 30 days', openFromMonday('evening')),

  when('ru', 'в следующий вторник', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('ru', 'во вторник', MONDAY, 'the soonest Tuesday', on('2026-12-01')),
  when('ru', 'в понедельник утром', THURSDAY, 'next Monday morning', on('2026-12-07', 'morning')),
  when('ru', 'в эту пятницу', MONDAY, 'this Friday', on('2026-12-04')),
  when('ru', 'завтра вечером', MONDAY, 'tomorrow evening', on('2026-12-01', 'evening')),
  when('ru', 'завтра в 10 утра', MONDAY, 'tomorrow morning', on('2026-12-01', 'morning')),
  when('ru', 'послезавтра', MONDAY, 'two days ahead', on('2026-12-02')),
  when('ru', 'сегодня', THURSDAY, 'today', on(THURSDAY)),
  when('ru', 'на следующей неделе', MONDAY, 'next week', nextWeek),
  when('ru', 'на этой неделе', THURSDAY, 'today to Sunday', thisWeekFromThursday),
  when('ru', '8 декабря', MONDAY, 'December 8', on('2026-12-08')),
  when('ru', '5 января', YEAR_END, 'January 5 of next year', on('2027-01-05')),
  when('ru', 'как можно скорее', MONDAY, 'the next 30 days', openFromMonday()),
  when('ru', 'днём', MONDAY, 'afternoons in the next 30 days', openFromMonday('afternoon')),

  when('ar', 'الثلاثاء القادم', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('ar', 'يوم الثلاثاء', MONDAY, 'the soonest Tuesday', on('2026-12-01')),
  when('ar', 'يوم الاثنين صباحا', THURSDAY, 'next Monday morning', on('2026-12-07', 'morning')),
  when('ar', 'غداً بعد الظهر', MONDAY, 'tomorrow afternoon', on('2026-12-01', 'afternoon')),
  when('ar', 'الأَرْبِعَاء', MONDAY, 'Wednesday, written with vowel signs', on('2026-12-02')),
  when('ar', 'بعد غد', MONDAY, 'two days ahead', on('2026-12-02')),
  when('ar', 'اليوم', THURSDAY, 'today', on(THURSDAY)),
  when('ar', 'الأسبوع القادم', MONDAY, 'next week', nextWeek),
  when('ar', 'هذا الأسبوع', THURSDAY, 'today to Sunday', thisWeekFromThursday),
  when('ar', '٨ ديسمبر', MONDAY, 'December 8', on('2026-12-08')),
  when('ar', 'في أقرب وقت', MONDAY, 'the next 30 days', openFromMonday()),
  when('ar', 'في المساء', MONDAY, 'evenings in the next 30 days', openFromMonday('evening')),

  when('ht', 'madi pwochen', MONDAY, 'Tuesday of next week', on('2026-12-08')),
  when('ht', 'madi', MONDAY, 'the soonest Tuesday', on('2026-12-01')),
  when('ht', 'lendi maten', THURSDAY, 'next Monday morning', on('2026-12-07', 'morning')),
  when('ht', 'demen apremidi', MONDAY, 'tomorrow afternoon', on('2026-12-01', 'afternoon')),
  when('ht', 'apre demen', MONDAY, 'two days ahead', on('2026-12-02')),
  when('ht', 'jodi a', THURSDAY, 'today', on(THURSDAY)),
  when('ht', 'semen pwochen', MONDAY, 'next week, typed without accents', nextWeek),
  when('ht', 'semèn sa a', THURSDAY, 'today to Sunday', thisWeekFromThursday),
  when('ht', '8 desanm', MONDAY, 'December 8', on('2026-12-08')),
  when('ht', 'pi vit posib', MONDAY, 'the next 30 days', openFromMonday()),
  when('ht', 'nan aswè', MONDAY, 'evenings in the next 30 days', openFromMonday('evening')),
];

const languageNames: Record<Language, string> = {
  en: 'English',
  es: 'Spanish',
  zh: 'Chinese',
  vi: 'Vietnamese',
  ko: 'Korean',
  tl: 'Tagalog',
  ru: 'Russian',
  ar: 'Arabic',
  ht: 'Haitian Creole',
};

interface ClockCase {
  language: Language;
  text: string;
  time: string;
}

const clock = (language: Language, text: string, time: string): ClockCase => ({ language, text, time });

const clockCases: ClockCase[] = [
  clock('en', '10:30', '10:30'),
  clock('en', '10 am', '10:00'),
  clock('en', '10 a.m.', '10:00'),
  clock('en', '3pm', '15:00'),
  clock('en', '15:45', '15:45'),
  clock('en', 'three in the afternoon', '15:00'),
  clock('en', '12 pm', '12:00'),
  clock('en', '12 am', '00:00'),
  clock('en', "3 o'clock", '15:00'),
  clock('en', '8 at night', '20:00'),
  clock('en', 'noon', '12:00'),
  clock('es', '3 de la tarde', '15:00'),
  clock('es', 'a las 10 de la mañana', '10:00'),
  clock('es', 'a las tres y media de la tarde', '15:30'),
  clock('es', 'a la una', '13:00'),
  clock('es', '9 de la noche', '21:00'),
  clock('es', 'al mediodía', '12:00'),
  clock('zh', '下午三点', '15:00'),
  clock('zh', '上午10点半', '10:30'),
  clock('zh', '晚上8点', '20:00'),
  clock('zh', '3点30分', '15:30'),
  clock('zh', '中午12点', '12:00'),
  clock('vi', '3 giờ chiều', '15:00'),
  clock('vi', '10 giờ sáng', '10:00'),
  clock('vi', 'ba giờ chiều', '15:00'),
  clock('vi', '9h30 sáng', '09:30'),
  clock('vi', 'lúc 2 giờ rưỡi chiều', '14:30'),
  clock('vi', '7 giờ tối', '19:00'),
  clock('ko', '오후 3시', '15:00'),
  clock('ko', '오전 10시 30분', '10:30'),
  clock('ko', '오후 세 시 반', '15:30'),
  clock('ko', '저녁 7시에', '19:00'),
  clock('tl', 'alas tres ng hapon', '15:00'),
  clock('tl', 'alas-10 ng umaga', '10:00'),
  clock('tl', 'ala una ng hapon', '13:00'),
  clock('tl', 'alas nuwebe y medya ng umaga', '09:30'),
  clock('ru', 'в три часа дня', '15:00'),
  clock('ru', 'в 10 утра', '10:00'),
  clock('ru', 'в 15:00', '15:00'),
  clock('ru', 'в 10.30', '10:30'),
  clock('ru', 'в час дня', '13:00'),
  clock('ru', 'в 7 вечера', '19:00'),
  clock('ar', 'الساعة ٣ مساء', '15:00'),
  clock('ar', 'الساعة العاشرة صباحاً', '10:00'),
  clock('ar', 'الساعة الواحدة ظهرا', '13:00'),
  clock('ar', 'الساعة ٣ والنصف', '15:30'),
  clock('ht', '3è diswa', '15:00'),
  clock('ht', '10è dimaten', '10:00'),
  clock('ht', 'a twazè', '15:00'),
  clock('ht', 'a 10h30', '10:30'),
  clock('ht', 'a 2è edmi', '14:30'),
];

/** Not a day, week or part of day in any language. */
const notWhen = ['yes', 'dental', 'M10000001', 'I need a ride', '', '   ', '12345', 'call me at 555-123-4567', 'next', 'may I ask something', '24/7', 'Feb 30'];

describe('parseWhen', () => {
  it.each(cases.map((c) => ({ ...c, name: languageNames[c.language] })))(
    "reads '$text' as $meaning in $name",
    ({ text, language, today, expected }) => {
      expect(parseWhen(text, language, today)).toEqual(expected);
    },
  );

  it.each(languages)('understands English day words in %s too', (language) => {
    expect(parseWhen('next tuesday', language, MONDAY)).toEqual(on('2026-12-08'));
    expect(parseWhen('tomorrow morning', language, MONDAY)).toEqual(on('2026-12-01', 'morning'));
    expect(parseWhen('December 8', language, MONDAY)).toEqual(on('2026-12-08'));
    expect(parseClockTime('3 pm', language)).toBe('15:00');
  });

  it('has at least six cases in every language', () => {
    for (const language of languages) expect(cases.filter((c) => c.language === language).length).toBeGreaterThanOrEqual(6);
  });

  it.each(languages.flatMap((language) => notWhen.map((text) => ({ language, text }))))(
    "finds no day in '$text' in $language",
    ({ text, language }) => {
      expect(parseWhen(text, language, MONDAY)).toBeUndefined();
    },
  );

  it.each([
    ['en', 'good morning'],
    ['es', 'buenas tardes'],
    ['zh', '早上好'],
    ['vi', 'chào buổi sáng'],
    ['ko', '좋은 아침이에요'],
    ['tl', 'magandang umaga po'],
    ['ru', 'доброе утро'],
    ['ar', 'صباح الخير'],
  ] as const)('does not read the %s greeting "%s" as a part of day', (language, text) => {
    expect(parseWhen(text, language, MONDAY)).toBeUndefined();
  });

  it('reads Vietnamese weekdays by their tone-marked words: thứ hai is Monday, thứ ba Tuesday', () => {
    expect(parseWhen('thứ hai', 'vi', THURSDAY)).toEqual(on('2026-12-07'));
    expect(parseWhen('thứ ba', 'vi', THURSDAY)).toEqual(on('2026-12-08'));
    expect(parseWhen('tối thứ ba', 'vi', THURSDAY)).toEqual(on('2026-12-08', 'evening'));
  });

  it('finds no Arabic or Chinese weekday inside other words', () => {
    expect(parseWhen('الساعة اثنين', 'ar', MONDAY)).toBeUndefined();
    expect(parseWhen('我需要看牙医', 'zh', MONDAY)).toBeUndefined();
  });

  it('is undefined for a today that is not a calendar date', () => {
    expect(parseWhen('tomorrow', 'en', '2026-13-45')).toBeUndefined();
    expect(parseWhen('tomorrow', 'en', 'yesterday')).toBeUndefined();
  });

  it('does not throw on a missing text or an unknown language', () => {
    expect(parseWhen(undefined as unknown as string, 'en', MONDAY)).toBeUndefined();
    expect(parseWhen('tomorrow', 'xx' as unknown as Language, MONDAY)).toBeUndefined();
    expect(parseWhen('tomorrow', 'constructor' as unknown as Language, MONDAY)).toBeUndefined();
    expect(parseClockTime('3 pm', 'toString' as unknown as Language)).toBeUndefined();
    expect(parseClockTime(null as unknown as string, 'en')).toBeUndefined();
  });

  it('returns quickly, without throwing, on 10,000 characters of hostile input in every language', () => {
    const hostile = [
      'a'.repeat(10_000),
      'monday '.repeat(1_430),
      '3 '.repeat(5_000),
      '下周二上午三点'.repeat(1_430),
      'thứ hai tuần sau '.repeat(590),
      '1/2/'.repeat(2_500),
      'nine '.repeat(2_000),
      Array.from({ length: 10_000 }, (_, i) => String.fromCodePoint(32 + ((i * 7919) % 60_000))).join(''),
    ];
    for (const text of hostile) {
      for (const language of languages) {
        const started = Date.now();
        const result = parseWhen(text, language, MONDAY);
        expect(Date.now() - started).toBeLessThan(1_000);
        if (result) expect(result.from <= result.to).toBe(true);
      }
    }
  });
});

describe('parseClockTime', () => {
  it.each(clockCases.map((c) => ({ ...c, name: languageNames[c.language] })))("reads '$text' as $time in $name", ({ text, language, time }) => {
    expect(parseClockTime(text, language)).toBe(time);
  });

  it.each([
    ['en', 'yes'],
    ['en', 'M10000001'],
    ['en', 'I need a ride'],
    ['en', 'tuesday'],
    ['en', '3 hours'],
    ['en', 'december 8 in the morning'],
    ['en', 'call me at 555-123-4567'],
    ['vi', 'thứ 2 chiều'],
    ['zh', '星期三下午'],
    ['zh', '快一点'],
    ['ko', '한 시간 후에'],
    ['es', 'dental'],
  ] as const)('finds no clock time in the %s text "%s"', (language, text) => {
    expect(parseClockTime(text, language)).toBeUndefined();
  });

  it('returns quickly, without throwing, on 10,000 characters of hostile input', () => {
    for (const text of ['3 '.repeat(5_000), 'a las '.repeat(1_700), '下午三点'.repeat(2_500), '10:30'.repeat(2_000)]) {
      for (const language of languages) {
        const started = Date.now();
        expect(() => parseClockTime(text, language)).not.toThrow();
        expect(Date.now() - started).toBeLessThan(1_000);
      }
    }
  });
});
