import { describe, expect, it } from 'vitest';
import { formatCount, formatUnitCount, pluralCategory, type TimeUnit } from '@/domain/i18n/count-format';

const COUNTS = [
  0,
  1,
  2,
  3,
  5,
  10,
  11,
  21,
  99,
  100,
  101,
  999,
  1000,
  1001,
  12_345,
  100_000,
  1_234_567,
  -1,
  -1234,
  2 ** 40,
];

describe('count-format', () => {
  for (const language of ['en', 'id']) {
    it(`groups whole numbers as Intl does in ${language}`, () => {
      const intl = new Intl.NumberFormat(language);
      for (const count of COUNTS) expect(formatCount(language, count)).toBe(intl.format(count));
    });

    it(`tells plural categories as Intl does in ${language}`, () => {
      const rules = new Intl.PluralRules(language);
      for (let count = 0; count <= 250; count++)
        expect(pluralCategory(language, count), String(count)).toBe(rules.select(count));
      for (const count of COUNTS) expect(pluralCategory(language, count)).toBe(rules.select(count));
    });

    it(`writes counts of time units as Intl does in ${language}`, () => {
      for (const unit of ['year', 'month', 'week', 'day'] as TimeUnit[]) {
        const intl = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' });
        for (const count of [1, 2, 3, 7, 12, 23, 100, 1500])
          expect(formatUnitCount(language, unit, count)).toBe(intl.format(count));
      }
    });
  }

  it('uses Intl for other languages and for fractions', () => {
    expect(formatCount('de', 1234567)).toBe(new Intl.NumberFormat('de').format(1234567));
    expect(formatCount('en', 12.5)).toBe('12.5');
    expect(formatCount('id', 12.5)).toBe('12,5');
    expect(pluralCategory('en', 1.5)).toBe(new Intl.PluralRules('en').select(1.5));
    expect(formatUnitCount('de', 'year', 3)).toBe(
      new Intl.NumberFormat('de', { style: 'unit', unit: 'year', unitDisplay: 'short' }).format(3),
    );
  });
});
