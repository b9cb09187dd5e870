import type { GraphRelation } from '@/domain/actor-graph';
import type { NodePosition } from '@/viz/graph-layout';
import { edgePath, relationWidth } from '@/viz/graph-marks';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** What `drawRelations` needs besides the relations: where nodes are and how the view is zoomed. */
export interface RelationCanvasScene {
  readonly positions: ReadonlyMap<string, NodePosition>;
  readonly radii: ReadonlyMap<string, number>;
  /** Zoom transform: screen px = k × layout px + (x, y). */
  readonly transform: { readonly k: number; readonly x: number; readonly y: number };
  /** Relation ids to draw strongly; null: all alike. */
  readonly highlighted: ReadonlySet<string> | null;
  /** Canvas size in CSS px and the device pixel ratio. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
}

/**
 * Draws relations onto a 2D canvas: the graph view's renderer when there are
 * too many relations for SVG elements. A plain function of its inputs, so it
 * could also run on an OffscreenCanvas in a worker.
 */
export function drawRelations(ctx: CanvasRenderingContext2D, relations: readonly GraphRelation[], scene: RelationCanvasScene): void {
  const { positions, radii, transform, highlighted, width, height, ratio } = scene;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(ratio * transform.k, 0, 0, ratio * transform.k, ratio * transform.x, ratio * transform.y);
  for (const faded of [true, false]) {
    for (const r of relations) {
      const isFaded = highlighted !== null && !highlighted.has(r.id);
      if (isFaded !== faded) continue;
      const a = positions.get(r.source);
      const b = positions.get(r.target);
      if (!a || !b) continue;
      const { d } = edgePath(a, b, (radii.get(r.source) ?? 8) + 1, (radii.get(r.target) ?? 8) + 2);
      ctx.globalAlpha = isFaded ? 0.08 : highlighted ? 0.9 : 0.35;
      ctx.strokeStyle = QUAD_COLOURS[r.dominantQuad];
      ctx.lineWidth = relationWidth(r.count) / Math.max(transform.k, 0.5);
      ctx.setLineDash(r.dominantQuad.startsWith('verbal') || r.dominantQuad === 'none' ? [6 / transform.k, 4 / transform.k] : []);
      ctx.stroke(new Path2D(d));
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}
