/**
 * What the timeline draws in HTML over its SVG chart, positioned in the
 * chart's px: the "+N" buttons for events with no lane left, and the tooltip
 * of the pointed-at or focused mark.
 */
import type { EventText } from '@/components/use-event-text';
import type { Translate } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import type { HiddenBucket, TimelineMarkDatum } from '@/viz/timeline-marks';
import { LANE_HEIGHT } from '@/views/timeline/timeline-mark';

/** One "+N" button per stretch whose events found no lane; each zooms into its stretch. */
export function OverflowPills({
  hidden,
  top,
  width,
  language,
  t,
  onZoomInto,
}: {
  readonly hidden: readonly HiddenBucket[];
  /** Top of the overflow row, px. */
  readonly top: number;
  /** Width of the chart, px. */
  readonly width: number;
  readonly language: string;
  readonly t: Translate;
  /** Asks to show the stretch from `start` to `end`, ms since epoch UTC. */
  readonly onZoomInto: (start: number, end: number) => void;
}) {
  return hidden.map((b) => (
    <button
      key={b.x}
      type="button"
      className="overflow-pill"
      style={{ left: Math.max(0, Math.min(width - 44, b.x - 20)), top: top + 2 }}
      aria-label={t('moreHereLabel', { count: b.events.length, date: formatTimeRange(b.start, b.end, language) })}
      onClick={() => onZoomInto(b.start, b.end)}
    >
      +{b.events.length}
    </button>
  ));
}

/** The title, date as normalised and as worded, and type of one mark, under its lane. */
export function TimelineTooltip({
  id,
  mark,
  top,
  width,
  text,
  t,
}: {
  readonly id: string;
  readonly mark: TimelineMarkDatum;
  /** Top of the lanes, px. */
  readonly top: number;
  /** Width of the chart, px. */
  readonly width: number;
  readonly text: EventText;
  readonly t: Translate;
}) {
  return (
    <div
      id={id}
      role="tooltip"
      className="timeline-tooltip"
      style={{
        left: Math.max(0, Math.min(width - 280, mark.x0 - 20)),
        top: top + (mark.lane + 1) * LANE_HEIGHT + 4,
      }}
    >
      <strong>{text.text(mark.event.title)}</strong>
      <span>
        {text.date(mark.event)}
        {mark.event.dateText && ` · “${text.text(mark.event.dateText)}”`}
      </span>
      <span>{t(`type_${mark.event.type}`)}</span>
    </div>
  );
}
