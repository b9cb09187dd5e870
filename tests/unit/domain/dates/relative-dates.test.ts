import { describe, expect, it } from 'vitest';
import { parseEdtfDate } from '@/domain/dates/edtf';
import { RELATIVE_DATE_PHRASES, resolveRelativeDate } from '@/domain/dates/relative-dates';

// 2022-07-01 is a Friday; its week runs Monday 2022-06-27 to Sunday 2022-07-03.
const FRIDAY = '2022-07-01';

describe('resolveRelativeDate', () => {
  it('resolveRelativeDate resolves "pekan lalu" on Friday 2022-07-01 to the previous Monday–Sunday', () => {
    expect(resolveRelativeDate('pekan lalu', FRIDAY)).toBe('2022-06-20/2022-06-26');
  });

  it('resolveRelativeDate resolves "awal pekan ini" on Friday 2022-07-01 to Monday–Wednesday of that week', () => {
    expect(resolveRelativeDate('awal pekan ini', FRIDAY)).toBe('2022-06-27/2022-06-29');
  });

  it.each([
    ['pekan lalu', '2022-06-20/2022-06-26'],
    ['minggu lalu', '2022-06-20/2022-06-26'],
    ['last week', '2022-06-20/2022-06-26'],
    ['awal pekan ini', '2022-06-27/2022-06-29'],
    ['awal minggu ini', '2022-06-27/2022-06-29'],
    ['early this week', '2022-06-27/2022-06-29'],
    ['earlier this week', '2022-06-27/2022-06-29'],
    ['pekan ini', '2022-06-27/2022-07-01'],
    ['minggu ini', '2022-06-27/2022-07-01'],
    ['this week', '2022-06-27/2022-07-01'],
    ['akhir pekan lalu', '2022-06-25/2022-06-26'],
    ['last weekend', '2022-06-25/2022-06-26'],
    ['kemarin', '2022-06-30'],
    ['yesterday', '2022-06-30'],
    ['hari ini', '2022-07-01'],
    ['today', '2022-07-01'],
    ['bulan lalu', '2022-06'],
    ['last month', '2022-06'],
    ['tahun lalu', '2021'],
    ['last year', '2021'],
    ['tahun ini', '2022'],
    ['this year', '2022'],
  ])('resolveRelativeDate resolves "%s" on Friday 2022-07-01 to %s', (phrase, expected) => {
    expect(resolveRelativeDate(phrase, FRIDAY)).toBe(expected);
  });

  it('resolveRelativeDate ignores case, extra whitespace and surrounding punctuation', () => {
    expect(resolveRelativeDate('  Pekan   LALU, ', FRIDAY)).toBe('2022-06-20/2022-06-26');
    expect(resolveRelativeDate('Earlier\tthis\nweek', FRIDAY)).toBe('2022-06-27/2022-06-29');
    expect(resolveRelativeDate('Awal pekan ini', FRIDAY)).toBe('2022-06-27/2022-06-29');
  });

  it('resolveRelativeDate reads a day and month in the current or previous year', () => {
    expect(resolveRelativeDate('Pada 24 Februari tahun ini', FRIDAY)).toBe('2022-02-24');
    expect(resolveRelativeDate('On 24 February this year', FRIDAY)).toBe('2022-02-24');
    expect(resolveRelativeDate('February 24, last year', FRIDAY)).toBe('2021-02-24');
    expect(resolveRelativeDate('on the 3rd of May this year', FRIDAY)).toBe('2022-05-03');
    expect(resolveRelativeDate('Juni tahun lalu', FRIDAY)).toBe('2021-06');
  });

  it('resolveRelativeDate returns null for a day that does not exist', () => {
    expect(resolveRelativeDate('30 Februari tahun ini', FRIDAY)).toBeNull();
  });

  it.each([
    ['Ahad', '2022-06-26'],
    ['hari Minggu', '2022-06-26'],
    ['Sunday', '2022-06-26'],
    ['on Sunday', '2022-06-26'],
    ['Senin', '2022-06-27'],
    ['Kamis', '2022-06-30'],
    ["Jum'at", '2022-07-01'],
    ['Jumat', '2022-07-01'],
    ['Friday', '2022-07-01'],
    ['Jumat lalu', '2022-06-24'],
    ['last Friday', '2022-06-24'],
    ['Sabtu kemarin', '2022-06-25'],
    ['last Monday', '2022-06-27'],
    ['pada hari Rabu', '2022-06-29'],
  ])('resolveRelativeDate resolves the weekday "%s" on Friday 2022-07-01 to %s', (phrase, expected) => {
    expect(resolveRelativeDate(phrase, FRIDAY)).toBe(expected);
  });

  it('resolveRelativeDate keeps "minggu lalu" and "minggu ini" as weeks, not Sundays', () => {
    expect(resolveRelativeDate('minggu lalu', FRIDAY)).toBe('2022-06-20/2022-06-26');
    expect(resolveRelativeDate('minggu ini', FRIDAY)).toBe('2022-06-27/2022-07-01');
    expect(resolveRelativeDate('hari minggu lalu', FRIDAY)).toBe('2022-06-26');
  });

  it('resolveRelativeDate counts a weekday back across a month and a year', () => {
    expect(resolveRelativeDate('Rabu', '2022-01-03')).toBe('2021-12-29');
    expect(resolveRelativeDate('last Monday', '2022-03-07')).toBe('2022-02-28');
  });

  it('resolveRelativeDate reads a weekday ahead with "depan" or "next" as the next such day', () => {
    expect(resolveRelativeDate('Senin depan', FRIDAY)).toBe('2022-07-04');
    expect(resolveRelativeDate('next Friday', FRIDAY)).toBe('2022-07-08');
  });

  it('resolveRelativeDate returns null for a word that only looks like a weekday phrase', () => {
    expect(resolveRelativeDate('Selasar', FRIDAY)).toBeNull();
    expect(resolveRelativeDate('last weekday', FRIDAY)).toBeNull();
  });

  it('resolveRelativeDate returns null for an unknown phrase', () => {
    expect(resolveRelativeDate('besok lusa', FRIDAY)).toBeNull();
    expect(resolveRelativeDate('', FRIDAY)).toBeNull();
    expect(resolveRelativeDate('constructor', FRIDAY)).toBeNull();
    expect(resolveRelativeDate('__proto__', FRIDAY)).toBeNull();
  });

  it('resolveRelativeDate returns null when the published day is not a real EDTF day', () => {
    expect(resolveRelativeDate('pekan lalu', '2022-02-30')).toBeNull();
    expect(resolveRelativeDate('pekan lalu', '2022-07')).toBeNull();
  });

  it('resolveRelativeDate treats a Monday as the first day of its own week', () => {
    const monday = '2022-06-27';
    expect(resolveRelativeDate('pekan lalu', monday)).toBe('2022-06-20/2022-06-26');
    expect(resolveRelativeDate('awal pekan ini', monday)).toBe('2022-06-27');
    expect(resolveRelativeDate('pekan ini', monday)).toBe('2022-06-27');
    expect(resolveRelativeDate('akhir pekan lalu', monday)).toBe('2022-06-25/2022-06-26');
  });

  it('resolveRelativeDate treats a Sunday as the last day of its week', () => {
    const sunday = '2022-07-03';
    expect(resolveRelativeDate('pekan lalu', sunday)).toBe('2022-06-20/2022-06-26');
    expect(resolveRelativeDate('pekan ini', sunday)).toBe('2022-06-27/2022-07-03');
    expect(resolveRelativeDate('akhir pekan lalu', sunday)).toBe('2022-06-25/2022-06-26');
  });

  it('resolveRelativeDate clamps "early this week" to the published day', () => {
    expect(resolveRelativeDate('earlier this week', '2022-06-28')).toBe('2022-06-27/2022-06-28');
  });

  it('resolveRelativeDate crosses month and year boundaries', () => {
    expect(resolveRelativeDate('bulan lalu', '2022-01-15')).toBe('2021-12');
    expect(resolveRelativeDate('kemarin', '2022-03-01')).toBe('2022-02-28');
    expect(resolveRelativeDate('pekan lalu', '2022-01-05')).toBe('2021-12-27/2022-01-02');
  });

  it('resolveRelativeDate always returns valid EDTF', () => {
    for (const phrase of RELATIVE_DATE_PHRASES) {
      for (const published of ['2022-07-01', '2022-06-27', '2022-07-03', '2024-03-01', '2023-01-01']) {
        const resolved = resolveRelativeDate(phrase, published);
        expect(resolved, `${phrase} on ${published}`).not.toBeNull();
        expect(parseEdtfDate(resolved ?? '').ok, `${phrase} on ${published} → ${resolved}`).toBe(true);
      }
    }
  });
});
