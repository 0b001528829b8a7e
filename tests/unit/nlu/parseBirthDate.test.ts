import { languages, type Language } from '../../../src/domain/language';
import { parseBirthDate } from '../../../src/nlu/dates/parseBirthDate';

/** A fixed "today" (local calendar day), so the two-digit-year and future checks do not drift. */
const today = new Date(2025, 2, 10);
const march4th1950 = { year: 1950, month: 3, day: 4 };

type Case = readonly [Language, string, { year: number; month: number; day: number }];

const read = (text: string, language: Language): ReturnType<typeof parseBirthDate> => parseBirthDate(text, language, today);

describe('parseBirthDate', () => {
  describe('numeric dates, in every language', () => {
    const numeric: Array<readonly [string, { year: number; month: number; day: number }]> = [
      ['3/4/1950', march4th1950],
      ['03-04-1950', march4th1950],
      ['3.4.1950', march4th1950],
      ['3 / 4 / 1950', march4th1950],
      ['1950-03-04', march4th1950],
      ['1950/3/4', march4th1950],
      ['25/12/1950', { year: 1950, month: 12, day: 25 }],
      ['12/25/1950', { year: 1950, month: 12, day: 25 }],
      ['3/4/50', march4th1950],
      ['٤/٣/١٩٥٠', { year: 1950, month: 4, day: 3 }],
      ['１９５０／３／４', march4th1950],
      ['my birthday is 3/4/1950.', march4th1950],
    ];
    it.each(languages.flatMap((lng) => numeric.map(([text, date]) => [lng, text, date] as const)))(
      'reads %s "%s" month first (day first only when the first number is over 12)',
      (lng, text, date) => {
        expect(read(text, lng)).toEqual(date);
      },
    );
  });

  describe('two-digit years', () => {
    it.each([
      ['3/4/10', { year: 2010, month: 3, day: 4 }],
      ['3/4/25', { year: 2025, month: 3, day: 4 }],
      ['3/11/25', { year: 1925, month: 3, day: 11 }],
      ['3/4/00', { year: 2000, month: 3, day: 4 }],
      ['3/4/99', { year: 1999, month: 3, day: 4 }],
      ['March 4 50', march4th1950],
      ['4 de marzo del 50', march4th1950],
    ])('reads "%s" in this century unless that date is still to come', (text, date) => {
      expect(read(text, text.includes('marzo') ? 'es' : 'en')).toEqual(date);
    });
  });

  describe('month names and abbreviations, with and without accents', () => {
    const written: Case[] = [
      ['en', 'March 4th, 1950', march4th1950],
      ['en', 'Mar 4 1950', march4th1950],
      ['en', 'mar. 4, 1950', march4th1950],
      ['en', '4 March 1950', march4th1950],
      ['en', 'the 4th of March, 1950', march4th1950],
      ['en', '1950 March 4', march4th1950],
      ['en', 'Sept 30 1961', { year: 1961, month: 9, day: 30 }],
      ['en', 'I was born on may 1st 1948', { year: 1948, month: 5, day: 1 }],
      ['es', '4 de marzo de 1950', march4th1950],
      ['es', 'marzo 4 1950', march4th1950],
      ['es', 'el 1ro de dic. de 1950', { year: 1950, month: 12, day: 1 }],
      ['es', '4 de setiembre de 1950', { year: 1950, month: 9, day: 4 }],
      ['zh', '1950年3月4日', march4th1950],
      ['zh', '1950年3月4号', march4th1950],
      ['zh', '１９５０年３月４日', march4th1950],
      ['zh', '1950年十二月4日', { year: 1950, month: 12, day: 4 }],
      ['vi', '4 tháng 3 năm 1950', march4th1950],
      ['vi', 'ngày 4 tháng 3 năm 1950', march4th1950],
      ['vi', 'ngay 4 thang 3 nam 1950', march4th1950],
      ['vi', 'ngày 4 tháng ba năm 1950', march4th1950],
      ['vi', 'mùng 4 tháng mười hai năm 1950', { year: 1950, month: 12, day: 4 }],
      ['vi', '4 thang tu 1950', { year: 1950, month: 4, day: 4 }],
      ['ko', '1950년 3월 4일', march4th1950],
      ['ko', '1950년3월4일', march4th1950],
      ['ko', '1950년 삼월 4일', march4th1950],
      ['tl', 'Marso 4, 1950', march4th1950],
      ['tl', 'ika-4 ng Marso 1950', march4th1950],
      ['tl', 'Setyembre 4, 1950', { year: 1950, month: 9, day: 4 }],
      ['ru', '4 марта 1950', march4th1950],
      ['ru', '4 марта 1950 г.', march4th1950],
      ['ru', '4-го марта 1950 года', march4th1950],
      ['ru', '1 мая 1950', { year: 1950, month: 5, day: 1 }],
      ['ru', '15 сент 1950', { year: 1950, month: 9, day: 15 }],
      ['ar', '4 مارس 1950', march4th1950],
      ['ar', '٤ مارس ١٩٥٠', march4th1950],
      ['ar', '٤ آذار ١٩٥٠', march4th1950],
      ['ar', '4 اذار سنة 1950', march4th1950],
      ['ar', '١٥ تشرين الأول ١٩٥٠', { year: 1950, month: 10, day: 15 }],
      ['ar', '١٥ تشرين الثاني ١٩٥٠', { year: 1950, month: 11, day: 15 }],
      ['ht', '4 mas 1950', march4th1950],
      ['ht', '4 jiyè 1950', { year: 1950, month: 7, day: 4 }],
      ['ht', '4 jiye 1950', { year: 1950, month: 7, day: 4 }],
      ['ht', '4 out 1950', { year: 1950, month: 8, day: 4 }],
    ];
    it.each(written)('reads %s "%s"', (lng, text, date) => {
      expect(read(text, lng)).toEqual(date);
    });

    it.each(languages.filter((lng) => lng !== 'en'))('understands an English month name in %s too', (lng) => {
      expect(read('March 4, 1950', lng)).toEqual(march4th1950);
    });
  });

  describe('number words as a phone transcript gives them', () => {
    const spoken: Case[] = [
      ['en', 'march fourth nineteen fifty', march4th1950],
      ['en', 'the fourth of march nineteen fifty', march4th1950],
      ['en', 'march four nineteen fifty', march4th1950],
      ['en', 'march the fourth nineteen fifty', march4th1950],
      ['en', 'march twenty first nineteen fifty two', { year: 1952, month: 3, day: 21 }],
      ['en', 'march twenty one nineteen fifty', { year: 1950, month: 3, day: 21 }],
      ['en', 'march fourth nineteen oh five', { year: 1905, month: 3, day: 4 }],
      ['en', 'march fourth nineteen hundred and five', { year: 1905, month: 3, day: 4 }],
      ['en', 'march fourth one thousand nine hundred fifty', march4th1950],
      ['en', 'march fourth two thousand five', { year: 2005, month: 3, day: 4 }],
      ['en', 'march fourth twenty ten', { year: 2010, month: 3, day: 4 }],
      ['en', 'march fourth one nine five oh', march4th1950],
      ['en', 'oh march fourth nineteen fifty', march4th1950],
      ['en', 'may i give it to you its march fourth nineteen fifty', march4th1950],
      ['es', 'cuatro de marzo de mil novecientos cincuenta', march4th1950],
      ['es', 'el cuatro de marzo del mil novecientos cincuenta', march4th1950],
      ['es', 'primero de marzo de mil novecientos cincuenta', { year: 1950, month: 3, day: 1 }],
      ['es', 'treinta y uno de diciembre de mil novecientos noventa y nueve', { year: 1999, month: 12, day: 31 }],
      ['es', 'veintidós de febrero de dos mil cinco', { year: 2005, month: 2, day: 22 }],
      ['ht', 'kat mas mil nèf san senkant', march4th1950],
      ['ht', 'kat mas mil nef san senkant', march4th1950],
      ['ht', 'premye janvye mil nèf san katrevendisèt', { year: 1997, month: 1, day: 1 }],
      ['ht', 'vennde me mil nèf san swasant dis', { year: 1970, month: 5, day: 22 }],
      ['zh', '一九五〇年三月四日', march4th1950],
      ['zh', '一九五零年十二月二十一日', { year: 1950, month: 12, day: 21 }],
      ['zh', '一千九百五十年三月四日', march4th1950],
    ];
    it.each(spoken)('reads %s "%s"', (lng, text, date) => {
      expect(read(text, lng)).toEqual(date);
    });
  });

  describe('what is not a full, valid date of birth', () => {
    const invalid: Array<readonly [string, string]> = [
      ['30 February', '2/30/1950'],
      ['30 February in words', 'February 30 1950'],
      ['29 February outside a leap year', '2/29/1951'],
      ['month 13', '13/13/1950'],
      ['month 13 in ISO form', '1950-13-04'],
      ['day 32', 'March 32 1950'],
      ['a year in the future', '3/4/2030'],
      ['tomorrow', '3/11/2025'],
      ['a year in the future in words', 'march fourth twenty thirty'],
      ['a year before 1900', '3/4/1899'],
      ['only month and year', 'March 1950'],
      ['only month and year in numbers', '3/1950'],
      ['only month and day', 'March 4'],
      ['a year with no month', '4 1950'],
      ['numbers with no month name', 'three four nineteen fifty'],
      ['a three-digit year', '3/4/195'],
      ['free text', 'I do not remember'],
      ['free text with a number', 'I have 2 kids'],
      ['two different dates', 'March 4 1950 or 3/5/1950 or 3/6/1950'],
      ['a day and year and a stray number', 'march 4 1950 7'],
      ['two months for one day', 'march april 4 1950'],
      ['a phone number', '555-123-4567'],
      ['empty text', ''],
      ['only spaces', '   '],
    ];
    it.each(invalid)('returns undefined for %s ("%s")', (_why, text) => {
      expect(read(text, 'en')).toBeUndefined();
    });

    it.each([
      ['es', '30 de febrero de 1950'],
      ['es', 'marzo de 1950'],
      ['zh', '1950年3月'],
      ['vi', 'tháng 3 năm 1950'],
      ['ko', '1950년 3월'],
      ['tl', 'Marso 1950'],
      ['ru', 'март 1950'],
      ['ar', 'مارس ١٩٥٠'],
      ['ht', 'mas 1950'],
      ['ht', 'kat mas'],
    ] as const)('returns undefined in %s for "%s"', (lng, text) => {
      expect(read(text, lng)).toBeUndefined();
    });
  });

  it('takes today from the clock when none is given', () => {
    expect(parseBirthDate('3/4/1950', 'en')).toEqual(march4th1950);
    expect(parseBirthDate(`1/1/${new Date().getFullYear() + 1}`, 'en')).toBeUndefined();
  });
});
