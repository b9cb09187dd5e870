import { useCallback, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { prefersReducedMotion, useZoomGestures, type ZoomSource } from '@/components/use-zoom-gestures';
import { createLinearWarp, type TimeWarp } from '@/viz/time-warp';
import type { ZoomTransform } from '@/viz/zoom-transform';
import { DAY_MS } from '@/domain/dates/day';

/** The narrowest window the timeline zooms to, ms: two days across the chart. */
export const MIN_WINDOW_MS = 2 * DAY_MS;

/** The time window to show for a stretch from `start` to `end` (ms): with room around it, at least a fortnight wide. */
export function clusterWindow(start: number, end: number): [number, number] {
  const span = Math.max(end - start, 14 * DAY_MS, MIN_WINDOW_MS);
  const mid = start + (end - start) / 2;
  return [mid - span * 0.6, mid + span * 0.6];
}

/** The timeline's time window and the commands that move it. */
export interface TimelineZoom {
  /** The window drawn now, ms since epoch UTC: `settled`, or each frame's during a gesture or an animated move. */
  readonly window: readonly [number, number];
  /** The window at rest, ms since epoch UTC: the stored one as the timeline can show it, or the whole domain. */
  readonly settled: readonly [number, number];
  zoomTo: (window: readonly [number, number]) => void;
  /** Zooms by `factor` (2 = twice as close), keeping `anchor` (ms) where it is on screen, or the middle. */
  zoomBy: (factor: number, anchor?: number) => void;
  panBy: (fraction: number) => void;
  /** Pans, keeping the zoom, so `time` (ms) is in the middle. */
  centerOn: (time: number) => void;
  fit: () => void;
}

/** How long an animated move of the window takes, ms. */
const MOVE_MS = 350;

/** `target` (ms) moved and widened as little as needed to lie within `[d0, d1]` and span at least MIN_WINDOW_MS. */
function fitWindow(target: readonly [number, number], d0: number, d1: number): [number, number] {
  // A window that fits already is kept to the bit, so the window stored is the one drawn.
  if (target[0] >= d0 && target[1] <= d1 && target[1] - target[0] >= MIN_WINDOW_MS) return [target[0], target[1]];
  const span = Math.min(Math.max(target[1] - target[0], MIN_WINDOW_MS), d1 - d0);
  const mid = Math.min(Math.max((target[0] + target[1]) / 2, d0 + span / 2), d1 - span / 2);
  return [mid - span / 2, mid + span / 2];
}

/** True when windows `a` and `b` (ms) differ by more than `share` of b's span. */
function apart(a: readonly [number, number], b: readonly [number, number], share: number): boolean {
  return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) > (b[1] - b[0]) * share;
}

/**
 * Zoom and pan gestures on an SVG element, horizontal only, over `domain`
 * (ms since epoch UTC) drawn `width` px wide. The store owns the settled
 * window (`stored`, null for the whole domain) and the view draws it at rest;
 * the window of each frame of a gesture or an animated move stays here, and
 * `onSettle` hears the window where one comes to rest. A stored window that
 * changes from elsewhere (Back, a link) is glided to.
 */
