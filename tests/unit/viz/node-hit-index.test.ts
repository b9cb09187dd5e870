import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodeHitIndex, type HitNode } from '@/viz/node-hit-index';

/** The answer by looking at every node: the nearest within reach, the last one on ties. */
function bruteForce(nodes: readonly HitNode[], x: number, y: number, slack: number): string | null {
  let best: HitNode | null = null;
  let bestDistance = Infinity;
  for (const n of nodes) {
    const d = Math.hypot(n.x - x, n.y - y);
    if (d <= n.r + slack && d <= bestDistance) {
      best = n;
      bestDistance = d;
    }
  }
  return best?.id ?? null;
}

describe('createNodeHitIndex', () => {
  const nodes: HitNode[] = [
    { id: 'a', x: 10, y: 10, r: 5 },
    { id: 'b', x: 30, y: 10, r: 5 },
    { id: 'big', x: 200, y: 200, r: 40 },
  ];
  const index = createNodeHitIndex(nodes);

  it('finds the node under a point, within its radius and the slack', () => {
    expect(index.nodeAt(10, 10, 0)).toBe('a');
    expect(index.nodeAt(16, 10, 2)).toBe('a');
    expect(index.nodeAt(18, 10, 2)).toBeNull();
    expect(index.nodeAt(235, 200, 0)).toBe('big');
    expect(index.nodeAt(100, 100, 6)).toBeNull();
  });

  it('prefers the nearer of two nodes in reach', () => {
    expect(index.nodeAt(19, 10, 10)).toBe('a');
    expect(index.nodeAt(21, 10, 10)).toBe('b');
  });

  it('agrees with looking at every node', () => {
    const node = fc.record({
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -500, max: 500, noNaN: true }),
      r: fc.double({ min: 0, max: 40, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(node, { maxLength: 60 }),
        fc.array(
          fc.tuple(fc.double({ min: -600, max: 600, noNaN: true }), fc.double({ min: -600, max: 600, noNaN: true })),
          { minLength: 1, maxLength: 20 },
        ),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (raw, points, slack) => {
          const all = raw.map((n, i) => ({ id: `n${i}`, ...n }));
          const hits = createNodeHitIndex(all);
          for (const [x, y] of points) expect(hits.nodeAt(x, y, slack)).toBe(bruteForce(all, x, y, slack));
        },
      ),
    );
  });
});
