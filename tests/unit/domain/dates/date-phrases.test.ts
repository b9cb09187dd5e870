import { describe, expect, it } from 'vitest';
import { findDatePhrases, resolveDatePhrase, type DateLanguage } from '@/domain/dates/date-phrases';
import { parseEdtfDate } from '@/domain/dates/edtf';

// Publication days used below, with their weekdays:
// 2022-07-01 Friday; 2023-01-04 Wednesday (a new year); 2021-09-03 Friday (its week began in August);
// 2024-06-30 Sunday; 2022-03-01 Tuesday (after a February of 28 days); 2024-01-01 Monday.

/** Each row: publication day, phrase, EDTF, basis. */
type Row = readonly [published: string, phrase: string, edtf: string, basis: 'stated' | 'relative'];

const INDONESIAN: readonly Row[] = [
  // Explicit dates.
  ['2022-07-01', '24 Februari', '2022-02-24', 'relative'],
  ['2022-07-01', 'Pada 24 Februari tahun ini', '2022-02-24', 'relative'],
  ['2022-07-01', '1/7/2022', '2022-07-01', 'stated'],
  ['2022-07-01', '19 Februari 2026', '2026-02-19', 'stated'],
  ['2022-07-01', 'Senin, 27 Juni 2022', '2022-06-27', 'stated'],
  ['2022-07-01', 'Juni 2022', '2022-06', 'stated'],
  ['2022-07-01', 'akhir Juni', '2022-06-21/2022-06-30', 'relative'],
  ['2022-07-01', 'Maret lalu', '2022-03', 'relative'],
  ['2022-07-01', 'Juni tahun lalu', '2021-06', 'relative'],
  // Years.
  ['2022-07-01', 'pada 1997', '1997', 'stated'],
  ['2022-07-01', 'pada tahun 2014', '2014', 'stated'],
  ['2022-07-01', 'awal 2020', '2020-01/2020-04', 'stated'],
  ['2022-07-01', 'tahun 1990-an', '1990/1999', 'stated'],
  // Weekdays: on or before publication, or strictly before with "sebelumnya"/"lalu".
  ['2022-07-01', 'pada Ahad (26/6/2022)', '2022-06-26', 'stated'],
  ['2022-07-01', 'Jumat (1/7/2022)', '2022-07-01', 'stated'],
  ['2022-07-01', 'Senin (27/6)', '2022-06-27', 'relative'],
  ['2022-07-01', 'hari Senin', '2022-06-27', 'relative'],
  ['2022-07-01', 'Jumat', '2022-07-01', 'relative'],
  ['2022-07-01', 'Kamis sebelumnya', '2022-06-30', 'relative'],
  ['2022-06-30', 'Kamis sebelumnya', '2022-06-23', 'relative'],
  ['2022-07-01', 'Senin lalu', '2022-06-27', 'relative'],
  ['2022-07-01', 'Selasa pekan lalu', '2022-06-21', 'relative'],
  ['2022-07-01', 'Senin depan', '2022-07-04', 'relative'],
  ['2022-07-01', 'Kamis malam', '2022-06-30', 'relative'],
  // Relative phrases.
  ['2022-07-01', 'pekan lalu', '2022-06-20/2022-06-26', 'relative'],
  ['2022-07-01', 'awal pekan ini', '2022-06-27/2022-06-29', 'relative'],
  ['2022-07-01', 'bulan lalu', '2022-06', 'relative'],
  ['2022-07-01', 'tahun ini', '2022', 'relative'],
  ['2022-07-01', 'kemarin', '2022-06-30', 'relative'],
  ['2022-07-01', 'tiga hari lalu', '2022-06-28', 'relative'],
  ['2022-07-01', 'dua pekan yang lalu', '2022-06-13/2022-06-19', 'relative'],
  ['2022-07-01', 'sebulan lalu', '2022-06', 'relative'],
  // Across a year's end.
  ['2023-01-04', 'bulan lalu', '2022-12', 'relative'],
  ['2023-01-04', 'pekan lalu', '2022-12-26/2023-01-01', 'relative'],
  ['2023-01-04', 'tahun lalu', '2022', 'relative'],
  ['2023-01-04', '24 Desember', '2022-12-24', 'relative'],
  ['2023-01-04', 'Jumat (30/12)', '2022-12-30', 'relative'],
  ['2024-01-01', 'kemarin', '2023-12-31', 'relative'],
  // A week that began in the month before.
  ['2021-09-03', 'awal pekan ini', '2021-08-30/2021-09-01', 'relative'],
  ['2021-09-03', 'pekan lalu', '2021-08-23/2021-08-29', 'relative'],
  ['2022-03-01', 'kemarin', '2022-02-28', 'relative'],
  // Published on a Sunday: its week is the one ending that day.
  ['2024-06-30', 'Minggu', '2024-06-30', 'relative'],
  ['2024-06-30', 'Minggu (30/6/2024)', '2024-06-30', 'stated'],
  ['2024-06-30', 'awal pekan ini', '2024-06-24/2024-06-26', 'relative'],
  ['2024-06-30', 'pekan lalu', '2024-06-17/2024-06-23', 'relative'],
  ['2024-06-30', 'akhir pekan lalu', '2024-06-22/2024-06-23', 'relative'],
  ['2024-06-30', 'Jumat', '2024-06-28', 'relative'],
];

