/**
 * The long empty stretches of a story: where the timeline may cut time short
 * (an axis break) and the story layout says "23 years later". Found from the
 * gaps between the events relative to the span of the whole story. Pure
 * maths over instants in ms since epoch UTC.
 */
import { DAY_MS } from '@/domain/dates/day';
import type { ClusterInput } from '@/domain/timeline/clusters';

/** A run of events with no long gap inside it, ms since epoch UTC. */
export interface TimeSegment {
  /** Earliest instant of its first event. */
  readonly start: number;
  /** Latest instant of any of its events. */
  readonly end: number;
  /** How many events it holds. */
  readonly count: number;
}

/** A long empty stretch between two segments, ms since epoch UTC: nothing happens after `start` until `end`. */
export interface TimeBreak {
  readonly start: number;
  readonly end: number;
}

/** The segments of a story in time order, and the breaks between them (one fewer). */
export interface TimeBreaks {
  readonly segments: readonly TimeSegment[];
  readonly breaks: readonly TimeBreak[];
}

/** What counts as a long empty stretch. */
export interface BreakOptions {
  /** A gap is a break only when at least this share of the story's span (0–1). */
  readonly minShare: number;
  /** …and at least this long, ms: a story of a fortnight needs no break for an empty weekend. */
  readonly minGapMs: number;
  /** At most this many breaks, the longest gaps first: more would leave slivers of story between them. */
  readonly maxBreaks: number;
}

/**
 * The defaults: a gap of 1 % of the story or more, and at least 14 days (as the
 * "Jump to" runs). In the bundled story (1997–2022) that is four months: the
 * four months between the invasion and the late-June statements are a break.
 */
export const DEFAULT_BREAK_OPTIONS: BreakOptions = { minShare: 0.01, minGapMs: 14 * DAY_MS, maxBreaks: 8 };

/** No events placed in time: no segments, no breaks. */
const NONE: TimeBreaks = { segments: [], breaks: [] };

function isPlaced(event: ClusterInput): boolean {
  return Number.isFinite(event.date.earliest) && Number.isFinite(event.date.latest);
}

/**
 * Splits events (sorted by earliest instant) at their long gaps: a gap is
 * measured from the latest end seen so far to the next start, so overlapping
 * ranges never split, and counts as a break when it is at least `minShare` of
 * the span from the first start to the last end, and `minGapMs` long; of
 * those, the `maxBreaks` longest. Events with an open end belong to no
 * segment. Two passes over the events, linear in their number.
 */
export function findTimeBreaks(
  events: readonly ClusterInput[],
  options: BreakOptions = DEFAULT_BREAK_OPTIONS,
): TimeBreaks {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (!isPlaced(e)) continue;
    lo = Math.min(lo, e.date.earliest);
    hi = Math.max(hi, e.date.latest);
  }
  if (lo > hi) return NONE;
  const minGap = Math.max(options.minGapMs, (hi - lo) * options.minShare);
  // Every gap long enough, as the event index it ends at; then the longest few.
  const gaps: { readonly index: number; readonly size: number }[] = [];
  let reach = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as ClusterInput;
    if (!isPlaced(e)) continue;
    const size = e.date.earliest - reach;
    if (reach > -Infinity && size >= minGap) gaps.push({ index: i, size });
    reach = Math.max(reach, e.date.latest);
  }
  const cuts = new Set(
    gaps
      .sort((a, b) => b.size - a.size || a.index - b.index)
      .slice(0, Math.max(0, options.maxBreaks))
      .map((g) => g.index),
  );
  const segments: TimeSegment[] = [];
  const breaks: TimeBreak[] = [];
  let open: { start: number; end: number; count: number } | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as ClusterInput;
    if (!isPlaced(e)) continue;
    if (open && cuts.has(i)) {
      segments.push(open);
      breaks.push({ start: open.end, end: e.date.earliest });
      open = null;
    }
    open ??= { start: e.date.earliest, end: e.date.latest, count: 0 };
    open.end = Math.max(open.end, e.date.latest);
    open.count += 1;
  }
  if (open) segments.push(open);
  return { segments, breaks };
}

/** The unit a gap is told in. */
export type GapUnit = 'year' | 'month' | 'week' | 'day';

/** A length of time as a reader is told it: a whole number of one unit, e.g. 23 years. */
export interface GapLength {
  readonly unit: GapUnit;
  readonly count: number;
}

const YEAR_MS = 365.2425 * DAY_MS;
const UNITS: readonly (readonly [GapUnit, number])[] = [
  ['year', YEAR_MS],
  ['month', YEAR_MS / 12],
  ['week', 7 * DAY_MS],
  ['day', DAY_MS],
];

/**
 * The time from `from` to `to` (ms) in the largest unit it nearly fills
 * (95 %), rounded to a whole number of it, at least one: 1997 to 2020 is
 * 23 years, 24 February to 20 June is 4 months.
 */
export function gapLength(from: number, to: number): GapLength {
  const span = Math.max(0, to - from);
  for (const [unit, ms] of UNITS) {
    if (span >= ms * 0.95 || unit === 'day') return { unit, count: Math.max(1, Math.round(span / ms)) };
  }
  return { unit: 'day', count: 1 };
}
