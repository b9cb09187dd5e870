/** The dates of synthetic events: EDTF strings of every form Linimasa reads, with the words a source would use. */
import { formatEdtfDay, parseEdtfDate } from '@/domain/dates/edtf';
import { DAY_MS } from '@/domain/dates/day';
import { resolveRelativeDate } from '@/domain/dates/relative-dates';
import { pick, type Random } from '@/domain/generate/random';
import { MONTHS, RELATIVE, type Pair } from '@/domain/generate/vocabulary';

/** EDTF day the synthetic source was "published"; relative dates resolve against it. */
export const GENERATOR_PUBLISHED = '2024-12-31';
/** The first instant (UTC ms) synthetic events fall on. */
export const START = Date.UTC(1950, 0, 1);
/** The last instant (UTC ms) synthetic events fall on. */
export const END = Date.UTC(2024, 11, 31);

/** A drawn date: its EDTF string, its span in UTC ms, and the words a source would use for it. */
export interface DateDraft {
  readonly date: string;
  /** Earliest and latest instants, ms since epoch UTC: events are sorted by them, as parseDataset sorts. */
  readonly earliest: number;
  readonly latest: number;
  /** How the source words the date, in English. */
  readonly phrase: string;
  readonly relative?: Pair;
}

const dayWords = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const monthWords = (ms: number): string => dayWords(ms).replace(/^\d+ /, '');
const monthStart = (ms: number, add = 0): number =>
  Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth() + add, 1);
const yearStart = (ms: number, add = 0): number => Date.UTC(new Date(ms).getUTCFullYear() + add, 0, 1);
const relativeSpans = new Map<string, readonly [number, number]>();

/** A day, month or year date draft for `day` (ms, UTC midnight), with `mark` (`?`, `~`, `%`) and `words` when qualified. */
function plainDate(day: number, unit: 'day' | 'month' | 'year', mark = '', words = ''): DateDraft {
  const iso = formatEdtfDay(day);
  const prefix = words === '' ? '' : `${words} `;
  if (unit === 'day')
    return { date: iso + mark, earliest: day, latest: day + DAY_MS - 1, phrase: prefix + dayWords(day) };
  if (unit === 'month')
    return {
      date: iso.slice(0, 7) + mark,
      earliest: monthStart(day),
      latest: monthStart(day, 1) - 1,
      phrase: prefix + monthWords(day),
    };
  return {
    date: iso.slice(0, 4) + mark,
    earliest: yearStart(day),
    latest: yearStart(day, 1) - 1,
    phrase: prefix + iso.slice(0, 4),
  };
}

/** An EDTF date around `day` (ms, UTC midnight): ~60% days, 15% months, 10% years, 10% intervals, 4% qualified, 1% relative. */
export function drawDate(day: number, random: Random): DateDraft {
  const r = random();
  if (r < 0.6) return plainDate(day, 'day');
  if (r < 0.75) return plainDate(day, 'month');
  if (r < 0.85) return plainDate(day, 'year');
  if (r < 0.95) {
    if (random() < 0.7) {
      const start = Math.min(day, END - 21 * DAY_MS);
      const end = start + (1 + Math.floor(random() * 20)) * DAY_MS;
      return {
        date: `${formatEdtfDay(start)}/${formatEdtfDay(end)}`,
        earliest: start,
        latest: end + DAY_MS - 1,
        phrase: `${dayWords(start)} to ${dayWords(end)}`,
      };
    }
    const start = monthStart(Math.min(day, END - 160 * DAY_MS));
    const end = monthStart(start, 1 + Math.floor(random() * 5));
    return {
      date: `${formatEdtfDay(start).slice(0, 7)}/${formatEdtfDay(end).slice(0, 7)}`,
      earliest: start,
      latest: monthStart(end, 1) - 1,
      phrase: `${monthWords(start)} to ${monthWords(end)}`,
    };
  }
  if (r < 0.99) {
    const q = random();
    const [mark, words] = q < 0.45 ? ['?', 'possibly'] : q < 0.9 ? ['~', 'around'] : ['%', 'possibly around'];
    const p = random();
    return plainDate(day, p < 0.4 ? 'day' : p < 0.75 ? 'month' : 'year', mark, words);
  }
  const relative = pick(RELATIVE, random);
  const date = resolveRelativeDate(relative[0], GENERATOR_PUBLISHED) ?? GENERATOR_PUBLISHED;
  let span = relativeSpans.get(date);
  if (span === undefined) {
    const parsed = parseEdtfDate(date);
    span = parsed.ok ? [parsed.span.earliest, parsed.span.latest] : [END, END];
    relativeSpans.set(date, span);
  }
  return { date, earliest: span[0], latest: span[1], phrase: relative[0], relative };
}
