import { bisector } from 'd3-array';
import { QUAD_CLASSES } from '@/domain/dataset/model';
import { isApproximate, isRange, markInstant } from '@/domain/dataset/event-date';
import type { TimelineEvent } from '@/domain/dataset/model';
import { labelLines, twoLineWidth } from '@/domain/timeline/label-lines';
import { layoutLanes, type LaneItem } from '@/domain/timeline/timeline-layout';

/** One event as drawn: pixel geometry (chart coordinates, px from the left) and its label. */
export interface TimelineMarkDatum {
  readonly event: TimelineEvent;
  readonly shape: 'point' | 'range';
  readonly approximate: boolean;
  /** Left and right edge of the mark, px; equal for a point. */
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
  /** Left edge of the label, px. */
  readonly labelX: number;
  readonly labelSide: 'right' | 'left' | 'inside';
  /** The label as drawn, shortened to fit. */
  /** The label as shown, its lines joined by a space (cut short with an ellipsis if it had to be). */
  readonly label: string;
  /** Its lines (one or two), each with its width, px. */
  readonly labelLines: readonly { readonly text: string; readonly width: number }[];
  /** Width of its widest line, px. */
  readonly labelWidth: number;
}

/** Events that fit no lane, gathered by position so the view can offer to zoom into them. */
export interface HiddenBucket {
  /** Centre of the bucket, px. */
  readonly x: number;
  readonly events: readonly TimelineEvent[];
  /** Time range the bucket covers, ms since epoch UTC. */
  readonly start: number;
  readonly end: number;
}

/** A column of the density view: how many events overlap a slice of time, by quad class. */
export interface DensityBin {
  /** Left and right edge, px. */
  readonly x0: number;
  readonly x1: number;
  /** The time slice, ms since epoch UTC. */
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** Events per quad class, in the order of QUAD_CLASSES. */
  readonly quadCounts: readonly number[];
}

/** The drawable layout of the timeline for one time window. */
export interface TimelineMarksLayout {
  readonly marks: readonly TimelineMarkDatum[];
  /** When too many events are in view to draw one by one: their density; else empty. */
  readonly bins: readonly DensityBin[];
  /** Events in view (drawn one by one or counted in the bins). */
  readonly inView: number;
  readonly hidden: readonly HiddenBucket[];
  readonly laneCount: number;
  /** Events wholly before and after the window. */
  readonly before: number;
  readonly after: number;
}

/** Options of `createTimelineMarks`, in px. */
export interface TimelineMarksOptions {
  readonly width: number;
  readonly maxLanes: number;
  readonly maxLabelWidth: number;
  readonly pointRadius: number;
  /** Width of the buckets hidden events are gathered in. */
  readonly bucketWidth: number;
  /** Above this many events in view, draw their density instead of one mark each. */
  readonly maxMarks: number;
  /** Width of a density column, px. */
  readonly binWidth: number;
}

const byEarliest = bisector((e: TimelineEvent) => e.date.earliest);

/**
 * Lays out the events that overlap the window `[start, end]` (ms since epoch
 * UTC), given `events` sorted by earliest instant and a time → px function.
 * `label` gives each event's full label; `fit` shortens a label to a width.
 */
