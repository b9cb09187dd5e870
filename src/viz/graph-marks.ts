import type { ActorKind } from '@/domain/dataset/model';

/** A convex polygon's edge: its outward unit normal and its distance from the centre, for a node of "radius" 1. */
interface OutlineEdge {
  readonly nx: number;
  readonly ny: number;
  readonly offset: number;
}

/** A node's outline for a "radius" of 1, centred on the origin: a circle, or a convex polygon's corners and edges. */
export type NodeOutline =
  | { readonly shape: 'circle' }
  | { readonly shape: 'polygon'; readonly corners: readonly Point[]; readonly edges: readonly OutlineEdge[] };

function polygon(corners: readonly Point[]): NodeOutline {
  const edges = corners.map((a, i) => {
    const b = corners[(i + 1) % corners.length] as Point;
    // Corners go clockwise on screen (y down), so the outward normal is the edge turned a quarter anticlockwise.
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const nx = (b.y - a.y) / length;
    const ny = -(b.x - a.x) / length;
    return { nx, ny, offset: nx * a.x + ny * a.y };
  });
  return { shape: 'polygon', corners, edges };
}

/**
 * The outline of each kind of actor's node: a circle for a person, a square
 * for a state, a diamond for an organisation, a hexagon for a group — so kind
 * never rests on colour alone. Every drawing of a node takes its shape from
 * here: the SVG nodes and the legend (`nodeShapePath`) and the canvas's
 * pixels (`nodeShapeDistance`).
 */
export const NODE_OUTLINES: Readonly<Record<ActorKind, NodeOutline>> = {
  person: { shape: 'circle' },
  state: polygon([
    { x: -0.88, y: -0.88 },
    { x: 0.88, y: -0.88 },
    { x: 0.88, y: 0.88 },
    { x: -0.88, y: 0.88 },
  ]),
  organization: polygon([
    { x: 0, y: -1.2 },
    { x: 1.2, y: 0 },
    { x: 0, y: 1.2 },
    { x: -1.2, y: 0 },
  ]),
  group: polygon(
    Array.from({ length: 6 }, (_, i) => ({
      x: Math.cos((Math.PI / 3) * i) * 1.05,
      y: Math.sin((Math.PI / 3) * i) * 1.05,
    })),
  ),
};

/**
 * SVG path of an actor's node shape (see `NODE_OUTLINES`), centred on
 * (`cx`, `cy`), of "radius" `r` px. Absolute coordinates rather than a
 * transform per node keep a graph of thousands of nodes cheap for the
 * browser to composite.
 */
export function nodeShapePath(kind: ActorKind, r: number, cx = 0, cy = 0): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  const outline = NODE_OUTLINES[kind];
  if (outline.shape === 'polygon')
    return `M${outline.corners.map((p) => `${f(cx + p.x * r)},${f(cy + p.y * r)}`).join('L')}Z`;
  const s = f(r);
  return `M${f(cx - r)},${f(cy)}A${s},${s} 0 1,0 ${f(cx + r)},${f(cy)}A${s},${s} 0 1,0 ${f(cx - r)},${f(cy)}Z`;
}

/**
 * Signed distance, px, from (`x`, `y`) to the outline of a node of "radius"
 * `r` centred on the origin (negative inside). For a polygon it is the
 * largest distance to the line of an edge, so the band within half a stroke
 * of 0 has the mitred corners a canvas stroke has.
 */
export function nodeShapeDistance(kind: ActorKind, r: number, x: number, y: number): number {
  const outline = NODE_OUTLINES[kind];
  if (outline.shape === 'circle') return Math.hypot(x, y) - r;
  let d = -Infinity;
  for (const e of outline.edges) d = Math.max(d, e.nx * x + e.ny * y - e.offset * r);
  return d;
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
