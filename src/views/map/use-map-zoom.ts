import { useCallback, useState, type RefObject } from 'react';
import { prefersReducedMotion, useZoomGestures } from '@/components/use-zoom-gestures';
import { clampScale, IDENTITY, scaleAbout, translateTo, type Extent, type ZoomTransform } from '@/viz/zoom-transform';

/** The map's zoom state and commands; transforms map px to screen px. */
export interface MapZoom {
  /** Changes every frame of a gesture; stays in the view. */
  readonly transform: ZoomTransform;
  zoomBy: (factor: number) => void;
  /** Back to the fitted view. */
  fit: () => void;
  /** Puts map point `p` (px) in the middle of the view, keeping the scale, if it is outside `margin` px of the edges. */
  reveal: (p: readonly [number, number], margin: number) => void;
}

/** From the fitted view, half as far out and twelve times as far in. */
const SCALE_EXTENT: readonly [number, number] = [0.5, 12];
const ZOOM_BY_MS = 250;
const FIT_MS = 300;

/**
 * Wheel, drag and pinch zoom and pan on the map's frame (the element in
 * `frameRef`), within `translateExtent` (map px, what is drawn), and the
 * commands behind its buttons and keys. A press
 * becomes a pan only once it moves a few px, so a click on a place stays a
 * click.
 */
export function useMapZoom(frameRef: RefObject<HTMLElement | null>, translateExtent: Extent): MapZoom {
  const [transform, setTransform] = useState<ZoomTransform>(IDENTITY);
  const zoom = useZoomGestures(frameRef, {
    scaleExtent: SCALE_EXTENT,
    translateExtent,
    clickDistance: 4,
    doubleClickZoom: true,
    onZoom: setTransform,
  });
  const move = useCallback((t: ZoomTransform, ms: number) => zoom.moveTo(t, prefersReducedMotion() ? 0 : ms), [zoom]);
  const zoomBy = useCallback(
    (factor: number) => {
      const [[x0, y0], [x1, y1]] = zoom.extent();
      const now = zoom.transform();
      move(scaleAbout(now, clampScale(now.k * factor, SCALE_EXTENT), [(x0 + x1) / 2, (y0 + y1) / 2]), ZOOM_BY_MS);
    },
    [zoom, move],
  );
  const fit = useCallback(() => move(IDENTITY, FIT_MS), [move]);
  const reveal = useCallback(
    (p: readonly [number, number], margin: number) => {
      const [[x0, y0], [x1, y1]] = zoom.extent();
      const now = zoom.transform();
      const sx = p[0] * now.k + now.x;
      const sy = p[1] * now.k + now.y;
      if (sx >= x0 + margin && sx <= x1 - margin && sy >= y0 + margin && sy <= y1 - margin) return;
      move(translateTo(now, [(x0 + x1) / 2, (y0 + y1) / 2], [p[0], p[1]]), ZOOM_BY_MS);
    },
    [zoom, move],
  );
  return { transform, zoomBy, fit, reveal };
}
