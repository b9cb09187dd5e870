/**
 * The map's marks as numbers: where places sit and how large their marks
 * are, how states are shaded, and the arcs between states. Coordinates are
 * map px (the fitted view before zoom) unless a function says screen px.
 */
import type { GeoPoint, Place, QuadClass } from '@/domain/dataset/model';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** The sea (the drawn part of the globe), land without events, and borders. */
export const MAP_COLOURS = { sea: '#eef3f7', land: '#e4e4de', border: '#ffffff', outline: '#9aa5b1' } as const;

/**
 * Shades for states by how many events they take part in, light to dark:
 * each step is told apart from its neighbours and from the land, and the
 * darkest stays under marks in the quad colours' contrast.
 */
export const COUNT_SHADES = ['#d3dde8', '#b3c3d6', '#90a8c2', '#6e8cad', '#527396'] as const;

/** The shade step (0 to 4) for `count` events out of a largest `max`, by square root so a few busy states do not wash out the rest. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(COUNT_SHADES.length - 1, Math.floor(Math.sqrt(count / max) * COUNT_SHADES.length - 1e-9));
}

/** The fill of a state taking part in `count` events: a count shade, or its dominant quad class's colour (drawn at reduced opacity). */
export function stateFill(count: number, max: number, quad: QuadClass, by: 'count' | 'quad'): string {
  return by === 'quad' ? QUAD_COLOURS[quad] : (COUNT_SHADES[shadeStep(count, max)] ?? COUNT_SHADES[0]);
}

/** Radius (screen px) of a place's mark: 4 px for a place without events, up to 14 px for the busiest. */
export function placeRadius(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 4;
  return 5 + 9 * Math.sqrt(count / max);
}

/**
 * Where each place's mark sits, map px: a city or region at its point, a
 * country at its point when it has one, else at its country's anchor.
 * Places beyond the drawn part of the globe (or with nowhere to be) are left out.
 */
export function placePositions(
  places: readonly Place[],
  project: (point: GeoPoint) => readonly [number, number] | null,
  anchors: ReadonlyMap<string, readonly [number, number]>,
): Map<string, readonly [number, number]> {
  const positions = new Map<string, readonly [number, number]>();
  for (const place of places) {
    let at: readonly [number, number] | null | undefined;
    if (place.point) at = project(place.point);
    else if (place.kind === 'country' && place.country) at = anchors.get(place.country);
    if (at && Number.isFinite(at[0]) && Number.isFinite(at[1])) positions.set(place.id, at);
  }
  return positions;
}

/**
 * Where each country's state is drawn from: the country's anchor on its
 * boundary, or the point of a country place the dataset gives for it (the
 * only way to place a state with a code left to users).
 */
export function stateAnchors(
  places: readonly Place[],
  project: (point: GeoPoint) => readonly [number, number] | null,
  anchors: ReadonlyMap<string, readonly [number, number]>,
): Map<string, readonly [number, number]> {
  const result = new Map(anchors);
  for (const place of places) {
    if (place.kind !== 'country' || !place.country || !place.point) continue;
    const at = project(place.point);
    if (at && Number.isFinite(at[0]) && Number.isFinite(at[1])) result.set(place.country, at);
  }
  return result;
}

/** An arc from one point to another as a quadratic Bézier curve, screen px. */
export interface Arc {
  readonly x0: number;
  readonly y0: number;
  /** The control point. */
  readonly cx: number;
  readonly cy: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * The arc from `from` to `to` (screen px), bowed to its right by `bow` of
 * its length, so the two directions between a pair are two arcs; its ends
 * stop `gap` px short of the points.
 */
export function arcBetween(
  from: readonly [number, number],
  to: readonly [number, number],
  gap = 5,
  bow = 0.2,
): Arc | null {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy);
  if (length < 2 * gap + 2) return null;
  const ux = dx / length;
  const uy = dy / length;
  // Right of the direction of travel, in screen coordinates (y down).
  const cx = (from[0] + to[0]) / 2 - uy * length * bow;
  const cy = (from[1] + to[1]) / 2 + ux * length * bow;
  const shorten = (x: number, y: number, towardsX: number, towardsY: number): [number, number] => {
    const d = Math.hypot(towardsX - x, towardsY - y) || 1;
    return [x + ((towardsX - x) / d) * gap, y + ((towardsY - y) / d) * gap];
  };
  const [x0, y0] = shorten(from[0], from[1], cx, cy);
  const [x1, y1] = shorten(to[0], to[1], cx, cy);
  return { x0, y0, cx, cy, x1, y1 };
}

/** SVG path data for an arc, to 0.1 px. */
export function arcPathData(arc: Arc): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return `M${r(arc.x0)},${r(arc.y0)}Q${r(arc.cx)},${r(arc.cy)} ${r(arc.x1)},${r(arc.y1)}`;
}

/** Stroke width (px) of an arc of `count` events when the busiest has `max`. */
export function arcWidth(count: number, max: number): number {
  return 1.5 + 3 * Math.sqrt(count / Math.max(1, max));
}

/** Looks up the projected position (map px) of a point among those the geometry projected, by its coordinates. */
export function projectedPoints(
  points: readonly GeoPoint[],
  projected: readonly (readonly [number, number] | null)[],
): (point: GeoPoint) => readonly [number, number] | null {
  const byKey = new Map<string, readonly [number, number] | null>();
  points.forEach((p, i) => byKey.set(`${p[0]},${p[1]}`, projected[i] ?? null));
  return (point) => byKey.get(`${point[0]},${point[1]}`) ?? null;
}
