import type { DateSpan } from '@/domain/dates/date-span';
import { calendarFormat, type DateFormat } from '@/domain/dates/calendar-format';
import { DAY_MS } from '@/domain/dates/day';

type Style = 'long' | 'short';

const formatters = new Map<string, DateFormat>();

/**
 * A cached date format for `locale` and `options`, always in UTC (dataset
 * instants are UTC): written without `Intl` in English and Indonesian (see
 * calendar-format.ts: the first `Intl` format of a page costs the first view
 * its locale data), an `Intl.DateTimeFormat` otherwise.
 */
export function utcFormatter(locale: string, options: Intl.DateTimeFormatOptions): DateFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    let intl: Intl.DateTimeFormat | undefined;
    const withIntl = () => (intl ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
    f = calendarFormat(locale, options, withIntl) ?? withIntl();
    formatters.set(key, f);
  }
  return f;
}

function optionsFor(precision: DateSpan['precision'], style: Style): Intl.DateTimeFormatOptions {
  const month = style === 'long' ? 'long' : 'short';
  switch (precision) {
    case 'day':
      return { day: 'numeric', month, year: 'numeric' };
    case 'month':
      return { month, year: 'numeric' };
    default:
      return { year: 'numeric' };
  }
}

function isOpen(ms: number): boolean {
  return !Number.isFinite(ms);
}

/** Formats an instant (ms since epoch UTC) at a precision, in a locale, e.g. `26 Juni 2022`. */
export function formatInstant(
  ms: number,
  precision: DateSpan['precision'],
  locale: string,
  style: Style = 'long',
): string {
  if (precision === 'decade' || precision === 'century') {
    const year = new Date(ms).getUTCFullYear();
    const unit = precision === 'decade' ? 10 : 100;
    const start = Math.floor(year / unit) * unit;
    return utcFormatter(locale, { year: 'numeric' }).formatRange(
      Date.UTC(start, 0, 1),
      Date.UTC(start + unit - 1, 0, 1),
    );
  }
  return utcFormatter(locale, optionsFor(precision, style)).format(ms);
}

/**
 * Formats a parsed date as a reader expects it: `26 June 2022`, `2020`,
 * `20–26 June 2022`, `until 24 February 2022`; uncertain dates get `approx` appended.
 */
export function formatDateSpan(
  span: DateSpan,
  locale: string,
  words: { approximate: string; before: string; after: string } = {
    approximate: 'approx.',
    before: 'until',
    after: 'from',
  },
  style: Style = 'long',
): string {
  let text: string;
  if (isOpen(span.earliest) && isOpen(span.latest)) text = '…';
  else if (isOpen(span.earliest)) text = `${words.before} ${formatInstant(span.latest, span.precision, locale, style)}`;
  else if (isOpen(span.latest)) text = `${words.after} ${formatInstant(span.earliest, span.precision, locale, style)}`;
  else if (span.interval && span.latest - span.earliest >= DAY_MS) {
    text = utcFormatter(locale, optionsFor(span.precision, style)).formatRange(span.earliest, span.latest);
  } else text = formatInstant(span.earliest, span.precision, locale, style);
  return span.uncertain ? `${text} (${words.approximate})` : text;
}
