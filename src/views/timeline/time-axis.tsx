import type { TimeTicks } from '@/viz/time-ticks';

/** The time axis: grid lines across the chart and labels below it, built from precomputed ticks. */
export function TimeAxis({
  ticks,
  x,
  top,
  bottom,
}: {
  readonly ticks: TimeTicks;
  /** Maps ms since epoch UTC to px. */
  readonly x: (time: number) => number;
  /** Top and bottom of the grid lines, px; labels sit under `bottom`. */
  readonly top: number;
  readonly bottom: number;
}) {
  return (
    <g className="time-axis" aria-hidden="true" data-tick-level={ticks.level}>
      <line className="axis-baseline" x1={0} x2="100%" y1={bottom} y2={bottom} />
      {ticks.ticks.map((tick) => {
        const px = x(tick.time);
        return (
          <g key={tick.time} transform={`translate(${px},0)`} className={tick.major ? 'tick is-major' : 'tick'}>
            <line y1={top} y2={bottom + 5} />
            <text y={bottom + 17} x={3}>
              {tick.label}
            </text>
            {tick.context && (
              <text y={bottom + 32} x={3} className="tick-context">
                {tick.context}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
