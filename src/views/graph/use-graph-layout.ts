import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActorGraph } from '@/domain/graph/actor-graph';
import { fitTransform, type NodePosition } from '@/viz/graph-layout';
import { nodeRadius } from '@/viz/graph-marks';
import type { ZoomTransform } from '@/viz/zoom-transform';
import { useGraphPositions } from '@/views/graph/use-graph-positions';

/** Where the graph's nodes go, how large they are, and which a person pinned; layout px. */
export interface GraphLayout {
  readonly radii: ReadonlyMap<string, number>;
  readonly positions: ReadonlyMap<string, NodePosition>;
  /** False while a large graph still shows its starting spots. */
  readonly settled: boolean;
  readonly pins: ReadonlyMap<string, NodePosition>;
  setPins: (update: (old: ReadonlyMap<string, NodePosition>) => ReadonlyMap<string, NodePosition>) => void;
  unpinAll: () => void;
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The layout of the whole graph in a `width` × `height` px panel, the same
 * for the same dataset (`seedKey`): nodes shrink when many share the panel,
 * so a large graph stays a network, not a blob.
 */
export function useGraphLayout(fullGraph: ActorGraph, seedKey: string, width: number, height: number): GraphLayout {
  const radii = useMemo(() => {
    const cap = Math.max(3, Math.sqrt((width * height) / Math.max(fullGraph.nodes.length, 1)) * 0.32);
    return new Map(fullGraph.nodes.map((n) => [n.id, Math.min(nodeRadius(n.eventCount), cap)]));
  }, [fullGraph, width, height]);
  const [pins, setPins] = useState<ReadonlyMap<string, NodePosition>>(new Map());
  const unpinAll = useCallback(() => setPins(new Map()), []);
  const { positions, settled } = useGraphPositions(fullGraph, radii, pins, width, height, seedOf(seedKey));
  return { radii, positions, settled, pins, setPins, unpinAll };
}

/**
 * Fits the view to the layout once per dataset (`key`), size and settling,
 * and returns the fit for the button; in between, the person's zoom is left alone.
 */
export function useGraphFit(
  zoomTo: (t: ZoomTransform) => void,
  { positions, radii, settled }: Pick<GraphLayout, 'positions' | 'radii' | 'settled'>,
  width: number,
  height: number,
  key: string,
): () => void {
  const fitted = useRef('');
  const fit = useCallback(
    () => zoomTo(fitTransform(positions, radii, width, height, 36, 2.5)),
    [zoomTo, positions, radii, width, height],
  );
  useEffect(() => {
    // Not before there is anything to fit: a large graph has no places until its worker answers.
    if (positions.size === 0) return;
    const at = `${key}:${width}:${height}:${settled}`;
    if (fitted.current !== at) {
      fitted.current = at;
      fit();
    }
  }, [key, width, height, settled, fit, positions.size]);
  return fit;
}
