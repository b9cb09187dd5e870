import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { ActorGraph } from '@/domain/graph/actor-graph';
import { createGraphLayout, type LayoutLinkInput, type LayoutNodeInput, type NodePosition } from '@/viz/graph-layout';
import type { LayoutReply, LayoutRequest } from '@/viz/graph-layout.worker';
import { packLayoutInput } from '@/viz/layout-message';

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
      ...graph.relations.map((r) => ({
        source: r.source,
        target: r.target,
        weight: r.count,
        kind: 'relation' as const,
      })),
      ...graph.affiliations.map((a) => ({
        source: a.source,
        target: a.target,
        weight: 1,
        kind: 'affiliation' as const,
      })),
    ];
    return { nodes, links };
  }, [graph, radii, pins]);
  const inPlace = graph.nodes.length <= IN_PLACE_MAX_NODES;

  const noWorker = typeof Worker === 'undefined';
  const immediate = useMemo(() => {
    // Small graphs settle at once, here. Large ones keep the places they had (none at first)
    // until the worker sends its starting spots, then its settled layout.
    if (!inPlace && !noWorker) return previous.current ?? EMPTY;
    return createGraphLayout(input.nodes, input.links, { width, height, seed, previous: previous.current });
  }, [input, width, height, seed, inPlace, noWorker]);
  const [fromWorker, setFromWorker] = useState<{
    key: unknown;
    positions: ReadonlyMap<string, NodePosition>;
    settled: boolean;
  } | null>(null);

  useEffect(() => {
    if (inPlace || noWorker) return;
    const worker = new Worker(new URL('../../viz/graph-layout.worker.ts', import.meta.url), { type: 'module' });
    const { packed, transfer } = packLayoutInput(input.nodes, input.links);
    const request: LayoutRequest = {
      id: 1,
      input: packed,
      options: { width, height, seed, ...(previous.current ? { previous: [...previous.current.entries()] } : {}) },
    };
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      // Moving thousands of nodes is a transition: React renders it in slices between frames.
      startTransition(() =>
        setFromWorker({ key: input, positions: new Map(event.data.positions), settled: event.data.settled }),
      );
      if (event.data.settled) worker.terminate();
    };
    worker.postMessage(request, transfer);
    return () => worker.terminate();
  }, [input, width, height, seed, inPlace, noWorker]);

  const answered = !inPlace && fromWorker?.key === input ? fromWorker : null;
  const positions = answered ? answered.positions : immediate;
  previous.current = positions.size > 0 ? positions : previous.current;
  return { positions, settled: inPlace || noWorker || (answered?.settled ?? false) };
}

const EMPTY: ReadonlyMap<string, NodePosition> = new Map();
