import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelInput, type PlacedLabel } from '@/viz/label-placement';

const bounds = { width: 800, height: 600 };

function boxOf(p: PlacedLabel, byId: ReadonlyMap<string, LabelInput>) {
  const l = byId.get(p.id)!;
  return { x0: p.x, y0: p.y, x1: p.x + l.width, y1: p.y + l.height };
}

/** Every broken invariant of a placement: a label over another label or any node, or outside bounds. */
function violations(labels: readonly LabelInput[], result: ReturnType<typeof placeLabels>, b = bounds): string[] {
  const byId = new Map(labels.map((l) => [l.id, l]));
  const boxes = result.placed.map((p) => ({ id: p.id, ...boxOf(p, byId) }));
  const out: string[] = [];
  if (result.placed.length + result.hidden.length !== labels.length) out.push('not every label is placed or hidden');
  for (const [i, a] of boxes.entries()) {
    if (a.x0 < 0 || a.y0 < 0 || a.x1 > b.width || a.y1 > b.height) out.push(`${a.id} leaves the bounds`);
    for (const c of boxes.slice(i + 1)) {
      if (a.x0 < c.x1 && c.x0 < a.x1 && a.y0 < c.y1 && c.y0 < a.y1) out.push(`${a.id} overlaps label ${c.id}`);
    }
    for (const n of labels) {
      const dx = Math.max(a.x0 - n.x, 0, n.x - a.x1);
      const dy = Math.max(a.y0 - n.y, 0, n.y - a.y1);
      if (dx * dx + dy * dy < n.r * n.r - 1e-9) out.push(`${a.id} overlaps node ${n.id}`);
    }
  }
  return out;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

function scatter(n: number, seed: number): LabelInput[] {
  const random = lcg(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `l${i}`,
    x: random() * bounds.width,
    y: random() * bounds.height,
    r: 3 + random() * 10,
    width: 30 + random() * 90,
    height: 14,
    priority: Math.floor(random() * 5),
  }));
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its node, vertically centred', () => {
    const { placed, hidden } = placeLabels(
      [{ id: 'a', x: 100, y: 100, r: 10, width: 50, height: 16, priority: 1 }],
      bounds,
    );
    expect(hidden).toEqual([]);
    expect(placed).toEqual([{ id: 'a', x: 113, y: 92, anchor: 'right' }]);
  });

  it('moves a label to the left when the right side leaves the bounds', () => {
    const { placed } = placeLabels([{ id: 'a', x: 780, y: 100, r: 10, width: 50, height: 16, priority: 1 }], bounds);
    expect(placed[0]!.anchor).toBe('left');
    expect(placed[0]!.x + 50).toBeLessThanOrEqual(780 - 10);
  });

  it('tries below, above and the corners when the sides are taken', () => {
    // Two blockers left and right of the node leave only the spots below or above it.
    const labels: LabelInput[] = [
      { id: 'a', x: 400, y: 300, r: 10, width: 40, height: 16, priority: 1 },
      { id: 'b', x: 440, y: 300, r: 12, width: 10, height: 10, priority: 0 },
      { id: 'c', x: 360, y: 300, r: 12, width: 10, height: 10, priority: 0 },
    ];
    const { placed } = placeLabels(labels, bounds);
    expect(placed.find((p) => p.id === 'a')!.anchor).toBe('below');
  });

  it('places no label over another label, over any node or outside the bounds', () => {
    for (const seed of [1, 2, 3]) {
      const labels = scatter(300, seed);
      const result = placeLabels(labels, bounds);
      expect(result.placed.length).toBeGreaterThan(50);
      expect(violations(labels, result)).toEqual([]);
    }
  });

  it('keeps labels off the circles of nodes whose own label is hidden', () => {
    const labels: LabelInput[] = [
      // A node too big for its label to fit anywhere, in the way of the right-hand spot of 'a'.
      { id: 'big', x: 160, y: 100, r: 40, width: 900, height: 16, priority: 0 },
      { id: 'a', x: 100, y: 100, r: 10, width: 60, height: 16, priority: 1 },
    ];
    const result = placeLabels(labels, bounds);
    expect(result.hidden).toEqual(['big']);
    expect(result.placed[0]!.anchor).not.toBe('right');
    expect(violations(labels, result)).toEqual([]);
  });

  it('places the higher priority label first when space is tight', () => {
    // Near the left edge of a short strip only the spot to the right fits, and only one label fits
    // there; the more important one wins whatever the input order.
    const tight = { width: 120, height: 40 };
    const labels: LabelInput[] = [
      { id: 'minor', x: 12, y: 22, r: 5, width: 80, height: 16, priority: 1 },
      { id: 'major', x: 10, y: 20, r: 5, width: 80, height: 16, priority: 9 },
    ];
    for (const input of [labels, [...labels].reverse()]) {
      const result = placeLabels(input, tight);
      expect(result.placed.map((p) => p.id)).toEqual(['major']);
      expect(result.hidden).toEqual(['minor']);
    }
  });

  it('breaks priority ties by id, so the result does not depend on input order', () => {
    const labels = scatter(200, 4).map((l) => ({ ...l, priority: 1 }));
    const a = placeLabels(labels, bounds);
    const b = placeLabels([...labels].reverse(), bounds);
    expect(b).toEqual(a);
    expect(placeLabels(labels, bounds)).toEqual(a);
  });

  it('hides labels with non-finite or negative geometry and handles nothing to place', () => {
    expect(placeLabels([], bounds)).toEqual({ placed: [], hidden: [] });
    const result = placeLabels(
      [
        { id: 'nan', x: Number.NaN, y: 10, r: 5, width: 10, height: 10, priority: 1 },
        { id: 'neg', x: 10, y: 10, r: 5, width: -1, height: 10, priority: 1 },
        { id: 'ok', x: 50, y: 50, r: 5, width: 10, height: 10, priority: 1 },
      ],
      bounds,
    );
    expect(result.hidden.sort()).toEqual(['nan', 'neg']);
    expect(result.placed.map((p) => p.id)).toEqual(['ok']);
    expect(
      placeLabels([{ id: 'a', x: 5, y: 5, r: 1, width: 10, height: 10, priority: 1 }], { width: 0, height: 0 }).hidden,
    ).toEqual(['a']);
  });

  it('places most of 2,000 labels spread over a large view, cleanly', () => {
    const big = { width: 3000, height: 2000 };
    const labels = scatter(2000, 5).map((l) => ({ ...l, x: l.x * 3.75, y: l.y * 3.33 }));
    const result = placeLabels(labels, big);
    expect(result.placed.length).toBeGreaterThan(1000);
    expect(violations(labels, result, big)).toEqual([]);
  });

  it('keeps labels off a node far larger than the grid cells', () => {
    // Short labels make small cells, so the huge circle spans hundreds of them.
    const small = scatter(300, 6).map((l) => ({ ...l, width: 20 + (l.width % 20) }));
    const labels = [{ id: 'huge', x: 400, y: 300, r: 250, width: 600, height: 20, priority: 0 }, ...small];
    const result = placeLabels(labels, bounds);
    expect(result.placed.length).toBeGreaterThan(20);
    expect(violations(labels, result)).toEqual([]);
  });

  it('never overlaps anything, for any nodes and label sizes (property)', () => {
    const label = fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      x: fc.double({ min: -50, max: 450, noNaN: true }),
      y: fc.double({ min: -50, max: 350, noNaN: true }),
      r: fc.double({ min: 0, max: 40, noNaN: true }),
      width: fc.double({ min: 0, max: 150, noNaN: true }),
      height: fc.double({ min: 0, max: 30, noNaN: true }),
      priority: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(label, { selector: (l) => l.id, maxLength: 80 }), (labels) => {
        const b = { width: 400, height: 300 };
        expect(violations(labels, placeLabels(labels, b), b)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('placeLabels with obstacles', () => {
  it('keeps labels off node circles that get no label of their own', () => {
    const label = { id: 'a', x: 100, y: 100, r: 5, width: 40, height: 16, priority: 1 };
    const free = placeLabels([label], { width: 400, height: 400 });
    expect(free.placed[0]?.anchor).toBe('right');
    // A circle just right of the node blocks the right-hand spot, so the label moves.
    const blocked = placeLabels([label], { width: 400, height: 400 }, [{ x: 130, y: 100, r: 12 }]);
    expect(blocked.placed).toHaveLength(1);
    expect(blocked.placed[0]?.anchor).not.toBe('right');
    expect(blocked.hidden).toEqual([]);
  });
});
