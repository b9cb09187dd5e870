import { useCallback, useMemo } from 'react';
import type { TimelineEvent } from '@/domain/dataset/model';
import type { EventText } from '@/components/use-event-text';
import { measureTextWidth, truncateToWidth } from '@/viz/measure-text';
import { createTimeScale } from '@/viz/time-scale';
import { createTimeTicks, type TimeTicks } from '@/viz/time-ticks';
import { createTimelineMarks, type TimelineMarksLayout } from '@/viz/timeline-marks';
import { POINT_RADIUS } from '@/views/timeline/timeline-mark';

const MAX_LANES = 12;
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
): TimelineDrawing {
  const x = useMemo(() => createTimeScale([w0, w1], [0, width]), [w0, w1, width]);
  const toPx = useCallback((time: number) => x(time), [x]);
  const ticks = useMemo(() => createTimeTicks(w0, w1, width, text.language), [w0, w1, width, text.language]);
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
