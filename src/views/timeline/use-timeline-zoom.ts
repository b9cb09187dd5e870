import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { prefersReducedMotion, useZoomGestures, type ZoomSource } from '@/components/use-zoom-gestures';
import { createTimeScale, rescaleTime } from '@/viz/time-scale';
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

/** Commands that move the timeline's time window. */
export interface TimelineZoom {
  /** The window in view now, ms since epoch UTC; changes every zoom frame. */
  readonly window: readonly [number, number];
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

/**
 * Zoom and pan gestures on an SVG element, horizontal only, over `domain`
 * (ms since epoch UTC) drawn `width` px wide. The window it reports changes
 * every frame and stays local; `onSettle` hears it when a gesture ends.
 */
export function useTimelineZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  domain: readonly [number, number],
  width: number,
  initialWindow: readonly [number, number] | null,
  onSettle: (window: readonly [number, number]) => void,
): TimelineZoom {
  const [d0, d1] = domain;
  const base = useMemo(() => createTimeScale([d0, d1], [0, width]), [d0, d1, width]);
  const [window, setWindow] = useState<readonly [number, number]>(() => initialWindow ?? [d0, d1]);
  const windowRef = useRef(window);
  windowRef.current = window;
  // Where an animated move is heading, so quick repeated presses add up instead of cutting each other short.
  const targetRef = useRef<readonly [number, number] | null>(null);

  const transformFor = useCallback(
    ([t0, t1]: readonly [number, number]): ZoomTransform => {
      const k = Math.max(1, (d1 - d0) / Math.max(t1 - t0, 1));
      return { k, x: -k * base(t0), y: 0 };
    },
    [base, d0, d1],
  );
  const windowOf = (t: ZoomTransform): [number, number] => {
    const [t0, t1] = rescaleTime(base, t).domain();
    return [+t0, +t1];
  };

  const zoom = useZoomGestures(svgRef, {
    scaleExtent: [1, Math.max(1, (d1 - d0) / MIN_WINDOW_MS)],
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
      setWindow(windowOf(t));
    },
    onEnd: (t: ZoomTransform, source: ZoomSource) => {
      const [t0, t1] = windowOf(t);
      const target = targetRef.current;
      if (source === 'app') {
        // Only a move that arrived settles: one cut short by the next keeps heading on,
        // and the first draw or a resize chose nothing.
        const arrived = target && Math.abs(t0 - target[0]) + Math.abs(t1 - target[1]) < (target[1] - target[0]) * 1e-3;
        if (!arrived) return;
      }
      // Settled: arrived, or the person took over (so buttons pressed next start from here).
      targetRef.current = null;
      onSettle([t0, t1]);
    },
  });

  // Keep the window in view when the width or domain changes under it.
  useLayoutEffect(() => {
    const [w0, w1] = windowRef.current;
    const clamped: [number, number] = [Math.max(d0, w0), Math.min(d1, w1)];
    zoom.moveTo(transformFor(clamped[1] > clamped[0] ? clamped : [d0, d1]), 0);
  }, [zoom, d0, d1, width, transformFor]);

  const zoomTo = useCallback(
    (target: readonly [number, number]) => {
      const span = Math.min(Math.max(target[1] - target[0], MIN_WINDOW_MS), d1 - d0);
      const mid = Math.min(Math.max((target[0] + target[1]) / 2, d0 + span / 2), d1 - span / 2);
      const clamped: [number, number] = [mid - span / 2, mid + span / 2];
      targetRef.current = clamped;
      zoom.moveTo(transformFor(clamped), prefersReducedMotion() ? 0 : MOVE_MS);
    },
    [zoom, transformFor, d0, d1],
  );
  const zoomBy = useCallback(
    (factor: number, anchor?: number) => {
      const [t0, t1] = targetRef.current ?? windowRef.current;
      const at = anchor !== undefined && anchor >= t0 && anchor <= t1 ? anchor : (t0 + t1) / 2;
      const share = (at - t0) / (t1 - t0);
      const span = (t1 - t0) / factor;
      zoomTo([at - share * span, at + (1 - share) * span]);
    },
    [zoomTo],
  );
  const panBy = useCallback(
    (fraction: number) => {
      const [t0, t1] = targetRef.current ?? windowRef.current;
      const shift = (t1 - t0) * fraction;
      zoomTo([t0 + shift, t1 + shift]);
    },
    [zoomTo],
  );
  const centerOn = useCallback(
    (time: number) => {
      const [t0, t1] = targetRef.current ?? windowRef.current;
      const half = (t1 - t0) / 2;
      zoomTo([time - half, time + half]);
    },
    [zoomTo],
  );
  const fit = useCallback(() => zoomTo([d0, d1]), [zoomTo, d0, d1]);

  // A window asked for from outside (a restored link) is applied once the zoom exists.
  useEffect(() => {
    if (initialWindow) zoomTo(initialWindow);
    // Only on mount: later windows come from the person's own gestures.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { window, zoomTo, zoomBy, panBy, centerOn, fit };
}
