import { useCallback, useMemo } from 'react';
import type { ActorGraph } from '@/domain/graph/actor-graph';
import { useProgressiveCount } from '@/components/use-progressive-count';
import { useStaggered } from '@/components/use-staggered';
import type { NodePosition } from '@/viz/graph-layout';
import type { DrawnNode, PositionOf } from '@/views/graph/graph-layers';
import type { ShownGraph } from '@/views/graph/use-shown-graph';

/** Nodes added to the page per frame while a large graph first appears. */
const NODES_PER_FRAME = 250;

/** The nodes to draw, in the whole graph's order: those shown that have a place (a large graph has none until its layout worker answers). */
export function useDrawnNodes(
  fullGraph: ActorGraph,
  positions: ReadonlyMap<string, NodePosition>,
  radii: ReadonlyMap<string, number>,
  { shownCounts, isShown }: Pick<ShownGraph, 'shownCounts' | 'isShown'>,
): readonly DrawnNode[] {
  return useMemo(
    () =>
      fullGraph.nodes.flatMap((n): DrawnNode[] => {
        const p = positions.get(n.id);
        if (!p || !isShown(n.id)) return [];
        return [{ id: n.id, node: n, x: p.x, y: p.y, r: radii.get(n.id) ?? 10, count: shownCounts.get(n.id) ?? 0 }];
      }),
    [fullGraph, positions, radii, shownCounts, isShown],
  );
}

/** Which nodes are SVG buttons, and the one in the tab order. */
export interface NodeButtons {
  readonly buttons: readonly DrawnNode[];
  readonly tabStop: string | undefined;
}

/**
 * Roving focus among nodes, and the nodes drawn as SVG buttons: every node, a
 * few hundred more a frame as a large graph first appears; or, over a canvas
 * (`onCanvas`), only those in use (in the tab order, selected, pointed at, dragged).
 */
export function useNodeButtons(
  nodes: readonly DrawnNode[],
  onCanvas: boolean,
  { activeActors, nothingFiltered }: Pick<ShownGraph, 'activeActors' | 'nothingFiltered'>,
  inUse: {
    readonly focusedId: string | null;
    readonly selectedId: string | null;
    readonly hoverId: string | null;
    readonly draggedId: string | undefined;
  },
): NodeButtons {
  const { focusedId, selectedId, hoverId, draggedId } = inUse;
  // Tab lands first on an actor the filters keep, not on one they fade.
  const firstActive = useMemo(
    () => (nothingFiltered ? nodes[0] : (nodes.find((n) => activeActors.has(n.id)) ?? nodes[0]))?.id,
    [nodes, activeActors, nothingFiltered],
  );
  const tabStop = (focusedId && nodes.some((n) => n.id === focusedId) && focusedId) || selectedId || firstActive;
  const drawnCount = useProgressiveCount(onCanvas ? 0 : nodes.length, NODES_PER_FRAME);
  const buttons = useMemo(() => {
    if (onCanvas) {
      const used = new Set([tabStop, selectedId, hoverId, draggedId]);
      return nodes.filter((n) => used.has(n.id));
    }
    return drawnCount < nodes.length ? nodes.slice(0, drawnCount) : nodes;
  }, [onCanvas, nodes, drawnCount, tabStop, selectedId, hoverId, draggedId]);
  return { buttons, tabStop };
}

/**
 * Where links and nodes are drawn, layout px: the layout's places, the
 * dragged node where it is dragged. New places reach the SVG nodes a few
 * hundred a frame, like their first appearance; a graph that fits in one
 * part (or is on a canvas) moves at once, with its links.
 */
export function useNodePlaces(
  positions: ReadonlyMap<string, NodePosition>,
  dragPos: { readonly id: string; readonly x: number; readonly y: number } | null,
  staggerNodes: number,
): { readonly linkPositionOf: PositionOf; readonly nodePositionOf: PositionOf } {
  const linkPositionOf = useCallback(
    (id: string) => (dragPos?.id === id ? dragPos : (positions.get(id) ?? { x: 0, y: 0 })),
    [dragPos, positions],
  );
  const staggered = useStaggered(
    positions,
    staggerNodes > NODES_PER_FRAME ? Math.ceil(staggerNodes / NODES_PER_FRAME) : 0,
  );
  const nodePositionOf = useCallback(
    (id: string, index = 0) =>
      dragPos?.id === id
        ? dragPos
        : ((staggered[Math.floor(index / NODES_PER_FRAME)] ?? positions).get(id) ??
          positions.get(id) ?? { x: 0, y: 0 }),
    [dragPos, positions, staggered],
  );
  return { linkPositionOf, nodePositionOf };
}
