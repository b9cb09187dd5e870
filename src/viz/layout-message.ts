import type { LayoutLinkInput, LayoutNodeInput } from '@/viz/graph-layout';

/**
 * A graph's layout input as columns of numbers, for posting to the layout
 * worker: tens of thousands of link objects cost the page a long structured
 * clone, while typed arrays move to the worker without a copy. Links refer
 * to nodes by index; ids travel once, as one list.
 */
export interface PackedLayoutInput {
  readonly ids: readonly string[];
  readonly radii: Float64Array;
  /** Pinned nodes: index, x, y, one triple after another. */
  readonly pins: Float64Array;
  readonly sources: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  /** 1 for an affiliation, 0 for a relation. */
  readonly affiliation: Uint8Array;
}

/**
 * Packs nodes and links; a link to an id that is not among the nodes is
 * left out (the layout would drop it too). Returns the buffers to transfer.
 */
export function packLayoutInput(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
): { packed: PackedLayoutInput; transfer: ArrayBuffer[] } {
  const index = new Map<string, number>();
  const radii = new Float64Array(nodes.length);
  const pins: number[] = [];
  nodes.forEach((n, i) => {
    index.set(n.id, i);
    radii[i] = n.radius;
    if (n.pinned) pins.push(i, n.pinned.x, n.pinned.y);
  });
  const kept = links.filter((l) => index.has(l.source) && index.has(l.target));
  const sources = new Uint32Array(kept.length);
  const targets = new Uint32Array(kept.length);
  const weights = new Float64Array(kept.length);
  const affiliation = new Uint8Array(kept.length);
  kept.forEach((l, i) => {
    sources[i] = index.get(l.source) ?? 0;
    targets[i] = index.get(l.target) ?? 0;
    weights[i] = l.weight;
    affiliation[i] = l.kind === 'affiliation' ? 1 : 0;
  });
  const pinned = new Float64Array(pins);
  const packed: PackedLayoutInput = {
    ids: nodes.map((n) => n.id),
    radii,
    pins: pinned,
    sources,
    targets,
    weights,
    affiliation,
  };
  return {
    packed,
    transfer: [radii.buffer, pinned.buffer, sources.buffer, targets.buffer, weights.buffer, affiliation.buffer],
  };
}

/** The nodes and links that `packLayoutInput` packed. */
export function unpackLayoutInput(packed: PackedLayoutInput): { nodes: LayoutNodeInput[]; links: LayoutLinkInput[] } {
  const { ids, radii, pins, sources, targets, weights, affiliation } = packed;
  const pinned = new Map<number, { x: number; y: number }>();
  for (let i = 0; i + 2 < pins.length; i += 3) pinned.set(pins[i] ?? 0, { x: pins[i + 1] ?? 0, y: pins[i + 2] ?? 0 });
  const nodes = ids.map((id, i): LayoutNodeInput => {
    const pin = pinned.get(i);
    return pin ? { id, radius: radii[i] ?? 0, pinned: pin } : { id, radius: radii[i] ?? 0 };
  });
  const links = Array.from(sources, (s, i): LayoutLinkInput => ({
    source: ids[s] ?? '',
    target: ids[targets[i] ?? 0] ?? '',
    weight: weights[i] ?? 1,
    kind: affiliation[i] === 1 ? 'affiliation' : 'relation',
  }));
  return { nodes, links };
}
