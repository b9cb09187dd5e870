/**
 * Zoom and pan maths without the DOM: a transform maps a point in content
 * space to screen px as `screen = k × content + (x, y)`. The rules follow
 * d3-zoom's, so wheel, drag and pinch feel as they did with it.
 */

/** A zoom transform: scale `k` and translation `x`, `y` in screen px. */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** A point, [x, y]. */
export type Point = readonly [number, number];
/** A rectangle as its top-left and bottom-right corners. */
export type Extent = readonly [Point, Point];

/** No zoom, no pan. */
export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** An extent that never limits panning. */
export const UNBOUNDED: Extent = [
  [-Infinity, -Infinity],
  [Infinity, Infinity],
];

/**
 * The transform, screen px to screen px, that moves and scales what was
 * drawn at zoom `drawn` to where zoom `live` shows it: a canvas drawn at one
 * zoom follows a gesture by this CSS transform until it is drawn again.
 */
export function transformBetween(drawn: ZoomTransform, live: ZoomTransform): ZoomTransform {
  const k = live.k / drawn.k;
  return { k, x: live.x - k * drawn.x, y: live.y - k * drawn.y };
}

/** Where content point `p` lands on screen, px. */
export function applyTransform(t: ZoomTransform, p: Point): Point {
  return [p[0] * t.k + t.x, p[1] * t.k + t.y];
}

/** The content point under screen point `p` (px). */
export function invertTransform(t: ZoomTransform, p: Point): Point {
  return [(p[0] - t.x) / t.k, (p[1] - t.y) / t.k];
}

/** `k` held within `[min, max]`. */
export function clampScale(k: number, [min, max]: readonly [number, number]): number {
  return Math.max(min, Math.min(max, k));
}

/** The transform that puts content point `content` at screen point `screen` (px), keeping the scale. */
export function translateTo(t: ZoomTransform, screen: Point, content: Point): ZoomTransform {
  return { k: t.k, x: screen[0] - content[0] * t.k, y: screen[1] - content[1] * t.k };
}

/** Scale `k`, keeping what is under screen point `p` (px) where it is. */
export function scaleAbout(t: ZoomTransform, k: number, p: Point): ZoomTransform {
  return translateTo({ ...t, k }, p, invertTransform(t, p));
}

/**
 * Pans `t` as little as possible so the view (`extent`, screen px) stays
 * inside `translateExtent` (content px); a view wider than that is centred.
 */
export function constrainTransform(t: ZoomTransform, extent: Extent, translateExtent: Extent): ZoomTransform {
  const [[vx0, vy0], [vx1, vy1]] = extent;
  const [[cx0, cy0], [cx1, cy1]] = translateExtent;
  const shift = (lo: number, hi: number) => (hi > lo ? (lo + hi) / 2 : Math.min(0, lo) || Math.max(0, hi));
  const dx = shift((vx0 - t.x) / t.k - cx0, (vx1 - t.x) / t.k - cx1);
  const dy = shift((vy0 - t.y) / t.k - cy0, (vy1 - t.y) / t.k - cy1);
  return dx === 0 && dy === 0 ? t : { k: t.k, x: t.x + t.k * dx, y: t.y + t.k * dy };
}

/**
 * The zoom factor for one wheel event: 2 to the power of the scroll, where a
 * pixel counts 0.002, a line 0.05 and a page 1; a pinch on a touchpad (which
 * browsers send as a wheel with Ctrl) counts ten times as much.
 */
export function wheelScaleFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  return 2 ** (-deltaY * perUnit * (ctrlKey ? 10 : 1));
}

/**
 * The transform for a two-finger pinch: the content points first touched,
 * `content0` and `content1`, follow the fingers now at `screen0` and
 * `screen1` (px) as closely as one scale and translation allow, with the
 * scale held within `scaleExtent` (and kept from `t` while both touch one spot).
 */
export function pinchTransform(
  t: ZoomTransform,
  content0: Point,
  content1: Point,
  screen0: Point,
  screen1: Point,
  scaleExtent: readonly [number, number],
): ZoomTransform {
  const apart = Math.hypot(screen1[0] - screen0[0], screen1[1] - screen0[1]);
  const contentApart = Math.hypot(content1[0] - content0[0], content1[1] - content0[1]);
  const k = clampScale(contentApart > 0 && apart > 0 ? apart / contentApart : t.k, scaleExtent);
  const mid: Point = [(screen0[0] + screen1[0]) / 2, (screen0[1] + screen1[1]) / 2];
  const contentMid: Point = [(content0[0] + content1[0]) / 2, (content0[1] + content1[1]) / 2];
  return translateTo({ k, x: 0, y: 0 }, mid, contentMid);
}

/**
 * A path from transform `a` to `b`, for t in [0, 1]: a zoom about the one
 * screen point both leave in place, the scale changing geometrically, so
 * the view moves at an even pace; a plain pan when the scales match.
 */
export function interpolateTransform(a: ZoomTransform, b: ZoomTransform): (t: number) => ZoomTransform {
  const ratio = b.k / a.k;
  if (Math.abs(ratio - 1) < 1e-6) {
    return (t) => (t >= 1 ? b : { k: a.k + (b.k - a.k) * t, x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  }
  // The content point that both transforms put at the same place on screen.
  const fixed: Point = [(b.x - a.x) / (a.k - b.k), (b.y - a.y) / (a.k - b.k)];
  const screen = applyTransform(a, fixed);
  return (t) => {
    if (t >= 1) return b;
    const k = a.k * ratio ** t;
    return translateTo({ k, x: 0, y: 0 }, screen, fixed);
  };
}

/** Slow at both ends, fast in the middle (cubic), for t in [0, 1]. */
export function easeCubicInOut(t: number): number {
  const u = t * 2;
  return (u <= 1 ? u * u * u : (u - 2) * (u - 2) * (u - 2) + 2) / 2;
}
