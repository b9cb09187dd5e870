/**
 * The timeline's axis as a piecewise-linear map from time (ms since epoch
 * UTC) to axis px, with breaks: long empty stretches are cut down to a narrow
 * marked gap, and each run of events between them gets room by how long it
 * lasts and by how many events it holds. Strictly increasing, so every
 * position has one time and the map can be inverted everywhere, breaks
 * included (time runs fast across a break). A warp with no breaks is a plain
 * linear scale. Zooming and panning happen on the axis px (see
 * use-timeline-zoom.ts): a window of time is shown by the px its ends map to.
 */
import { bisectRight } from 'd3-array';
import { DAY_MS } from '@/domain/dates/day';
import type { TimeBreaks } from '@/domain/timeline/time-breaks';

/** A stretch of time and where it lies on the axis: times `t0`–`t1` (ms) at axis px `u0`–`u1`. */
export interface WarpPiece {
  readonly t0: number;
  readonly t1: number;
  readonly u0: number;
  readonly u1: number;
}

/** A map from time to axis px with its inverse; the axis runs from 0 to `width` over `domain`. */
export interface TimeWarp {
  /** Where `time` (ms) lies on the axis, px; beyond the domain the end pieces' lines extend. */
  (time: number): number;
  /** The time (ms) at axis px `u`. */
  invert(u: number): number;
  /** The time shown across the whole axis, ms since epoch UTC. */
  readonly domain: readonly [number, number];
  /** Width of the whole axis, px. */
  readonly width: number;
  /** The runs of time kept, in order; between two neighbours lies a break. */
  readonly pieces: readonly WarpPiece[];
  /** The breaks: empty stretches cut down, in order. */
  readonly breaks: readonly WarpPiece[];
  /** The most axis px one ms takes in any kept piece: how close a zoom must come to show a day anywhere. */
  readonly maxRate: number;
}

/** How a story's breaks are drawn, in px of the whole axis. */
export interface WarpOptions {
  /** Width of each break at the widest view, px; less on a narrow axis (at most 6 % of it each). */
  readonly breakPx: number;
  /** Share of a run's length added before and after it (0–1), so its first and last events keep clear of a break. */
  readonly padShare: number;
  /** …at least this long, ms. */
  readonly minPadMs: number;
  /** How much of a run's room follows its length rather than its number of events (0–1). */
  readonly lengthWeight: number;
}

/** The defaults: 32 px breaks, runs padded by 8 % (a day at least), room half by length and half by events. */
export const DEFAULT_WARP_OPTIONS: WarpOptions = { breakPx: 32, padShare: 0.08, minPadMs: DAY_MS, lengthWeight: 0.5 };

/** Builds a warp through knots: times `ts` at axis px `us`, both strictly increasing, two at least. */
function warpThrough(ts: readonly number[], us: readonly number[], breakAt: ReadonlySet<number>): TimeWarp {
  const last = ts.length - 1;
  const pieces: WarpPiece[] = [];
  const breaks: WarpPiece[] = [];
  let maxRate = 0;
  for (let i = 0; i < last; i++) {
    const piece = { t0: ts[i] as number, t1: ts[i + 1] as number, u0: us[i] as number, u1: us[i + 1] as number };
    if (breakAt.has(i)) breaks.push(piece);
    else {
      pieces.push(piece);
      maxRate = Math.max(maxRate, (piece.u1 - piece.u0) / (piece.t1 - piece.t0));
    }
  }
  // The piece a value falls in, by its knots; beyond either end, the end piece.
  const pieceAt = (knots: readonly number[], v: number) => Math.min(Math.max(bisectRight(knots, v) - 1, 0), last - 1);
  const warp = (time: number) => {
    const i = pieceAt(ts, time);
    const t0 = ts[i] as number;
    const u0 = us[i] as number;
    return u0 + ((time - t0) / ((ts[i + 1] as number) - t0)) * ((us[i + 1] as number) - u0);
  };
  warp.invert = (u: number) => {
    const i = pieceAt(us, u);
    const t0 = ts[i] as number;
    const u0 = us[i] as number;
    return t0 + ((u - u0) / ((us[i + 1] as number) - u0)) * ((ts[i + 1] as number) - t0);
  };
  warp.domain = [ts[0] as number, ts[last] as number] as const;
  warp.width = us[last] as number;
  warp.pieces = pieces;
  warp.breaks = breaks;
  warp.maxRate = maxRate;
  return warp;
}

/** A warp with no breaks: `domain` (ms, start before end) spread evenly over `width` px. */
export function createLinearWarp(domain: readonly [number, number], width: number): TimeWarp {
  const [d0, d1] = domain;
  return warpThrough([d0, d1 > d0 ? d1 : d0 + 1], [0, Math.max(width, 1)], new Set());
}

/**
 * A warp over `width` px that cuts the `breaks` of a story down to narrow
 * gaps; each run (segment) is padded and gets a share of the rest by its
 * padded length and by its number of events. With no breaks it is the linear
 * warp of `fallback` (ms), the story's padded span.
 */
export function createBrokenWarp(
  { segments, breaks }: TimeBreaks,
  width: number,
  fallback: readonly [number, number],
  options: WarpOptions = DEFAULT_WARP_OPTIONS,
): TimeWarp {
  if (breaks.length === 0 || segments.length !== breaks.length + 1) return createLinearWarp(fallback, width);
  const w = Math.max(width, 1);
  // A break never takes more than 6 % of the axis, nor all of it together more than a third.
  const breakPx = Math.min(options.breakPx, w * 0.06, w / 3 / breaks.length);
  // Padding around each run: a share of its length, never more than a third of a neighbouring gap.
  const padded = segments.map((s, i) => {
    const pad = Math.max((s.end - s.start) * options.padShare, options.minPadMs);
    const before = i > 0 ? Math.min(pad, gapOf(breaks, i - 1) / 3) : pad;
    const after = i < breaks.length ? Math.min(pad, gapOf(breaks, i) / 3) : pad;
    return { t0: s.start - before, t1: s.end + after, count: s.count };
  });
  const totalLength = padded.reduce((n, p) => n + (p.t1 - p.t0), 0);
  const totalCount = padded.reduce((n, p) => n + p.count, 0) || 1;
  const room = w - breakPx * breaks.length;
  const ts: number[] = [];
  const us: number[] = [];
  const breakAt = new Set<number>();
  let u = 0;
  padded.forEach((p, i) => {
    const share =
      options.lengthWeight * ((p.t1 - p.t0) / totalLength) + (1 - options.lengthWeight) * (p.count / totalCount);
    if (i > 0) {
      breakAt.add(ts.length - 1);
      u += breakPx;
    }
    ts.push(p.t0, p.t1);
    us.push(u, (u += room * share));
  });
  return warpThrough(ts, us, breakAt);
}

function gapOf(breaks: TimeBreaks['breaks'], i: number): number {
  const b = breaks[i];
  return b ? b.end - b.start : Infinity;
}

/** A time → chart px map for one window of a warp, and back. */
export interface WindowScale {
  /** Chart px of `time` (ms). */
  (time: number): number;
  /** The time (ms) at chart px `px`. */
  invert(px: number): number;
}

/** The chart's scale when the window `[w0, w1]` (ms) of `warp` is drawn across `width` px. */
export function createWindowScale(warp: TimeWarp, [w0, w1]: readonly [number, number], width: number): WindowScale {
  const u0 = warp(w0);
  const k = width / Math.max(warp(w1) - u0, 1e-9);
  const scale = (time: number) => (warp(time) - u0) * k;
  scale.invert = (px: number) => warp.invert(u0 + px / k);
  return scale;
}
