import { utcFormatter } from '@/domain/dates/format-date';
import { DAY_MS } from '@/domain/dates/day';

function startsYear(ms: number): boolean {
  const d = new Date(ms);
  return d.getUTCMonth() === 0 && d.getUTCDate() === 1 && ms % DAY_MS === 0;
}

function startsMonth(ms: number): boolean {
  return new Date(ms).getUTCDate() === 1 && ms % DAY_MS === 0;
}

// Labels made so far: formatting a range costs the browser about a millisecond,
// and a zooming timeline asks for the same few (its clusters, the part in view) every frame.
const labels = new Map<string, string>();
const MAX_LABELS = 500;

/**
 * A compact label for a time range `[start, end]` (ms since epoch UTC, `end`
 * inclusive), as precise as its ends and length call for: `1997`,
 * `2020 – 2022`, `Feb 2022`, `20 Jun – 1 Jul 2022`.
 */
export function formatTimeRange(start: number, end: number, locale: string): string {
  const key = `${locale} ${start} ${end}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size >= MAX_LABELS) labels.clear();
    label = formatRange(start, end, locale);
    labels.set(key, label);
  }
  return label;
}

function formatRange(start: number, end: number, locale: string): string {
  const span = end - start;
  const after = end + 1;
  const whole = (test: (ms: number) => boolean) => test(start) && (test(after) || test(end));
  const years = utcFormatter(locale, { year: 'numeric' });
  const months = utcFormatter(locale, { month: 'short', year: 'numeric' });
  const days = utcFormatter(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  if (whole(startsYear) || span > 3 * 366 * DAY_MS) {
    return new Date(start).getUTCFullYear() === new Date(end).getUTCFullYear()
      ? years.format(start)
      : years.formatRange(start, end);
  }
  if (whole(startsMonth) || span > 93 * DAY_MS) {
    return new Date(start).getUTCMonth() === new Date(end).getUTCMonth() && span < 32 * DAY_MS
      ? months.format(start)
      : months.formatRange(start, end);
  }
  return span < DAY_MS ? days.format(start) : days.formatRange(start, end);
}
