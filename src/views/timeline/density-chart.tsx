import { memo, type KeyboardEvent } from 'react';
import { QUAD_CLASSES } from '@/domain/dataset/model';
import type { DensityBin } from '@/viz/timeline-marks';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/**
 * The timeline when too many events are in view to draw one by one: columns
 * whose height grows with the number of events, stacked by quad class. A
 * column zooms into its slice of time; the keyboard zooms with + and Enter.
 */
export const DensityChart = memo(function DensityChart({
  bins,
  top,
  height,
  label,
  onZoomInto,
  onKeyDown,
}: {
  readonly bins: readonly DensityBin[];
  /** Top of the drawing area and its height, px. */
  readonly top: number;
  readonly height: number;
  /** Accessible name: how many events, and how to see them. */
  readonly label: string;
  readonly onZoomInto: (start: number, end: number) => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
}) {
  const max = bins.reduce((m, b) => Math.max(m, b.count), 1);
  const bottom = top + height;
  return (
    <g className="timeline-density" role="button" tabIndex={0} aria-label={label} onKeyDown={onKeyDown}>
      <rect className="mark-hit" x={0} y={top} width="100%" height={height} />
      {bins.map((b) => {
        // Square-root scale: a column of 100 events is clearly taller than one of 10, without flattening the rest.
        const h = Math.max(2, Math.sqrt(b.count / max) * height);
        let y = bottom;
        const w = Math.max(1, b.x1 - b.x0 - 1);
        return (
          <g key={b.x0} className="timeline-bin" onClick={() => onZoomInto(b.start, b.end)}>
            {QUAD_CLASSES.map((q, i) => {
              const part = ((b.quadCounts[i] ?? 0) / b.count) * h;
              if (part <= 0) return null;
              y -= part;
              return <rect key={q} x={b.x0} y={y} width={w} height={part} fill={QUAD_COLOURS[q]} />;
            })}
            <title>{b.count}</title>
          </g>
        );
      })}
    </g>
  );
});
