import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActorGraph } from '@/domain/actor-graph';
import { createGraphLayout, type LayoutLinkInput, type LayoutNodeInput, type NodePosition } from '@/viz/graph-layout';
import type { LayoutReply, LayoutRequest } from '@/viz/graph-layout.worker';

/** Up to this many actors the layout runs at once on the main thread (a few ms); beyond, in a worker. */
const IN_PLACE_MAX_NODES = 150;

/**
 * Node positions (px, in a width × height layout space) for the whole graph:
 * computed in place for small graphs, in a Web Worker for large ones (starting
 * from the seeded spots and settling when the worker answers). Earlier
 * positions are passed back in, so nodes keep their places. `settled` is
 * false while a large graph still shows its starting spots.
 */
export function useGraphPositions(
  graph: ActorGraph,
  radii: ReadonlyMap<string, number>,
  pins: ReadonlyMap<string, NodePosition>,
  width: number,
  height: number,
  seed: number,
): { readonly positions: ReadonlyMap<string, NodePosition>; readonly settled: boolean } {
  const previous = useRef<ReadonlyMap<string, NodePosition> | undefined>(undefined);
  const input = useMemo(() => {
    const nodes: LayoutNodeInput[] = graph.nodes.map((n) => {
      const pinned = pins.get(n.id);
      return pinned ? { id: n.id, radius: radii.get(n.id) ?? 8, pinned } : { id: n.id, radius: radii.get(n.id) ?? 8 };
    });
    const links: LayoutLinkInput[] = [
      ...graph.relations.map((r) => ({ source: r.source, target: r.target, weight: r.count, kind: 'relation' as const })),
      ...graph.affiliations.map((a) => ({ source: a.source, target: a.target, weight: 1, kind: 'affiliation' as const })),
    ];
    return { nodes, links };
  }, [graph, radii, pins]);
  const inPlace = graph.nodes.length <= IN_PLACE_MAX_NODES;

  const immediate = useMemo(() => {
    // Small graphs settle at once; large ones show their seeded starting spots until the worker answers.
    const result = createGraphLayout(input.nodes, input.links, { width, height, seed, previous: previous.current, ...(inPlace ? {} : { ticks: 0 }) });
    return result;
  }, [input, width, height, seed, inPlace]);
  const [settled, setSettled] = useState<{ key: unknown; positions: ReadonlyMap<string, NodePosition> } | null>(null);

  useEffect(() => {
    if (inPlace || typeof Worker === 'undefined') return;
    const worker = new Worker(new URL('../../viz/graph-layout.worker.ts', import.meta.url), { type: 'module' });
    const request: LayoutRequest = {
      id: 1,
      nodes: input.nodes,
      links: input.links,
      options: { width, height, seed, ...(previous.current ? { previous: [...previous.current.entries()] } : {}) },
    };
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      setSettled({ key: input, positions: new Map(event.data.positions) });
      worker.terminate();
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [input, width, height, seed, inPlace]);

  const fromWorker = !inPlace && settled?.key === input;
  const positions = fromWorker ? settled.positions : immediate;
  previous.current = positions;
  return { positions, settled: inPlace || fromWorker };
}