const ENGLISH: readonly Row[] = [
  ['2022-07-01', 'Feb. 24', '2022-02-24', 'relative'],
  ['2022-07-01', 'July 1, 2022', '2022-07-01', 'stated'],
  ['2022-07-01', 'on the 3rd of May this year', '2022-05-03', 'relative'],
  ['2022-07-01', 'February 24, last year', '2021-02-24', 'relative'],
  ['2022-07-01', 'Monday, June 27', '2022-06-27', 'relative'],
  ['2022-07-01', '2022-06-03', '2022-06-03', 'stated'],
  ['2022-07-01', '6/26/2022', '2022-06-26', 'stated'],
  ['2022-07-01', 'in 2020', '2020', 'stated'],
  ['2022-07-01', 'mid-2020', '2020-05/2020-08', 'stated'],
  ['2022-07-01', 'the 1990s', '1990/1999', 'stated'],
  ['2022-07-01', 'in May', '2022-05', 'relative'],
  ['2022-07-01', 'late March', '2022-03-21/2022-03-31', 'relative'],
  ['2022-07-01', 'last March', '2022-03', 'relative'],
  ['2022-07-01', 'on Sunday', '2022-06-26', 'relative'],
  ['2022-07-01', 'on Friday', '2022-07-01', 'relative'],
  ['2022-07-01', 'last Friday', '2022-06-24', 'relative'],
  ['2022-07-01', 'the Thursday before', '2022-06-30', 'relative'],
  ['2022-07-01', 'Tuesday last week', '2022-06-21', 'relative'],
  ['2022-07-01', 'next Monday', '2022-07-04', 'relative'],
  ['2022-07-01', 'Thursday night', '2022-06-30', 'relative'],
  ['2022-07-01', 'last week', '2022-06-20/2022-06-26', 'relative'],
  ['2022-07-01', 'earlier this week', '2022-06-27/2022-06-29', 'relative'],
  ['2022-07-01', 'last month', '2022-06', 'relative'],
  ['2022-07-01', 'yesterday', '2022-06-30', 'relative'],
  ['2022-07-01', 'two weeks ago', '2022-06-13/2022-06-19', 'relative'],
  ['2022-07-01', 'earlier this year', '2022-01-01/2022-07-01', 'relative'],
  ['2023-01-04', 'last month', '2022-12', 'relative'],
  ['2023-01-04', 'last week', '2022-12-26/2023-01-01', 'relative'],
  ['2023-01-04', 'Dec. 30', '2022-12-30', 'relative'],
  ['2024-01-01', 'yesterday', '2023-12-31', 'relative'],
  ['2024-01-01', 'earlier this week', '2024-01-01', 'relative'],
  ['2021-09-03', 'earlier this week', '2021-08-30/2021-09-01', 'relative'],
  ['2024-06-30', 'on Sunday', '2024-06-30', 'relative'],
  ['2024-06-30', 'last Sunday', '2024-06-23', 'relative'],
  ['2024-06-30', 'last weekend', '2024-06-22/2024-06-23', 'relative'],
  ['2024-06-30', 'earlier this week', '2024-06-24/2024-06-26', 'relative'],
];

function checkRows(language: DateLanguage, rows: readonly Row[]): void {
  it.each(rows)(`resolveDatePhrase (${language}) on %s reads "%s" as %s (%s)`, (published, phrase, edtf, basis) => {
    expect(resolveDatePhrase(phrase, published, language)).toEqual({ edtf, basis });
    expect(parseEdtfDate(edtf).ok).toBe(true);
  });
}

