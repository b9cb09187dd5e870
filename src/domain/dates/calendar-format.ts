/**
 * Dates written in the app's two languages, English and Indonesian, without
 * `Intl`: the browser loads its locale data with the first `Intl` format made
 * in a page (some 20–40 ms of the main thread in Chromium), and the first view
 * writes dates on its axis, its marks and its buttons. The output is what
 * Chromium's `Intl.DateTimeFormat` writes for the same options (ranges with a
 * spaced en dash, as Chromium writes them; Node's ICU uses thin spaces there),
 * checked against `Intl` in tests/unit/domain/dates/calendar-format.test.ts.
 * Options or languages it does not write answer null, and years it does not
 * write go to a fallback: the caller uses `Intl` for those.
 */

/** The fields a format writes: what `Intl.DateTimeFormat` is given as `year`, `month` and `day`. */
interface Fields {
  readonly year: boolean;
  readonly month: 'short' | 'long' | null;
  readonly day: boolean;
}

/** A date format with the two methods the app uses of `Intl.DateTimeFormat`, in UTC. */
export interface DateFormat {
  format(ms: number): string;
  formatRange(start: number, end: number): string;
}

type Language = 'en' | 'id';

/** Month names, short and long, in the app's two languages. */
export const MONTHS: Readonly<
  Record<Language, { readonly short: readonly string[]; readonly long: readonly string[] }>
> = {
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  id: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    long: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
  },
};

/** Between the two ends of a range: Chromium's spaced en dash; Indonesian days or months that share the rest, unspaced. */
const DASH = ' – ';
const TIGHT_DASH = '–';

interface Parts {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function partsOf(ms: number): Parts | null {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  // Years before 1 are written with an era by Intl; years past 9999 are not a story's.
  if (!Number.isFinite(y) || y < 1 || y > 9999) return null;
  return { y, m: date.getUTCMonth(), d: date.getUTCDate() };
}

function fieldsOf(options: Intl.DateTimeFormatOptions): Fields | null {
  const known = new Set(['year', 'month', 'day']);
  if (Object.keys(options).some((key) => !known.has(key))) return null;
  const { year, month, day } = options;
  if (year !== undefined && year !== 'numeric') return null;
  if (day !== undefined && day !== 'numeric') return null;
  if (month !== undefined && month !== 'short' && month !== 'long') return null;
  const fields: Fields = { year: year === 'numeric', month: month ?? null, day: day === 'numeric' };
  // Formats the app uses: year; month (and year); day, month (and year).
  if (fields.day && !fields.month) return null;
  if (!fields.year && !fields.month) return null;
  return fields;
}

function writer(language: Language, fields: Fields) {
  const months = fields.month ? MONTHS[language][fields.month] : [];
  const month = (p: Parts) => months[p.m] ?? '';
  /** Day and month as a language writes them, without the year. */
  const dayMonth = (p: Parts) => (language === 'en' ? `${month(p)} ${p.d}` : `${p.d} ${month(p)}`);
  const whole = (p: Parts): string => {
    if (!fields.month) return String(p.y);
    const head = fields.day ? dayMonth(p) : month(p);
    if (!fields.year) return head;
    return language === 'en' && fields.day ? `${head}, ${p.y}` : `${head} ${p.y}`;
  };
  /** Both ends with their years: written when the years differ, whatever the format leaves out. */
  const withYears = (a: Parts, b: Parts): string => {
    const full = (p: Parts) =>
      fields.day ? (language === 'en' ? `${dayMonth(p)}, ${p.y}` : `${dayMonth(p)} ${p.y}`) : `${month(p)} ${p.y}`;
    return `${full(a)}${DASH}${full(b)}`;
  };
  const range = (a: Parts, b: Parts): string => {
    const sameYear = a.y === b.y;
    const sameMonth = sameYear && a.m === b.m;
    if (!fields.month) return sameYear ? whole(a) : `${a.y}${DASH}${b.y}`;
    if (!fields.day) {
      if (sameMonth) return whole(a);
      if (!fields.year) return `${month(a)}${DASH}${month(b)}`;
      if (!sameYear) return withYears(a, b);
      const dash = language === 'id' ? TIGHT_DASH : DASH;
      return `${month(a)}${dash}${month(b)} ${a.y}`;
    }
    if (sameMonth && a.d === b.d) return whole(a);
    if (!sameYear) return withYears(a, b);
    const tail = fields.year ? (language === 'en' ? `, ${a.y}` : ` ${a.y}`) : '';
    if (sameMonth) {
      return language === 'en'
        ? `${month(a)} ${a.d}${DASH}${b.d}${tail}`
        : `${a.d}${TIGHT_DASH}${b.d} ${month(a)}${tail}`;
    }
    return `${dayMonth(a)}${DASH}${dayMonth(b)}${tail}`;
  };
  return { whole, range };
}

/**
 * A format for `locale` and `options` written without `Intl`, or null when
 * this module does not write it (a language other than `en` or `id`, other
 * options); its methods call `fallback` for a date they do not write (a year
 * before 1 or after 9999, a range that runs backwards).
 */
export function calendarFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  fallback: () => DateFormat,
): DateFormat | null {
  if (locale !== 'en' && locale !== 'id') return null;
  const fields = fieldsOf(options);
  if (!fields) return null;
  const { whole, range } = writer(locale, fields);
  return {
    format(ms) {
      const p = partsOf(ms);
      return p ? whole(p) : fallback().format(ms);
    },
    formatRange(start, end) {
      const a = partsOf(start);
      const b = partsOf(end);
      return a && b && start <= end ? range(a, b) : fallback().formatRange(start, end);
    },
  };
}
