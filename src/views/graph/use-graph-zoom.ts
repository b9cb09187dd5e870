import { useCallback, useState, type RefObject } from 'react';
import { prefersReducedMotion, useZoomGestures } from '@/components/use-zoom-gestures';
import { clampScale, scaleAbout, type ZoomTransform } from '@/viz/zoom-transform';

/** A zoom transform: scale `k` and translation `x`, `y` in screen px. */
export type GraphTransform = ZoomTransform;

/** The graph's zoom state and commands. */
export interface GraphZoom {
  /** Changes every frame; stays local to the view. */
  readonly transform: GraphTransform;
  zoomBy: (factor: number) => void;
  zoomTo: (transform: GraphTransform) => void;
}

const SCALE_EXTENT: readonly [number, number] = [0.1, 8];
/** How long the zoom buttons' and the fit's moves take, ms. */
const ZOOM_BY_MS = 250;
const ZOOM_TO_MS = 300;

/**
 * Wheel, drag and pinch zoom and pan on the graph's SVG. Presses for which
 * `isOnNode` is true are left to the node, which drags instead; presses of
 * any mouse button but the main one too.
 */
export function useGraphZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  isOnNode: (event: MouseEvent) => boolean,
): GraphZoom {
  const [transform, setTransform] = useState<GraphTransform>({ k: 1, x: 0, y: 0 });
  const startsPan = useCallback((event: MouseEvent) => !isOnNode(event) && !event.button, [isOnNode]);
  const zoom = useZoomGestures(svgRef, { scaleExtent: SCALE_EXTENT, filter: startsPan, onZoom: setTransform });

  // The buttons zoom about the middle of the view.
  const zoomBy = useCallback(
    (factor: number) => {
      const [[x0, y0], [x1, y1]] = zoom.extent();
      const now = zoom.transform();
      const target = scaleAbout(now, clampScale(now.k * factor, SCALE_EXTENT), [(x0 + x1) / 2, (y0 + y1) / 2]);
      zoom.moveTo(target, prefersReducedMotion() ? 0 : ZOOM_BY_MS);
    },
    [zoom],
  );
  const zoomTo = useCallback((t: GraphTransform) => zoom.moveTo(t, prefersReducedMotion() ? 0 : ZOOM_TO_MS), [zoom]);
  return { transform, zoomBy, zoomTo };
}
