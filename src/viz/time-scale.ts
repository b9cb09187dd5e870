import type { ZoomTransform } from '@/viz/zoom-transform';

/** A straight-line map from time (a Date, or ms since epoch UTC) to screen px, and back. */
export interface TimeScale {
  /** Where `time` lands, px; outside the domain it extends the line. */
  (time: number | Date): number;
  /** The time range mapped, start and end. */
  domain(): [Date, Date];
  /** The px range it maps to, start and end. */
  range(): [number, number];
  /** The time at `px`. */
  invert(px: number): Date;
  copy(): TimeScale;
}

/**
 * Creates a scale mapping the time `domain` (Dates or ms since epoch UTC)
 * onto `range` (px). An empty domain maps everything to the middle of the range.
 */
export function createTimeScale(
  domain: readonly [number | Date, number | Date],
  range: readonly [number, number],
): TimeScale {
  const t0 = +domain[0];
  const t1 = +domain[1];
  const [r0, r1] = range;
  const span = t1 - t0;
  const scale = (time: number | Date) => (span ? r0 + ((+time - t0) / span) * (r1 - r0) : (r0 + r1) / 2);
  scale.domain = (): [Date, Date] => [new Date(t0), new Date(t1)];
  scale.range = (): [number, number] => [r0, r1];
  scale.invert = (px: number) => new Date(r1 !== r0 ? t0 + ((px - r0) / (r1 - r0)) * span : t0);
  scale.copy = () => createTimeScale([t0, t1], [r0, r1]);
  return scale;
}

/** The scale a zoom transform shows: same px range, the domain of what is in view (as d3-zoom's `rescaleX`). */
export function rescaleTime(scale: TimeScale, t: ZoomTransform): TimeScale {
  const [r0, r1] = scale.range();
  return createTimeScale([scale.invert((r0 - t.x) / t.k), scale.invert((r1 - t.x) / t.k)], [r0, r1]);
}
