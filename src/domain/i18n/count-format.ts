/**
 * Counts written in the app's two languages without `Intl` where that is
 * simple: whole numbers with their digits grouped (1,234 in English, 1.234 in
 * Indonesian), their plural category, and a count of a unit of time as the
 * timeline's breaks label it ("3 yrs", "3 thn"). The browser loads its locale
 * data with the first `Intl` format made in a page, at a cost the first view
 * should not pay; other languages and numbers use `Intl`, with the same output.
 * Checked against `Intl` in tests/unit/domain/i18n/count-format.test.ts.
 */

const GROUP: Readonly<Record<string, string>> = { en: ',', id: '.' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count as `language` writes it: 100,000 in English, 100.000 in Indonesian. */
export function formatCount(language: string, count: number): string {
  const group = GROUP[language];
  if (group !== undefined && Number.isSafeInteger(count)) {
    const digits = String(Math.abs(count)).replace(/\B(?=(\d{3})+$)/g, group);
    return count < 0 ? `-${digits}` : digits;
  }
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(count);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `language` (`one`, `other`, …), as `Intl.PluralRules` tells it. */
export function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  // Whole numbers: English has one and other, Indonesian other alone.
  if (Number.isSafeInteger(count)) {
    if (language === 'en') return Math.abs(count) === 1 ? 'one' : 'other';
    if (language === 'id') return 'other';
  }
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/** A unit of time a count is told in. */
export type TimeUnit = 'year' | 'month' | 'week' | 'day';

/** The short unit words (`unitDisplay: 'short'`), one and other. */
const UNIT_WORDS: Readonly<Record<string, Readonly<Record<TimeUnit, readonly [string, string]>>>> = {
  en: { year: ['yr', 'yrs'], month: ['mth', 'mths'], week: ['wk', 'wks'], day: ['day', 'days'] },
  id: { year: ['thn', 'thn'], month: ['bln', 'bln'], week: ['mgg', 'mgg'], day: ['hr', 'hr'] },
};

const unitFormats = new Map<string, Intl.NumberFormat>();

/** A count of a unit of time, short: "3 yrs" in English, "3 thn" in Indonesian. */
export function formatUnitCount(language: string, unit: TimeUnit, count: number): string {
  const words = UNIT_WORDS[language]?.[unit];
  if (words && Number.isSafeInteger(count)) {
    return `${formatCount(language, count)} ${pluralCategory(language, count) === 'one' ? words[0] : words[1]}`;
  }
  const key = `${language} ${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' });
    unitFormats.set(key, format);
  }
  return format.format(count);
}
