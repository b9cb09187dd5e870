/** A node as the hit index knows it: id, centre and radius in layout px. */
export interface HitNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** Finds the node under a point. */
export interface NodeHitIndex {
  /** The node whose centre is nearest to (x, y) among those within their radius plus `slack`; null when none is. */
  nodeAt(x: number, y: number, slack: number): string | null;
}

/**
 * A uniform grid over the nodes' centres, for pointing at nodes drawn on a
 * canvas: a query looks only at the cells a node within reach could have its
 * centre in, so it costs the same with 20 nodes or 20,000. Built in one pass.
 */
export function createNodeHitIndex(nodes: readonly HitNode[]): NodeHitIndex {
  let maxR = 0;
  for (const n of nodes) maxR = Math.max(maxR, n.r);
  const cell = Math.max(maxR * 2, 16);
  // Cells hold node indices: among nodes at the same distance, the last one (drawn on top) wins.
  const cells = new Map<string, number[]>();
  const keyOf = (cx: number, cy: number) => `${cx},${cy}`;
  nodes.forEach((n, i) => {
    if (!Number.isFinite(n.x) || !Number.isFinite(n.y)) return;
    const key = keyOf(Math.floor(n.x / cell), Math.floor(n.y / cell));
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });
  return {
    nodeAt(x, y, slack) {
      // A hair more than the reach, so rounding never leaves out a cell holding a node at its edge.
      const reach = maxR + slack + 1e-6;
      let best = -1;
      let bestDistance = Infinity;
      for (let cx = Math.floor((x - reach) / cell); cx <= Math.floor((x + reach) / cell); cx += 1) {
        for (let cy = Math.floor((y - reach) / cell); cy <= Math.floor((y + reach) / cell); cy += 1) {
          for (const i of cells.get(keyOf(cx, cy)) ?? []) {
            const n = nodes[i] as HitNode;
            const d = Math.hypot(n.x - x, n.y - y);
            if (d <= n.r + slack && (d < bestDistance || (d === bestDistance && i > best))) {
              best = i;
              bestDistance = d;
            }
          }
        }
      }
      return nodes[best]?.id ?? null;
    },
  };
}
