import { utcFormatter } from '@/domain/dates/format-date';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { DAY_MS } from '@/domain/dates/day';

/** How fine the axis is: each level labels its ticks differently. */
export type TickLevel = 'century' | 'decade' | 'year' | 'month' | 'week' | 'day';

/** One tick: an instant (ms since epoch UTC) and its label. */
export interface TimeTick {
  readonly time: number;
  readonly label: string;
  /** True where a coarser unit begins (a new year on a month axis), drawn stronger. */
  readonly major: boolean;
  /** On major ticks, the coarser unit drawn on a second line (the year under a day or month); else empty. */
  readonly context: string;
}

/** The ticks for a time window, at one level. */
export interface TimeTicks {
  readonly level: TickLevel;
  readonly ticks: readonly TimeTick[];
}

interface Candidate {
  readonly level: TickLevel;
  readonly interval: CountableTimeInterval | null;
  readonly every: number;
  /** Approximate length of one step, ms. */
  readonly step: number;
}

const YEAR = 365.25 * DAY_MS;

const CANDIDATES: readonly Candidate[] = [
  { level: 'day', interval: utcDay, every: 1, step: DAY_MS },
  { level: 'day', interval: utcDay, every: 2, step: 2 * DAY_MS },
  { level: 'week', interval: utcMonday, every: 1, step: 7 * DAY_MS },
  { level: 'month', interval: utcMonth, every: 1, step: YEAR / 12 },
  { level: 'month', interval: utcMonth, every: 3, step: YEAR / 4 },
  { level: 'month', interval: utcMonth, every: 6, step: YEAR / 2 },
  { level: 'year', interval: utcYear, every: 1, step: YEAR },
  { level: 'year', interval: utcYear, every: 2, step: 2 * YEAR },
  { level: 'year', interval: utcYear, every: 5, step: 5 * YEAR },
  { level: 'decade', interval: utcYear, every: 10, step: 10 * YEAR },
  { level: 'decade', interval: utcYear, every: 20, step: 20 * YEAR },
  { level: 'decade', interval: utcYear, every: 50, step: 50 * YEAR },
  { level: 'century', interval: utcYear, every: 100, step: 100 * YEAR },
  { level: 'century', interval: utcYear, every: 500, step: 500 * YEAR },
  { level: 'century', interval: utcYear, every: 1000, step: 1000 * YEAR },
];

function labelFor(level: TickLevel, time: number, locale: string): string {
  switch (level) {
    case 'day':
    case 'week':
      return utcFormatter(locale, { day: 'numeric', month: 'short' }).format(time);
    case 'month':
      return utcFormatter(locale, { month: 'short' }).format(time);
    default:
      return utcFormatter(locale, { year: 'numeric' }).format(time);
  }
}

function contextFor(level: TickLevel, time: number, locale: string, major: boolean): string {
  if (!major) return '';
  if (level === 'day' || level === 'week') return utcFormatter(locale, { month: 'long', year: 'numeric' }).format(time);
  if (level === 'month') return utcFormatter(locale, { year: 'numeric' }).format(time);
  return '';
}

function isMajor(level: TickLevel, time: number, first: boolean): boolean {
  const d = new Date(time);
  // A new month on a day or week axis, a new year on a month axis.
  if (level === 'day') return first || d.getUTCDate() === 1;
  if (level === 'week') return first || d.getUTCDate() <= 7;
  if (level === 'month') return first || d.getUTCMonth() === 0;
  return false;
}

/**
 * Chooses tick marks for the window `[start, end]` (ms since epoch UTC) drawn
 * `widthPx` pixels wide: the finest level whose ticks stay at least
 * `minSpacingPx` apart, from centuries down to single days.
 */
export function createTimeTicks(
  start: number,
  end: number,
  widthPx: number,
  locale: string,
  minSpacingPx = 72,
): TimeTicks {
  const span = Math.max(end - start, 1);
  const pxPerMs = Math.max(widthPx, 1) / span;
  const candidate =
    CANDIDATES.find((c) => c.step * pxPerMs >= minSpacingPx) ?? (CANDIDATES[CANDIDATES.length - 1] as Candidate);
  const interval = candidate.interval as CountableTimeInterval;
  const stepped =
    candidate.level === 'year' || candidate.level === 'decade' || candidate.level === 'century'
      ? interval.filter((d) => d.getUTCFullYear() % candidate.every === 0)
      : candidate.level === 'month'
        ? interval.filter((d) => d.getUTCMonth() % candidate.every === 0)
        : candidate.every > 1
          ? interval.every(candidate.every)
          : interval;
  const dates = stepped ? stepped.range(new Date(start), new Date(end + 1)) : [];
  const ticks = dates.map((d, i) => {
    const time = d.getTime();
    const major = isMajor(candidate.level, time, i === 0);
    return {
      time,
      label: labelFor(candidate.level, time, locale),
      major,
      context: contextFor(candidate.level, time, locale, major),
    };
  });
  return { level: candidate.level, ticks };
}

const LEVEL_ORDER: readonly TickLevel[] = ['day', 'week', 'month', 'year', 'decade', 'century'];

/**
 * Ticks for the window `[start, end]` (ms) of an axis with breaks: each kept
 * piece of time in view (`pieces`, ms, in order) gets the ticks its own width
 * in px (`px` maps time to chart px) allows, so a run of days and a run of
 * years each read at their own level; no tick falls inside a break, and one
 * too close to the last tick of the piece before is left out. The level is the
 * coarsest drawn.
 */
export function createPiecewiseTicks(
  pieces: readonly { readonly t0: number; readonly t1: number }[],
  [start, end]: readonly [number, number],
  px: (time: number) => number,
  locale: string,
  minSpacingPx = 72,
): TimeTicks {
  const ticks: TimeTick[] = [];
  let level: TickLevel | null = null;
  pieces.forEach((piece, i) => {
    // The first and last pieces reach on past the domain, as the warp does.
    const a = Math.max(start, i === 0 ? -Infinity : piece.t0);
    const b = Math.min(end, i === pieces.length - 1 ? Infinity : piece.t1);
    if (!(b > a)) return;
    const own = createTimeTicks(a, b, px(b) - px(a), locale, minSpacingPx);
    let drawn = false;
    for (const tick of own.ticks) {
      if (tick.time < a || tick.time > b) continue;
      const previous = ticks[ticks.length - 1];
      if (previous && px(tick.time) - px(previous.time) < minSpacingPx * 0.8) {
        // The first tick of a run names it (its month and year): it wins over the last of the run before.
        if (drawn) continue;
        ticks.pop();
      }
      ticks.push(tick);
      drawn = true;
    }
    if (drawn && (level === null || LEVEL_ORDER.indexOf(own.level) > LEVEL_ORDER.indexOf(level))) level = own.level;
  });
  return {
    level: level ?? createTimeTicks(start, end, Math.max(px(end) - px(start), 1), locale, minSpacingPx).level,
    ticks,
  };
}