describe('resolveDatePhrase: Indonesian', () => checkRows('id', INDONESIAN));
describe('resolveDatePhrase: English', () => checkRows('en', ENGLISH));

describe('resolveDatePhrase', () => {
  it('resolveDatePhrase tries both languages when none is given, and ignores case and edge punctuation', () => {
    expect(resolveDatePhrase('  Pekan   LALU, ', '2022-07-01')).toEqual({
      edtf: '2022-06-20/2022-06-26',
      basis: 'relative',
    });
    expect(resolveDatePhrase('Yesterday.', '2022-07-01')).toEqual({ edtf: '2022-06-30', basis: 'relative' });
    expect(resolveDatePhrase('sunday', '2022-07-01')).toEqual({ edtf: '2022-06-26', basis: 'relative' });
  });

  it('resolveDatePhrase returns null for what is not one whole date phrase', () => {
    for (const phrase of [
      '',
      'besok lusa',
      'Putin mengatakan',
      'pekan lalu dan kemarin',
      '30 Februari 2022',
      'constructor',
      '__proto__',
    ]) {
      expect(resolveDatePhrase(phrase, '2022-07-01'), phrase).toBeNull();
    }
  });

  it('resolveDatePhrase returns null when the publication day is not a real day', () => {
    expect(resolveDatePhrase('pekan lalu', '2022-02-30')).toBeNull();
    expect(resolveDatePhrase('pekan lalu', '2022-07')).toBeNull();
  });
});

describe('findDatePhrases', () => {
  it('findDatePhrases gives each phrase with exact UTF-16 offsets', () => {
    const text =
      'Pada Ahad (26/6/2022) Putin mengatakan, “kami siap” 😀. Pekan lalu, Shoigu berbicara; pada 1997 perjanjian diteken.';
    const found = findDatePhrases(text, '2022-07-01', 'id');
    expect(found.map((d) => d.text)).toEqual(['Pada Ahad (26/6/2022)', 'Pekan lalu', 'pada 1997']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('findDatePhrases reads a weekday of a clause about the future as the next such day', () => {
    const [met] = findDatePhrases('Kedua menteri akan bertemu pada Senin di Jakarta.', '2022-07-01', 'id');
    expect(met).toMatchObject({ edtf: '2022-07-04', future: true });
    const [said] = findDatePhrases('Putin said on Sunday that Russia would deploy missiles.', '2022-07-01', 'en');
    expect(said).toMatchObject({ edtf: '2022-06-26', future: false });
    const [opening] = findDatePhrases('On Monday, the ministers will meet in Geneva.', '2022-07-01', 'en');
    expect(opening).toMatchObject({ edtf: '2022-07-04', future: true });
  });

  it('findDatePhrases tells "Minggu" (Sunday) from "minggu lalu" (last week)', () => {
    const text = 'Minggu lalu ia tiba, dan pada Minggu ia pergi.';
    expect(findDatePhrases(text, '2022-07-01', 'id').map((d) => [d.text, d.edtf])).toEqual([
      ['Minggu lalu', '2022-06-20/2022-06-26'],
      ['pada Minggu', '2022-06-26'],
    ]);
  });

  it('findDatePhrases reads a numeric date in the order of its language, and by the weekday given', () => {
    expect(findDatePhrases('on 7/1/2022', '2022-07-05', 'en')[0]?.edtf).toBe('2022-07-01');
    expect(findDatePhrases('pada 7/1/2022', '2022-07-05', 'id')[0]?.edtf).toBe('2022-01-07');
    expect(findDatePhrases('Sunday (3/7/2022)', '2022-07-05', 'en')[0]?.edtf).toBe('2022-07-03');
  });

  it('findDatePhrases finds no date in times, counts and words that only look like one', () => {
    const text = 'Pukul 10.30 WIB, 1.500 orang dan 24 persen; May said she may go; the march of 2 000 people.';
    expect(findDatePhrases(text, '2022-07-01', 'id').map((d) => d.text)).toEqual([]);
    expect(findDatePhrases(text, '2022-07-01', 'en').map((d) => d.text)).toEqual([]);
  });

  it('findDatePhrases returns nothing for an invalid publication day or an empty text', () => {
    expect(findDatePhrases('pekan lalu', 'not a day', 'id')).toEqual([]);
    expect(findDatePhrases('', '2022-07-01', 'id')).toEqual([]);
  });
});
