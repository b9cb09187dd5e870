/**
 * The canvases a large graph is drawn on: relations (in slices, a frame
 * each, once no gesture is going on) and, above the SVG node threshold,
 * nodes. Both are drawn at the zoom the view last rested on; the view moves
 * and scales them with CSS while a gesture goes on.
 */
import { useEffect, useLayoutEffect, type RefObject } from 'react';
import type { AffiliationLink, GraphRelation } from '@/domain/graph/actor-graph';
import { nextTask, whenQuiet } from '@/components/when-quiet';
import { drawNodesInSlices } from '@/viz/draw-nodes';
import { drawRelationsInSlices } from '@/viz/draw-relations';
import type { NodePosition } from '@/viz/graph-layout';
import type { ZoomTransform } from '@/viz/zoom-transform';
import type { DrawnNode } from '@/views/graph/graph-layers';

/**
 * The 2D context of the canvas in `ref`, its backing store sized for
 * `width` × `height` CSS px on this screen (resized only when that changed: a
 * new size clears and reallocates it), and the pixel ratio; null when there
 * is nothing to draw or no canvas.
 */
function prepareCanvas(ref: RefObject<HTMLCanvasElement | null>, wanted: boolean, width: number, height: number) {
  const canvas = ref.current;
  const ctx = wanted ? canvas?.getContext('2d') : null;
  if (!canvas || !ctx) return null;
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  return { canvas, ctx, ratio };
}

/** What both canvases are drawn for: the zoom they follow and their size, CSS px. */
export interface CanvasView {
  readonly view: ZoomTransform;
  readonly width: number;
  readonly height: number;
}

/** Draws `relations`, and `affiliations` under them, on the canvas in `ref` (nothing when `relations` is null). */
export function useRelationCanvas(
  ref: RefObject<HTMLCanvasElement | null>,
  relations: readonly GraphRelation[] | null,
  affiliations: readonly AffiliationLink[],
  positions: ReadonlyMap<string, NodePosition>,
  radii: ReadonlyMap<string, number>,
  highlighted: ReadonlySet<string> | null,
  { view, width, height }: CanvasView,
): void {
  useEffect(() => {
    const prepared = prepareCanvas(ref, relations !== null, width, height);
    if (!prepared || !relations) return;
    const { ctx, ratio } = prepared;
    // In slices, a frame each: tens of thousands of relations must not hold the page in one task.
    return drawRelationsInSlices(
      ctx,
      relations,
      { positions, radii, transform: view, highlighted, affiliations, width, height, ratio },
      (draw) => {
        // The next frame once no gesture is going on, so drawing never competes with one.
        let frame = 0;
        const cancelWait = whenQuiet(() => (frame = requestAnimationFrame(draw)));
        return () => {
          cancelWait();
          cancelAnimationFrame(frame);
        };
      },
    );
  }, [ref, relations, affiliations, positions, radii, highlighted, view, width, height]);
}

/** Draws `nodes` but those shown as SVG buttons (`asSvg`) on the canvas in `ref` (nothing when `nodes` is null). */
export function useNodeCanvas(
  ref: RefObject<HTMLCanvasElement | null>,
  nodes: readonly DrawnNode[] | null,
  asSvg: readonly DrawnNode[],
  isFaded: (id: string) => boolean,
  pins: ReadonlyMap<string, NodePosition>,
  { view, width, height }: CanvasView,
): void {
  // A layout effect: drawing is asked for in the commit, so it lands before the commit's frame is painted.
  useLayoutEffect(() => {
    const prepared = prepareCanvas(ref, nodes !== null, width, height);
    if (!prepared || !nodes) return;
    const { canvas, ctx, ratio } = prepared;
    const skip = new Set(asSvg.map((n) => n.id));
    const highContrast = canvas.closest('.theme-high-contrast') !== null;
    // In the coming frame, before it is painted (so a node handed back from SVG leaves no gap once the
    // code is warm), and in a task apart from the render that asked for it; what is left, in the tasks
    // right after (not waiting for a gesture to end: the canvas is only painted anew when nodes change).
    let stop = () => {};
    const frame = requestAnimationFrame(() => {
      const shown = nodes.flatMap((n) =>
        skip.has(n.id)
          ? []
          : [{ x: n.x, y: n.y, r: n.r, kind: n.node.actor.kind, faded: isFaded(n.id), pinned: pins.has(n.id) }],
      );
      stop = drawNodesInSlices(ctx, shown, { transform: view, ratio, highContrast }, nextTask, 5);
    });
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [ref, nodes, asSvg, isFaded, pins, view, width, height]);
}
