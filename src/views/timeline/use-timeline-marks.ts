import { useMemo } from 'react';
import type { TimelineEvent } from '@/domain/dataset/model';
import type { EventText } from '@/components/use-event-text';
import { measureTextWidth, truncateToWidth } from '@/viz/measure-text';
import { createPiecewiseTicks, createTimeTicks, type TimeTicks } from '@/viz/time-ticks';
import { createLinearWarp, createWindowScale, type TimeWarp } from '@/viz/time-warp';
import { createTimelineMarks, type TimelineMarksLayout } from '@/viz/timeline-marks';
import { POINT_RADIUS } from '@/views/timeline/timeline-mark';

const MAX_LANES = 12;
/** Room a tick's label needs before a break starts, px: a year and its context line. */
const BREAK_LABEL_ROOM = 44;
/** Above this many events in view, the timeline draws their density; zooming in opens them into single marks. */
const MAX_MARKS = 400;
/** What the first render, before the frame is measured, draws: nothing. */
const NO_MARKS: TimelineMarksLayout = { marks: [], bins: [], inView: 0, hidden: [], laneCount: 0, before: 0, after: 0 };

/** What the timeline draws for one window: where times fall, the axis ticks, and the marks with their labels in lanes. */
export interface TimelineDrawing {
  /** Time (ms since epoch UTC) to chart px. */
  readonly toPx: (time: number) => number;
  readonly ticks: TimeTicks;
  readonly layout: TimelineMarksLayout;
  /** The events drawn as single marks. */
  readonly visibleIds: ReadonlySet<string>;
}

/**
 * Lays out `events` in the time window `[w0, w1]` (ms since epoch UTC) across
 * `width` px; `measured` is false until the frame's real width is known, and
 * then nothing is laid out.
 */
export function useTimelineMarks(
  events: readonly TimelineEvent[],
  [w0, w1]: readonly [number, number],
  width: number,
  measured: boolean,
  text: EventText,
  warp?: TimeWarp,
): TimelineDrawing {
  const x = useMemo(
    () => createWindowScale(warp ?? createLinearWarp([w0, w1], width), [w0, w1], width),
    [warp, w0, w1, width],
  );
  const toPx = useMemo(() => Object.assign((time: number) => x(time), { invert: x.invert }), [x]);
  // With breaks, each run of time in view gets the ticks its own width allows, and none falls inside a break.
  const ticks = useMemo(() => {
    if (!warp || warp.breaks.length === 0) return createTimeTicks(w0, w1, width, text.language);
    const perRun = createPiecewiseTicks(warp.pieces, [w0, w1], x, text.language);
    // A tick whose label would run into a break's length under the axis gives way to it.
    const starts = warp.breaks.map((b) => x(b.t0));
    const clear = perRun.ticks.filter((tick) => {
      const at = x(tick.time);
      return !starts.some((s) => at <= s && s - at < BREAK_LABEL_ROOM);
    });
    return { level: perRun.level, ticks: clear };
  }, [warp, x, w0, w1, width, text.language]);
  const layout = useMemo(
    () =>
      measured
        ? createTimelineMarks(events, [w0, w1], toPx, (e) => text.text(e.title), measureTextWidth, truncateToWidth, {
            width,
            maxLanes: MAX_LANES,
            maxLabelWidth: Math.max(120, Math.min(320, width * 0.45)),
            pointRadius: POINT_RADIUS,
            bucketWidth: 48,
            maxMarks: MAX_MARKS,
            binWidth: 6,
          })
        : NO_MARKS,
    [events, w0, w1, toPx, text, width, measured],
  );
  const visibleIds = useMemo(() => new Set(layout.marks.map((m) => m.event.id)), [layout]);
  return { toPx, ticks, layout, visibleIds };
}
