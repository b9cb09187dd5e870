import { bisector } from 'd3-array';
import type { TimelineEvent } from '@/domain/dataset/model';
import { Icon } from '@/components/icon';
import type { Translate } from '@/store/use-t';

const byEarliest = bisector((e: TimelineEvent) => e.date.earliest);

/** The latest-starting event that ends before `time`, searching back from where events start after it. */
function lastEndingBefore(events: readonly TimelineEvent[], time: number): TimelineEvent | undefined {
  for (let i = byEarliest.left(events, time) - 1; i >= 0; i--) {
    const e = events[i] as TimelineEvent;
    if (e.date.latest < time) return e;
  }
  return undefined;
}

/**
 * "N earlier" and "N later" (with arrows) under the chart when events lie outside the
 * window (ms since epoch UTC): each moves to the nearest of them.
 */
export function TimelineEdges({
  events,
  window: [w0, w1],
  before,
  after,
  t,
  onMoveTo,
}: {
  /** The events shown, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly window: readonly [number, number];
  /** How many events lie wholly before and after the window. */
  readonly before: number;
  readonly after: number;
  readonly t: Translate;
  /** Asks to bring this event into view and focus it. */
  readonly onMoveTo: (event: TimelineEvent) => void;
}) {
  const nearestBefore = before > 0 ? lastEndingBefore(events, w0) : undefined;
  const nearestAfter = after > 0 ? events[byEarliest.right(events, w1)] : undefined;
  return (
    <div className="timeline-edges">
      {nearestBefore ? (
        <button
          type="button"
          onClick={() => onMoveTo(nearestBefore)}
          aria-label={t('earlierEventsLabel', { count: before })}
        >
          <Icon name="arrow-left" /> {t('earlierEvents', { count: before })}
        </button>
      ) : (
        <span />
      )}
      {nearestAfter ? (
        <button
          type="button"
          onClick={() => onMoveTo(nearestAfter)}
          aria-label={t('laterEventsLabel', { count: after })}
        >
          {t('laterEvents', { count: after })} <Icon name="arrow-right" />
        </button>
      ) : (
        <span />
      )}
    </div>
  );
}
