import { bisector } from 'd3-array';
import { isApproximate, isRange, markInstant } from '@/domain/event-date';
import type { TimelineEvent } from '@/domain/model';
import { layoutLanes, type LaneItem } from '@/domain/timeline-layout';

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
  readonly label: string;
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

/** The drawable layout of the timeline for one time window. */
export interface TimelineMarksLayout {
  readonly marks: readonly TimelineMarkDatum[];
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
  x: (time: number) => number,
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
  const labels = new Map<string, { text: string; width: number }>();
  const items: LaneItem[] = visible.map((e) => {
    const range = isRange(e);
    const x0 = range ? x(Math.max(e.date.earliest, start - (end - start))) : x(markInstant(e));
    const x1 = range ? x(Math.min(e.date.latest + 1, end + (end - start))) : x0;
    const text = fit(label(e), options.maxLabelWidth);
    const width = measure(text);
    labels.set(e.id, { text, width });
    return { id: e.id, x0, x1, labelWidth: width };
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
    const l = labels.get(p.id) as { text: string; width: number };
    return {
      event,
      shape: isRange(event) ? 'range' : 'point',
      approximate: isApproximate(event),
      x0: p.x0,
      x1: p.x1,
      lane: p.lane,
      labelX: p.labelX,
      labelSide: p.labelSide,
      label: l.text,
      labelWidth: l.width,
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
  return { marks, hidden, laneCount: lanes.laneCount, before, after };
}
