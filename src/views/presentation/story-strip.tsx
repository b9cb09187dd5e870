import { findClusters } from '@/domain/timeline/clusters';
import type { TimelineEvent } from '@/domain/dataset/model';
import type { EventText } from '@/components/use-event-text';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { formatTimeRange } from '@/viz/format-time-range';

/**
 * The story as a strip of steps: one dot per event, evenly spaced so every
 * step is visible on a projector, with a gap and a date label between the
 * stretches of time (clusters) the story jumps across.
 */
export function StoryStrip({
  events,
  step,
  text,
  label,
  onStep,
}: {
  readonly events: readonly TimelineEvent[];
  /** 1-based step; 0 is the title slide. */
  readonly step: number;
  readonly text: EventText;
  readonly label: string;
  readonly onStep: (step: number) => void;
}) {
  const clusters = findClusters(events);
  const starts = new Map(clusters.map((c) => [c.firstEventId, c]));
  const gaps = clusters.length - 1;
  const slots = events.length + gaps;
  const width = 1000;
  const pitch = width / Math.max(slots, 1);
  let slot = -1;
  const dots = events.map((e, i) => {
    if (starts.has(e.id) && i > 0) slot++;
    slot++;
    return { e, i, x: (slot + 0.5) * pitch, cluster: starts.get(e.id) };
  });
  return (
    <nav className="story-strip" aria-label={label}>
      <div className="strip-line" aria-hidden="true" />
      <ol className="strip-steps">
        {dots.map(({ e, i, x, cluster }) => (
          <li key={e.id} style={{ left: `${(x / width) * 100}%` }}>
            <button
              type="button"
              className={`strip-dot${i + 1 === step ? ' is-current' : ''}${i + 1 <= step ? ' is-past' : ''}`}
              style={{
                borderColor: QUAD_COLOURS[e.quad],
                background: i + 1 <= step ? QUAD_COLOURS[e.quad] : undefined,
              }}
              aria-current={i + 1 === step ? 'step' : undefined}
              aria-label={`${i + 1}. ${text.name(e)}`}
              onClick={() => onStep(i + 1)}
            />
            {cluster && (
              <span className="strip-label">{formatTimeRange(cluster.start, cluster.end, text.language)}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
