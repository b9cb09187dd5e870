import { Fragment, memo, type KeyboardEvent } from 'react';
import type { TimelineMarkDatum } from '@/viz/timeline-marks';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** Height of one lane, px. */
export const LANE_HEIGHT = 28;
/** Radius of a point mark, px. */
export const POINT_RADIUS = 6;
const BAR_HEIGHT = 18;
/** Distance between the two lines of a wrapped label, px (the label is 13 px). */
const LINE_HEIGHT = 13;

/**
 * One event on the timeline: a point or a bar, its label and a focus ring, as an SVG button. All of it is the
 * click target: the mark, the label's letters and the band behind them (`mark-hit`), from the mark to the label's end.
 */
export const TimelineMark = memo(function TimelineMark({
  datum,
  y,
  name,
  selected,
  hovered,
  dimmed,
  tabbable,
  describedBy,
  markRef,
  onSelect,
  onHover,
  onFocus,
  onKeyDown,
}: {
  readonly datum: TimelineMarkDatum;
  /** Vertical centre of the lane, px. */
  readonly y: number;
  /** Accessible name: the title (which the label shows, whole or cut short), then the date. */
  readonly name: string;
  readonly selected: boolean;
  readonly hovered: boolean;
  /** Faded because something else is highlighted. */
  readonly dimmed: boolean;
  readonly tabbable: boolean;
  readonly describedBy?: string;
  /** Hears the mark's element as it mounts and null as it unmounts; one function for every mark, so marks stay memoised. */
  readonly markRef: (id: string, element: SVGGElement | null) => void;
  readonly onSelect: (id: string) => void;
  readonly onHover: (id: string | null) => void;
  readonly onFocus: (id: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
}) {
  const { event, shape, approximate, x0, x1, labelX, labelLines, labelWidth } = datum;
  const colour = QUAD_COLOURS[event.quad];
  const dash = approximate ? '4 3' : undefined;
  const left = Math.min(x0 - POINT_RADIUS, labelX) - 4;
  const right = Math.max(x1 + POINT_RADIUS, labelX + labelWidth) + 4;
  return (
    <g
      ref={(element) => markRef(event.id, element)}
      className={`timeline-mark${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}${dimmed ? ' is-dimmed' : ''}`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={selected}
      aria-describedby={describedBy}
      data-event-id={event.id}
      onClick={() => onSelect(event.id)}
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onFocus(event.id)}
      onKeyDown={(e) => onKeyDown(e, event.id)}
    >
      <rect className="mark-hit" x={left} y={y - LANE_HEIGHT / 2} width={right - left} height={LANE_HEIGHT} rx={6} />
      <rect
        className="mark-focus-ring"
        x={left}
        y={y - LANE_HEIGHT / 2 + 1}
        width={right - left}
        height={LANE_HEIGHT - 2}
        rx={6}
      />
      {shape === 'point' ? (
        <circle
          cx={x0}
          cy={y}
          r={POINT_RADIUS}
          fill={approximate ? '#fff' : colour}
          stroke={colour}
          strokeWidth={2}
          strokeDasharray={dash}
        />
      ) : (
        <rect
          x={x0}
          y={y - BAR_HEIGHT / 2}
          width={Math.max(x1 - x0, 4)}
          height={BAR_HEIGHT}
          rx={3}
          fill={colour}
          fillOpacity={approximate ? 0.14 : 0.35}
          stroke={colour}
          strokeWidth={2}
          strokeDasharray={dash}
        />
      )}
      {selected && shape === 'point' && <circle cx={x0} cy={y} r={POINT_RADIUS + 4} className="mark-selected-ring" />}
      {selected && shape === 'range' && (
        <rect
          x={x0 - 3}
          y={y - BAR_HEIGHT / 2 - 3}
          width={Math.max(x1 - x0, 4) + 6}
          height={BAR_HEIGHT + 6}
          rx={5}
          className="mark-selected-ring"
        />
      )}
      {/* Drawn across exactly the width it was measured and laid out at, whatever font the browser picks: the
          lanes, the gap to the next mark and the click target then hold for what is seen. */}
      <text className="timeline-label" x={labelX} y={y} dominantBaseline="central">
        {labelLines.map((line, i) => (
          <Fragment key={i}>
            {/* The space a label wraps at stays in its text, so the lines read (and are named) as one title. */}
            {i > 0 && ' '}
            <tspan
              x={labelX}
              y={labelLines.length === 1 ? y : y + (i - 0.5) * LINE_HEIGHT}
              textLength={line.width}
              lengthAdjust="spacing"
            >
              {line.text}
            </tspan>
          </Fragment>
        ))}
      </text>
    </g>
  );
});