export function useTimelineZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  domain: readonly [number, number],
  width: number,
  stored: readonly [number, number] | null,
  onSettle: (window: readonly [number, number]) => void,
  brokenWarp?: TimeWarp,
): TimelineZoom {
  const [d0, d1] = domain;
  // Gestures move along the axis px of the warp (time cut short at its breaks, or linear): a drag moves the
  // marks under the pointer at the same speed in a run of days and across a break of decades.
  const warp = useMemo(() => brokenWarp ?? createLinearWarp([d0, d1], width), [brokenWarp, d0, d1, width]);
  // A stored window the domain cannot hold (another dataset's) gives way to the whole domain.
  const settled = useMemo(
    (): readonly [number, number] =>
      !stored || stored[1] <= d0 || stored[0] >= d1 ? [d0, d1] : fitWindow(stored, d0, d1),
    [stored, d0, d1],
  );
  const [moving, setMoving] = useState<readonly [number, number] | null>(null);
  const window = moving ?? settled;
  const windowRef = useRef(window);
  windowRef.current = window;
  // The window the gestures' transform stands for: where the next gesture starts.
  const placedAt = useRef<readonly [number, number] | null>(null);
  // Where an animated move is heading, so quick repeated presses add up instead of cutting each other short.
  const targetRef = useRef<readonly [number, number] | null>(null);

  // A window in time and the transform of the axis px that shows it: the warp's axis is `width` px wide.
  const transformFor = useCallback(
    ([t0, t1]: readonly [number, number]): ZoomTransform => {
      const u0 = (warp(t0) / warp.width) * width;
      const u1 = (warp(t1) / warp.width) * width;
      const k = Math.max(1, width / Math.max(u1 - u0, 1e-9));
      return { k, x: -k * u0, y: 0 };
    },
    [warp, width],
  );
  const windowOf = useCallback(
    (t: ZoomTransform): [number, number] => {
      const at = (px: number) => warp.invert((((px - t.x) / t.k) * warp.width) / Math.max(width, 1));
      return [at(0), at(width)];
    },
    [warp, width],
  );
  // The window `[t0, t1]` (ms) moved on the axis: `f` maps its ends in axis px to new ends.
  const onAxis = useCallback(
    ([t0, t1]: readonly [number, number], f: (u0: number, u1: number) => [number, number]): [number, number] => {
      const [u0, u1] = f(warp(t0), warp(t1));
      return [warp.invert(u0), warp.invert(u1)];
    },
    [warp],
  );

  const zoom = useZoomGestures(svgRef, {
    // Close enough to show MIN_WINDOW_MS across the chart in the run of time the axis spreads widest.
    scaleExtent: [1, Math.max(1, warp.width / (MIN_WINDOW_MS * Math.max(warp.maxRate, 1e-12)))],
    extent: [
      [0, 0],
      [width, 1],
    ],
    translateExtent: [
      [0, 0],
      [width, 1],
    ],
    clickDistance: 4,
    doubleClickZoom: true,
    onZoom: (t: ZoomTransform, source: ZoomSource) => {
      if (source === 'user') targetRef.current = null;
      placedAt.current = windowOf(t);
      setMoving(placedAt.current);
    },
    onEnd: (t: ZoomTransform, source: ZoomSource) => {
      const now = windowOf(t);
      const target = targetRef.current;
      // Only a move that arrived settles: one cut short by the next keeps heading on.
      if (source === 'app' && (!target || apart(now, target, 1e-3))) return;
      // Settled: arrived, or the person took over (so buttons pressed next start from here).
      targetRef.current = null;
      setMoving(null);
      // The store hears only news: not a click that moved nothing, nor a glide to the window it gave.
      if (apart(now, settled, 1e-3)) onSettle(now);
    },
  });

  // Puts the gestures where the view is drawn (a move under way heads on to its target).
  const place = useCallback(() => {
    // Left as it is where it stands for the drawn window already: a transform worked out again from it may be off by a hair.
    if (apart(windowOf(zoom.transform()), windowRef.current, 1e-6)) zoom.place(transformFor(windowRef.current));
    placedAt.current = windowOf(zoom.transform());
    const target = targetRef.current;
    if (target) zoom.moveTo(transformFor(target), prefersReducedMotion() ? 0 : MOVE_MS);
  }, [zoom, transformFor, windowOf]);
  // A new width or domain draws the same window at another scale.
  useLayoutEffect(place, [place]);

  const zoomTo = useCallback(
    (target: readonly [number, number]) => {
      const clamped = fitWindow(target, d0, d1);
      targetRef.current = clamped;
      zoom.moveTo(transformFor(clamped), prefersReducedMotion() ? 0 : MOVE_MS);
    },
    [zoom, transformFor, d0, d1],
  );

  // The stored window changed. Our own settled window is drawn already; one from elsewhere is glided to from where the view is.
  const follow = useEffectEvent(() => {
    const from = placedAt.current;
    if (from && apart(from, settled, 0.01)) {
      setMoving(from);
      zoomTo(settled);
    } else if (!moving) {
      place();
    }
  });
  useLayoutEffect(() => follow(), [stored]);

  const zoomBy = useCallback(
    (factor: number, anchor?: number) => {
      const now = targetRef.current ?? windowRef.current;
      const inside = anchor !== undefined && anchor >= now[0] && anchor <= now[1];
      zoomTo(
        onAxis(now, (u0, u1) => {
          const at = inside ? warp(anchor) : (u0 + u1) / 2;
          const share = (at - u0) / (u1 - u0);
          const span = (u1 - u0) / factor;
          return [at - share * span, at + (1 - share) * span];
        }),
      );
    },
    [zoomTo, onAxis, warp],
  );
  const panBy = useCallback(
    (fraction: number) => {
      const now = targetRef.current ?? windowRef.current;
      zoomTo(onAxis(now, (u0, u1) => [u0 + (u1 - u0) * fraction, u1 + (u1 - u0) * fraction]));
    },
    [zoomTo, onAxis],
  );
  const centerOn = useCallback(
    (time: number) => {
      const now = targetRef.current ?? windowRef.current;
      const at = warp(time);
      zoomTo(onAxis(now, (u0, u1) => [at - (u1 - u0) / 2, at + (u1 - u0) / 2]));
    },
    [zoomTo, onAxis, warp],
  );
  const fit = useCallback(() => zoomTo([d0, d1]), [zoomTo, d0, d1]);

  return { window, settled, zoomTo, zoomBy, panBy, centerOn, fit };
}
