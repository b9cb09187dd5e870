import { useMemo, useRef, type PointerEvent } from 'react';
import { markInstant } from '@/domain/dataset/event-date';
import type { QuadClass, TimelineEvent } from '@/domain/dataset/model';
import { QUAD_COLOURS } from '@/viz/quad-colours';

const HEIGHT = 30;
/** Space above and below each tick, px. */
const TICK_TOP = 6;

/**
 * The whole story in one strip (context) with a frame around the part in
 * view (focus). Pointer only: the jump buttons and keys do the same for keyboards.
 */
export function OverviewStrip({
  events,
  domain,
  breaks,
  window,
  width,
  label,
  onMove,
}: {
  readonly events: readonly TimelineEvent[];
  /** The whole time range, ms since epoch UTC. */
  readonly domain: readonly [number, number];
  /** Where the timeline above cuts time short, ms since epoch UTC: marked here, on the strip's true time. */
  readonly breaks: readonly { readonly start: number; readonly end: number }[];
  readonly window: readonly [number, number];
  /** Width in px. */
  readonly width: number;
  readonly label: string;
  /** Asks to centre the view on a time, ms since epoch UTC. */
  readonly onMove: (time: number) => void;
}) {
  const dragging = useRef(false);
  const [d0, d1] = domain;
  const x = (t: number) => ((t - d0) / (d1 - d0)) * width;
  const timeAt = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return d0 + ((e.clientX - box.left) / box.width) * (d1 - d0);
  };
  const fx0 = Math.max(0, x(window[0]));
  const fx1 = Math.min(width, x(window[1]));
  // At scale, one tick per pixel column is enough, coloured by its first event's
  // quad class, and one path per class draws them: a few elements, not one per column.
  // It changes with the data and width, not the zoom.
  const ticks = useMemo(() => {
    const taken = new Set<number>();
    const paths = new Map<QuadClass, string[]>();
    for (const e of events) {
      const col = Math.round(((markInstant(e) - d0) / (d1 - d0)) * width);
      if (!Number.isFinite(col) || taken.has(col)) continue;
      taken.add(col);
      let path = paths.get(e.quad);
      if (!path) paths.set(e.quad, (path = []));
      path.push(`M${col} ${TICK_TOP}V${HEIGHT - TICK_TOP}`);
    }
    return [...paths].map(([quad, path]) => ({ quad, d: path.join('') }));
  }, [events, d0, d1, width]);
  return (
    <svg
      className="overview-strip"
      width={width}
      height={HEIGHT}
      aria-hidden="true"
      data-label={label}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        onMove(timeAt(e));
      }}
      onPointerMove={(e) => {
        if (dragging.current) onMove(timeAt(e));
      }}
      onPointerUp={() => {
        dragging.current = false;
      }}
    >
      <title>{label}</title>
      <rect className="overview-bg" x={0} y={0} width={width} height={HEIGHT} />
      {breaks.map((b) => (
        <rect
          key={b.start}
          className="overview-break"
          x={x(b.start)}
          y={0}
          width={x(b.end) - x(b.start)}
          height={HEIGHT}
        />
      ))}
      {ticks.map(({ quad, d }) => (
        <path key={quad} d={d} fill="none" stroke={QUAD_COLOURS[quad]} strokeWidth={2} />
      ))}
      <rect className="overview-frame" x={fx0} y={1} width={Math.max(fx1 - fx0, 3)} height={HEIGHT - 2} />
    </svg>
  );
}
