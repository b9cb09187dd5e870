import type { GraphRelation } from '@/domain/graph/actor-graph';
import type { QuadClass } from '@/domain/dataset/model';
import type { NodePosition } from '@/viz/graph-layout';
import { edgeCurve, relationWidth } from '@/viz/graph-marks';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** What the relation renderer needs besides the relations: where nodes are and how the view is zoomed. */
export interface RelationCanvasScene {
  readonly positions: ReadonlyMap<string, NodePosition>;
  readonly radii: ReadonlyMap<string, number>;
  /** Zoom transform: screen px = k × layout px + (x, y). */
  readonly transform: { readonly k: number; readonly x: number; readonly y: number };
  /** Relation ids to draw strongly; null: all alike. */
  readonly highlighted: ReadonlySet<string> | null;
  /** "Acts for" links to draw first, dotted, when the nodes are on a canvas too (over SVG links they would cover the nodes). */
  readonly affiliations?: readonly { readonly source: string; readonly target: string }[];
  /** Canvas size in CSS px and the device pixel ratio. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
}

/** Relations drawn per slice before the time is checked. */
const CHECK_EVERY = 256;
/**
 * Relations drawn per frame at most: without a GPU the browser rasterises
 * what a slice drew when it paints the frame, so a slice's share of paint
 * time grows with its relations, not with the script time it took.
 */
export const MAX_PER_SLICE = 1024;

function isVerbal(quad: QuadClass): boolean {
  return quad.startsWith('verbal') || quad === 'none';
}

/**
 * The relations in drawing order: faded ones first, so the highlighted ones
 * are drawn over them.
 */
function drawingOrder(
  relations: readonly GraphRelation[],
  highlighted: ReadonlySet<string> | null,
): readonly GraphRelation[] {
  if (highlighted === null) return relations;
  const faded: GraphRelation[] = [];
  const strong: GraphRelation[] = [];
  for (const r of relations) (highlighted.has(r.id) ? strong : faded).push(r);
  return faded.concat(strong);
}

/**
 * Draws `relations[from, to)` in their order onto a 2D canvas already set up
 * by `clearRelations`: the graph view's renderer when there are too many
 * relations for SVG elements; plain inputs, so it could also run on an
 * OffscreenCanvas in a worker. Most relations are one device pixel wide, with their
 * count shown by opacity: a rasteriser draws such hairlines many times faster
 * than wide strokes, which matters at tens of thousands of relations;
 * highlighted ones (few) get their full width. One path per look (faded or
 * not, quad class, opacity), so a slice is a few dozen strokes.
 */
function drawSlice(
  ctx: CanvasRenderingContext2D,
  relations: readonly GraphRelation[],
  from: number,
  to: number,
  scene: RelationCanvasScene,
): void {
  const { positions, radii, transform, highlighted, ratio } = scene;
  const hairline = 1 / (ratio * transform.k);
  const batches = new Map<string, { faded: boolean; strong: boolean; quad: QuadClass; level: number; path: Path2D }>();
  for (let i = from; i < to; i += 1) {
    const r = relations[i];
    if (r === undefined) continue;
    const a = positions.get(r.source);
    const b = positions.get(r.target);
    if (!a || !b) continue;
    const faded = highlighted !== null && !highlighted.has(r.id);
    const strong = highlighted !== null && !faded;
    // Four opacity levels by events: 1, 2–3, 4–15, 16 and more.
    const level = strong ? 0 : r.count >= 16 ? 3 : r.count >= 4 ? 2 : r.count >= 2 ? 1 : 0;
    const key = `${faded ? 'f' : strong ? 's' : 'n'}${r.dominantQuad}${strong ? relationWidth(r.count) : level}`;
    let batch = batches.get(key);
    if (!batch)
      batches.set(
        key,
        (batch = {
          faded,
          strong,
          quad: r.dominantQuad,
          level: strong ? relationWidth(r.count) : level,
          path: new Path2D(),
        }),
      );
    const c = edgeCurve(a, b, (radii.get(r.source) ?? 8) + 1, (radii.get(r.target) ?? 8) + 2);
    batch.path.moveTo(c.x0, c.y0);
    batch.path.quadraticCurveTo(c.cx, c.cy, c.x1, c.y1);
  }
  // Within a slice too, faded looks go first.
  const ordered = [...batches.values()].sort((p, q) => Number(q.faded) - Number(p.faded));
  for (const { faded, strong, quad, level, path } of ordered) {
    ctx.globalAlpha = faded ? 0.1 : strong ? 0.9 : 0.3 + 0.2 * level;
    ctx.strokeStyle = QUAD_COLOURS[quad];
    ctx.lineWidth = strong ? level / Math.max(transform.k, 0.5) : hairline;
    ctx.setLineDash(isVerbal(quad) ? [6 / transform.k, 4 / transform.k] : []);
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** The look of `.affiliation-link` in styles.css, in layout px. */
const AFFILIATION = { colour: '#6b7280', width: 1.5, dash: [1.5, 3.5] };

function clearRelations(ctx: CanvasRenderingContext2D, scene: RelationCanvasScene): void {
  const { transform, width, height, ratio, positions, affiliations = [] } = scene;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(ratio * transform.k, 0, 0, ratio * transform.k, ratio * transform.x, ratio * transform.y);
  if (affiliations.length === 0) return;
  // Affiliations are few (one per actor at most): one dotted path, under the relations.
  const path = new Path2D();
  for (const a of affiliations) {
    const p = positions.get(a.source);
    const q = positions.get(a.target);
    if (!p || !q) continue;
    path.moveTo(p.x, p.y);
    path.lineTo(q.x, q.y);
  }
  ctx.strokeStyle = AFFILIATION.colour;
  ctx.lineWidth = AFFILIATION.width;
  ctx.setLineDash(AFFILIATION.dash);
  ctx.stroke(path);
  ctx.setLineDash([]);
}

/** How drawing in slices waits between them, returning a cancel function: `requestAnimationFrame` for relations, a task for nodes. */
export type NextSlice = (draw: () => void) => () => void;

/**
 * Draws relations in slices of about `sliceMs` (5 ms: room for the frame around it) each, one per `next` call
 * (a frame), so tens of thousands of relations never hold the main thread in
 * one long task; returns a function that stops drawing (call it before the
 * scene changes and the drawing starts again).
 */
export function drawRelationsInSlices(
  ctx: CanvasRenderingContext2D,
  relations: readonly GraphRelation[],
  scene: RelationCanvasScene,
  next: NextSlice,
  sliceMs = 5,
  now: () => number = () => performance.now(),
): () => void {
  const ordered = drawingOrder(relations, scene.highlighted);
  let cancelNext: (() => void) | null = null;
  let stopped = false;
  let from = 0;
  const slice = () => {
    cancelNext = null;
    if (stopped) return;
    const until = now() + sliceMs;
    const last = Math.min(ordered.length, from + MAX_PER_SLICE);
    while (from < last) {
      const to = Math.min(last, from + CHECK_EVERY);
      drawSlice(ctx, ordered, from, to, scene);
      from = to;
      if (now() >= until) break;
    }
    if (from < ordered.length) cancelNext = next(slice);
  };
  clearRelations(ctx, scene);
  slice();
  return () => {
    stopped = true;
    cancelNext?.();
  };
}
