import type { ActorKind } from '@/domain/dataset/model';

/**
 * SVG path of an actor's node shape, centred on (`cx`, `cy`), of "radius" `r`
 * px: a circle for a person, a square for a state, a diamond for an
 * organisation, a hexagon for a group — so kind never rests on colour alone.
 * Absolute coordinates rather than a transform per node keep a graph of
 * thousands of nodes cheap for the browser to composite.
 */
export function nodeShapePath(kind: ActorKind, r: number, cx = 0, cy = 0): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  const x = (dx: number) => f(cx + dx);
  const y = (dy: number) => f(cy + dy);
  switch (kind) {
    case 'state': {
      const s = r * 0.88;
      return `M${x(-s)},${y(-s)}H${x(s)}V${y(s)}H${x(-s)}Z`;
    }
    case 'organization': {
      const s = r * 1.2;
      return `M${x(0)},${y(-s)}L${x(s)},${y(0)}L${x(0)},${y(s)}L${x(-s)},${y(0)}Z`;
    }
    case 'group': {
      const points = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i;
        return `${x(Math.cos(a) * r * 1.05)},${y(Math.sin(a) * r * 1.05)}`;
      });
      return `M${points.join('L')}Z`;
    }
    default: {
      const s = f(r);
      return `M${x(-r)},${y(0)}A${s},${s} 0 1,0 ${x(r)},${y(0)}A${s},${s} 0 1,0 ${x(-r)},${y(0)}Z`;
    }
  }
}

/** The path-building calls of a canvas path (`Path2D`, a 2D context): what `traceNodeShape` draws with. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  closePath(): void;
}

/** `nodeShapePath` for a canvas: adds the same shape, centred on (`cx`, `cy`), to `path`. */
export function traceNodeShape(path: PathSink, kind: ActorKind, r: number, cx: number, cy: number): void {
  switch (kind) {
    case 'state': {
      const s = r * 0.88;
      path.moveTo(cx - s, cy - s);
      path.lineTo(cx + s, cy - s);
      path.lineTo(cx + s, cy + s);
      path.lineTo(cx - s, cy + s);
      break;
    }
    case 'organization': {
      const s = r * 1.2;
      path.moveTo(cx, cy - s);
      path.lineTo(cx + s, cy);
      path.lineTo(cx, cy + s);
      path.lineTo(cx - s, cy);
      break;
    }
    case 'group':
      for (let i = 0; i < 6; i += 1) {
        const a = (Math.PI / 3) * i;
        const x = cx + Math.cos(a) * r * 1.05;
        const y = cy + Math.sin(a) * r * 1.05;
        if (i === 0) path.moveTo(x, y);
        else path.lineTo(x, y);
      }
      break;
    default:
      path.moveTo(cx + r, cy);
      path.arc(cx, cy, r, 0, 2 * Math.PI);
  }
  path.closePath();
}

/** A point in graph space, px. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The drawn path of a relation and where its middle lies, px in graph space. */
export interface EdgeGeometry {
  readonly d: string;
  readonly midX: number;
  readonly midY: number;
}

/** The numbers of an edge: a quadratic curve from (x0, y0) through control (cx, cy) to (x1, y1). */
export interface EdgeCurve {
  readonly x0: number;
  readonly y0: number;
  readonly cx: number;
  readonly cy: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * A gently curved edge from `a` to `b` that stops `gapA`/`gapB` px short of
 * each node's centre (room for the node and the arrowhead). Curving to the
 * left of the direction of travel keeps A→B and B→A apart.
 */
export function edgeCurve(a: Point, b: Point, gapA: number, gapB: number, curvature = 0.18): EdgeCurve {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // Control point: the midpoint pushed sideways, proportional to the length.
  const cx = (a.x + b.x) / 2 - dy * curvature;
  const cy = (a.y + b.y) / 2 + dx * curvature;
  const ua = Math.hypot(cx - a.x, cy - a.y) || 1;
  const ub = Math.hypot(cx - b.x, cy - b.y) || 1;
  return {
    x0: a.x + ((cx - a.x) / ua) * gapA,
    y0: a.y + ((cy - a.y) / ua) * gapA,
    cx,
    cy,
    x1: b.x + ((cx - b.x) / ub) * gapB,
    y1: b.y + ((cy - b.y) / ub) * gapB,
  };
}

/** `edgeCurve` as an SVG path, with its midpoint (where a label or hit target goes). */
export function edgePath(a: Point, b: Point, gapA: number, gapB: number, curvature = 0.18): EdgeGeometry {
  const c = edgeCurve(a, b, gapA, gapB, curvature);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    d: `M${r(c.x0)},${r(c.y0)}Q${r(c.cx)},${r(c.cy)} ${r(c.x1)},${r(c.y1)}`,
    // The midpoint of a quadratic Bézier is at t = 0.5.
    midX: 0.25 * c.x0 + 0.5 * c.cx + 0.25 * c.x1,
    midY: 0.25 * c.y0 + 0.5 * c.cy + 0.25 * c.y1,
  };
}

/** Stroke width of a relation of `count` events, px: thicker with more events, slowly. */
export function relationWidth(count: number): number {
  return Math.min(1.75 + 1.5 * Math.log2(Math.max(count, 1)), 9);
}

/** Node radius for an actor in `eventCount` events, px. */
export function nodeRadius(eventCount: number): number {
  return Math.min(9 + 3.5 * Math.sqrt(eventCount), 30);
}

/**
 * The node nearest to `from` in the arrow key's direction (a cone of ±60°),
 * preferring nodes straight ahead; null when there is none.
 */
export function nearestInDirection<T extends Point & { readonly id: string }>(
  from: T,
  nodes: readonly T[],
  direction: 'left' | 'right' | 'up' | 'down',
): T | null {
  const [ux, uy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [number, number];
  let best: T | null = null;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const across = Math.abs(dx * uy - dy * ux);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best && n.id < best.id)) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}
