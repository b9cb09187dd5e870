import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A zoom transform: scale `k` and translation `x`, `y` in screen px. */
export interface GraphTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The graph's zoom state and commands. */
export interface GraphZoom {
  /** Changes every frame; stays local to the view. */
  readonly transform: GraphTransform;
  zoomBy: (factor: number) => void;
  zoomTo: (transform: GraphTransform) => void;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Attaches d3-zoom to the graph's SVG for wheel, drag and pinch zoom and pan.
 * Gestures that start on a node are left to the node (it drags instead).
 */
export function useGraphZoom(svgRef: RefObject<SVGSVGElement | null>): GraphZoom {
  const [transform, setTransform] = useState<GraphTransform>({ k: 1, x: 0, y: 0 });
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 8])
      .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
        const onNode = event.target instanceof Element && event.target.closest('.graph-node');
        if (event.type === 'wheel') return true;
        return !onNode && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        setTransform({ k, x, y });
      });
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    zoomRef.current = behaviour;
    return () => {
      selection.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [svgRef]);

  const zoomBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      const behaviour = zoomRef.current;
      if (!svg || !behaviour) return;
      if (reducedMotion()) select(svg).call(behaviour.scaleBy, factor);
      else select(svg).transition().duration(250).call(behaviour.scaleBy, factor);
    },
    [svgRef],
  );
  const zoomTo = useCallback(
    (t: GraphTransform) => {
      const svg = svgRef.current;
      const behaviour = zoomRef.current;
      if (!svg || !behaviour) return;
      const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
      if (reducedMotion()) select(svg).call(behaviour.transform, target);
      else select(svg).transition().duration(300).call(behaviour.transform, target);
    },
    [svgRef],
  );
  return { transform, zoomBy, zoomTo };
}
