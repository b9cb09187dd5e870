import type { TimeTicks } from '@/viz/time-ticks';

/** How near the chart's right edge (px) a tick's label is drawn to the left of its line, so it is not cut. */
const RIGHT_EDGE_ROOM = 44;

/** The time axis: grid lines across the chart and labels below it, built from precomputed ticks. */
export function TimeAxis({
  ticks,
  x,
  width,
  top,
  bottom,
}: {
  readonly ticks: TimeTicks;
  /** Maps ms since epoch UTC to px. */
  readonly x: (time: number) => number;
  /** The chart's width, px: a label near its right edge is drawn leftwards. */
  readonly width: number;
  /** Top and bottom of the grid lines, px; labels sit under `bottom`. */
  readonly top: number;
  readonly bottom: number;
}) {
  return (
    <g className="time-axis" aria-hidden="true" data-tick-level={ticks.level}>
      <line className="axis-baseline" x1={0} x2="100%" y1={bottom} y2={bottom} />
      {ticks.ticks.map((tick) => {
        const px = x(tick.time);
        const leftwards = px > width - RIGHT_EDGE_ROOM;
        const label = leftwards ? { x: -3, textAnchor: 'end' as const } : { x: 3 };
        return (
          <g key={tick.time} transform={`translate(${px},0)`} className={tick.major ? 'tick is-major' : 'tick'}>
            <line y1={top} y2={bottom + 5} />
            <text y={bottom + 17} {...label}>
              {tick.label}
            </text>
            {tick.context && (
              <text y={bottom + 32} {...label} className="tick-context">
                {tick.context}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** One break of the axis: the time it cuts short (ms) and how long that is, in words. */
export interface AxisBreak {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/**
 * The axis's breaks: a band across the chart where time is cut short, a
 * zig-zag on the axis line and the length under it ("22 yrs"). Hidden from
 * screen readers like the axis; the story layout and the event list say it in words.
 */
export function AxisBreaks({
  breaks,
  x,
  width,
  top,
  bottom,
}: {
  readonly breaks: readonly AxisBreak[];
  /** Maps ms since epoch UTC to chart px. */
  readonly x: (time: number) => number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
}) {
  return (
    <g className="axis-breaks" aria-hidden="true">
      {breaks.map((b) => {
        const x0 = x(b.start);
        const x1 = x(b.end);
        if (x1 < 0 || x0 > width) return null;
        const mid = (x0 + x1) / 2;
        const h = 5;
        const zig = `M${x0} ${bottom}L${mid - h} ${bottom}L${mid - h / 2} ${bottom - h}L${mid + h / 2} ${bottom + h}L${mid + h} ${bottom}L${x1} ${bottom}`;
        return (
          <g key={b.start} className="axis-break">
            <rect x={x0} y={top} width={Math.max(x1 - x0, 1)} height={bottom - top} />
            <path d={zig} />
            <text x={mid} y={bottom + 30} textAnchor="middle">
              {b.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