export function createTimelineMarks(
  events: readonly TimelineEvent[],
  window: readonly [number, number],
  x: ((time: number) => number) & { readonly invert?: (px: number) => number },
  label: (event: TimelineEvent) => string,
  measure: (text: string) => number,
  fit: (text: string, maxWidth: number) => string,
  options: TimelineMarksOptions,
): TimelineMarksLayout {
  const [start, end] = window;
  // Sorted by earliest: everything after `upper` starts after the window.
  const upper = byEarliest.right(events, end);
  const visible: TimelineEvent[] = [];
  let before = 0;
  for (let i = 0; i < upper; i++) {
    const e = events[i] as TimelineEvent;
    if (e.date.latest < start) before++;
    else visible.push(e);
  }
  const after = events.length - upper;
  if (visible.length > options.maxMarks) {
    return {
      marks: [],
      // An axis's window scale (it has an inverse) may cut time at breaks: the columns follow it.
      bins: createDensityBins(visible, window, options.width, options.binWidth, x.invert ? x : undefined),
      inView: visible.length,
      hidden: [],
      laneCount: 0,
      before,
      after,
    };
  }
  const items: LaneItem[] = visible.map((e) => {
    const range = isRange(e);
    const x0 = range ? x(Math.max(e.date.earliest, start - (end - start))) : x(markInstant(e));
    const x1 = range ? x(Math.min(e.date.latest + 1, end + (end - start))) : x0;
    // A label wider than the most a label may take goes onto two lines, and is cut only if two cannot hold it.
    const text = label(e);
    const one = measure(text);
    const two = Math.min(twoLineWidth(text, measure), options.maxLabelWidth);
    return { id: e.id, x0, x1, labelWidth: one <= options.maxLabelWidth ? one : two, wrappedWidth: two };
  });
  const lanes = layoutLanes(items, {
    viewportWidth: options.width,
    pointRadius: options.pointRadius,
    labelGap: 6,
    itemGap: 10,
    maxLanes: options.maxLanes,
  });
  const byId = new Map(visible.map((e) => [e.id, e]));
  const marks = lanes.placed.map((p): TimelineMarkDatum => {
    const event = byId.get(p.id) as TimelineEvent;
    const laid = labelLines(label(event), p.labelWidth, measure, fit);
    const lines = laid.lines.map((line) => ({ text: line, width: measure(line) }));
    return {
      event,
      shape: isRange(event) ? 'range' : 'point',
      approximate: isApproximate(event),
      x0: p.x0,
      x1: p.x1,
      lane: p.lane,
      labelX: p.labelX,
      labelSide: p.labelSide,
      label: laid.lines.join(' '),
      labelLines: lines,
      labelWidth: laid.width,
    };
  });
  const buckets = new Map<number, TimelineEvent[]>();
  for (const id of lanes.hidden) {
    const event = byId.get(id) as TimelineEvent;
    const key = Math.floor(x(markInstant(event)) / options.bucketWidth);
    buckets.set(key, [...(buckets.get(key) ?? []), event]);
  }
  const hidden = [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, list]) => ({
      x: (key + 0.5) * options.bucketWidth,
      events: list,
      start: list.reduce((m, e) => Math.min(m, e.date.earliest), Infinity),
      end: list.reduce((m, e) => Math.max(m, e.date.latest), -Infinity),
    }));
  return { marks, bins: [], inView: visible.length, hidden, laneCount: lanes.laneCount, before, after };
}

const QUAD_INDEX = new Map(QUAD_CLASSES.map((q, i) => [q, i]));

/**
 * Counts events per column of `binWidth` px across the window: each event
 * counts in every column its date range overlaps (a point in one). `x` maps
 * time (ms) to chart px, linear across the window unless given (an axis with
 * breaks). Linear in the events given, so it keeps up with zooming over
 * 100,000 of them.
 */
export function createDensityBins(
  events: readonly TimelineEvent[],
  window: readonly [number, number],
  width: number,
  binWidth: number,
  x?: ((time: number) => number) & { readonly invert?: (px: number) => number },
): DensityBin[] {
  const [start, end] = window;
  const n = Math.max(1, Math.ceil(width / binWidth));
  const span = (end - start) / n;
  const column = x
    ? (time: number) => Math.floor((x(time) / width) * n)
    : (time: number) => Math.floor((time - start) / span);
  const counts = new Float64Array(n);
  const quads = new Float64Array(n * QUAD_CLASSES.length);
  for (const e of events) {
    const from = Math.max(0, column(Math.max(e.date.earliest, start)));
    const to = Math.min(n - 1, column(Math.min(e.date.latest, end)));
    const q = QUAD_INDEX.get(e.quad) ?? QUAD_CLASSES.length - 1;
    for (let i = from; i <= to; i++) {
      counts[i]! += 1;
      quads[i * QUAD_CLASSES.length + q]! += 1;
    }
  }
  const bins: DensityBin[] = [];
  for (let i = 0; i < n; i++) {
    if (counts[i] === 0) continue;
    bins.push({
      x0: (i / n) * width,
      x1: ((i + 1) / n) * width,
      start: x?.invert ? x.invert((i / n) * width) : start + i * span,
      end: x?.invert ? x.invert(((i + 1) / n) * width) : start + (i + 1) * span,
      count: counts[i] as number,
      quadCounts: Array.from(quads.subarray(i * QUAD_CLASSES.length, (i + 1) * QUAD_CLASSES.length)),
    });
  }
  return bins;
}
