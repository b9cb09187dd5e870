import { describe, expect, it } from 'vitest';
import {
  createGraphLayout,
  fitTransform,
  type LayoutLinkInput,
  type LayoutNodeInput,
  type NodePosition,
} from '@/viz/graph-layout';

const W = 800;
const H = 600;

// A small seeded generator, so the fixtures are the same on every run.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** n nodes of radius 5–14 px and m random links (a few duplicates and self links included). */
function randomGraph(n: number, m: number, seed: number): { nodes: LayoutNodeInput[]; links: LayoutLinkInput[] } {
  const random = lcg(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, radius: 5 + Math.floor(random() * 10) }));
  const links = Array.from({ length: m }, () => ({
    source: `n${Math.floor(random() * n)}`,
    target: `n${Math.floor(random() * n)}`,
    weight: 1 + Math.floor(random() * 4),
    kind: random() < 0.25 ? ('affiliation' as const) : ('relation' as const),
  }));
  return { nodes, links };
}

/** A ring of rings: 6 clusters of 5 nodes each, clusters chained by one link. */
function clusteredGraph(): { nodes: LayoutNodeInput[]; links: LayoutLinkInput[] } {
  const nodes: LayoutNodeInput[] = [];
  const links: LayoutLinkInput[] = [];
  for (let c = 0; c < 6; c++) {
    for (let i = 0; i < 5; i++) {
      nodes.push({ id: `c${c}-${i}`, radius: 6 + ((c + i) % 4) * 3 });
      links.push({ source: `c${c}-${i}`, target: `c${c}-${(i + 1) % 5}`, weight: 2, kind: 'relation' });
    }
    links.push({ source: `c${c}-0`, target: `c${(c + 1) % 6}-0`, weight: 1, kind: 'relation' });
  }
  return { nodes, links };
}

const distance = (a: NodePosition, b: NodePosition) => Math.hypot(a.x - b.x, a.y - b.y);

function expectInside(positions: Map<string, NodePosition>, nodes: readonly LayoutNodeInput[], width = W, height = H) {
  for (const n of nodes) {
    const p = positions.get(n.id)!;
    expect(p.x).toBeGreaterThanOrEqual(n.radius);
    expect(p.x).toBeLessThanOrEqual(width - n.radius);
    expect(p.y).toBeGreaterThanOrEqual(n.radius);
    expect(p.y).toBeLessThanOrEqual(height - n.radius);
  }
}

describe('createGraphLayout', () => {
  it('returns identical positions for the same input and seed', () => {
    const { nodes, links } = randomGraph(40, 60, 1);
    const a = createGraphLayout(nodes, links, { width: W, height: H, seed: 42 });
    const b = createGraphLayout(nodes, links, { width: W, height: H, seed: 42 });
    expect(b).toEqual(a);
  });

  it('does not depend on the order of its nodes and links', () => {
    const { nodes, links } = randomGraph(30, 40, 2);
    const a = createGraphLayout(nodes, links, { width: W, height: H, seed: 7 });
    const b = createGraphLayout([...nodes].reverse(), [...links].reverse(), { width: W, height: H, seed: 7 });
    expect(b).toEqual(a);
  });

  it('returns different positions for a different seed', () => {
    const { nodes, links } = randomGraph(40, 60, 1);
    const a = createGraphLayout(nodes, links, { width: W, height: H, seed: 1 });
    const b = createGraphLayout(nodes, links, { width: W, height: H, seed: 2 });
    expect(b).not.toEqual(a);
    expect(nodes.some((n) => distance(a.get(n.id)!, b.get(n.id)!) > 10)).toBe(true);
  });

  it('keeps every node inside the box, its radius from the edges', () => {
    for (const [w, h] of [
      [W, H],
      [300, 200],
      [120, 900],
    ] as const) {
      const { nodes, links } = randomGraph(80, 120, 3);
      expectInside(createGraphLayout(nodes, links, { width: w, height: h, seed: 5 }), nodes, w, h);
    }
  });

  it('puts linked nodes closer together than unlinked ones, on average', () => {
    const { nodes, links } = clusteredGraph();
    const p = createGraphLayout(nodes, links, { width: W, height: H, seed: 3 });
    const linked = new Set(links.map((l) => [l.source, l.target].sort().join('|')));
    const sums = { linked: [0, 0], unlinked: [0, 0] };
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id >= b.id) continue;
        const bucket = linked.has([a.id, b.id].sort().join('|')) ? sums.linked : sums.unlinked;
        bucket[0]! += distance(p.get(a.id)!, p.get(b.id)!);
        bucket[1]! += 1;
      }
    }
    expect(sums.linked[0]! / sums.linked[1]!).toBeLessThan(sums.unlinked[0]! / sums.unlinked[1]! / 2);
  });

  it('pulls affiliation links shorter than relation links', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id, radius: 8 }));
    const links: LayoutLinkInput[] = [
      { source: 'a', target: 'b', weight: 1, kind: 'affiliation' },
      { source: 'c', target: 'd', weight: 1, kind: 'relation' },
      { source: 'b', target: 'c', weight: 1, kind: 'relation' },
    ];
    const p = createGraphLayout(nodes, links, { width: W, height: H, seed: 1 });
    expect(distance(p.get('a')!, p.get('b')!)).toBeLessThan(distance(p.get('c')!, p.get('d')!));
  });

  it('moves no node more than a few px when one link is removed and the previous layout is given', () => {
    const { nodes, links } = randomGraph(30, 45, 4);
    const before = createGraphLayout(nodes, links, { width: W, height: H, seed: 9 });
    for (const drop of [0, 10, 20]) {
      const fewer = links.filter((_, i) => i !== drop);
      const after = createGraphLayout(nodes, fewer, { width: W, height: H, seed: 9, previous: before });
      for (const n of nodes) expect(distance(after.get(n.id)!, before.get(n.id)!)).toBeLessThan(3);
    }
  });

  it('places a node added to a laid-out graph near its neighbour, leaving the others in place', () => {
    const { nodes, links } = clusteredGraph();
    const before = createGraphLayout(nodes, links, { width: W, height: H, seed: 2 });
    const grown = [...nodes, { id: 'new', radius: 8 }];
    const more = [...links, { source: 'new', target: 'c3-2', weight: 1, kind: 'relation' as const }];
    const after = createGraphLayout(grown, more, { width: W, height: H, seed: 2, previous: before });
    const toNeighbour = distance(after.get('new')!, after.get('c3-2')!);
    expect(toNeighbour).toBeLessThan(100);
    const others = nodes.map((n) => distance(after.get('new')!, after.get(n.id)!));
    expect(others.filter((d) => d < toNeighbour).length).toBeLessThanOrEqual(4);
    for (const n of nodes) expect(distance(after.get(n.id)!, before.get(n.id)!)).toBeLessThan(5);
  });

  it('keeps pinned nodes exactly on their pins', () => {
    const { nodes, links } = randomGraph(30, 50, 5);
    const pins = { n0: { x: 100, y: 80 }, n7: { x: 700, y: 500 }, n12: { x: 400.5, y: 300.25 } };
    const pinned = nodes.map((n) => (n.id in pins ? { ...n, pinned: pins[n.id as keyof typeof pins] } : n));
    const p = createGraphLayout(pinned, links, { width: W, height: H, seed: 1 });
    for (const [id, pin] of Object.entries(pins)) expect(p.get(id)).toEqual(pin);
    const previous = new Map([...p].map(([id, q]) => [id, { x: q.x + 30, y: q.y - 20 }]));
    const again = createGraphLayout(pinned, links, { width: W, height: H, seed: 1, previous });
    for (const [id, pin] of Object.entries(pins)) expect(again.get(id)).toEqual(pin);
  });

  it('keeps 30 nodes from overlapping', () => {
    const { nodes, links } = randomGraph(30, 45, 6);
    for (const seed of [1, 2, 3]) {
      const p = createGraphLayout(nodes, links, { width: W, height: H, seed });
      for (const a of nodes) {
        for (const b of nodes) {
          if (a.id < b.id) expect(distance(p.get(a.id)!, p.get(b.id)!)).toBeGreaterThanOrEqual(a.radius + b.radius);
        }
      }
    }
  });

  it('handles an empty graph and a single node', () => {
    expect(createGraphLayout([], [], { width: W, height: H, seed: 1 }).size).toBe(0);
    const one = createGraphLayout([{ id: 'a', radius: 10 }], [], { width: W, height: H, seed: 1 });
    const a = one.get('a')!;
    expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    expectInside(one, [{ id: 'a', radius: 10 }]);
  });

  it('ignores self links, links to unknown ids and duplicate links without NaN', () => {
    const nodes = [
      { id: 'a', radius: 10 },
      { id: 'b', radius: 10 },
      { id: 'c', radius: 10 },
    ];
    const links: LayoutLinkInput[] = [
      { source: 'a', target: 'a', weight: 1, kind: 'relation' },
      { source: 'a', target: 'ghost', weight: 1, kind: 'relation' },
      { source: 'ghost', target: 'spirit', weight: 1, kind: 'affiliation' },
      { source: 'a', target: 'b', weight: 1, kind: 'relation' },
      { source: 'a', target: 'b', weight: 1, kind: 'relation' },
      { source: 'b', target: 'a', weight: Number.NaN, kind: 'affiliation' },
    ];
    const p = createGraphLayout(nodes, links, { width: W, height: H, seed: 1 });
    expect([...p.keys()].sort()).toEqual(['a', 'b', 'c']);
    for (const q of p.values()) expect(Number.isFinite(q.x) && Number.isFinite(q.y)).toBe(true);
    expectInside(p, nodes);
  });

  it('survives a degenerate box, NaN radii and duplicate node ids', () => {
    const nodes = [
      { id: 'a', radius: Number.NaN },
      { id: 'a', radius: 5 },
      { id: 'b', radius: 500 },
    ];
    const p = createGraphLayout(nodes, [{ source: 'a', target: 'b', weight: 1, kind: 'relation' }], {
      width: 0,
      height: 100,
      seed: 1,
    });
    expect(p.size).toBe(2);
    for (const q of p.values()) expect(Number.isFinite(q.x) && Number.isFinite(q.y)).toBe(true);
    expect(p.get('b')).toEqual({ x: 0, y: 50 });
  });

  it('runs no simulation steps when asked for 0 ticks', () => {
    const { nodes, links } = randomGraph(10, 10, 7);
    const p = createGraphLayout(nodes, links, { width: W, height: H, seed: 1, ticks: 0 });
    expect(p.size).toBe(10);
    expectInside(p, nodes);
  });
});

describe('fitTransform', () => {
  const positions = new Map<string, NodePosition>([
    ['a', { x: 100, y: 100 }],
    ['b', { x: 300, y: 200 }],
  ]);
  const radii = new Map([
    ['a', 10],
    ['b', 20],
  ]);

  it('fits every circle inside the view with the padding to spare', () => {
    const { k, x, y } = fitTransform(positions, radii, 800, 600, 20);
    // Circles span x 90–320 and y 90–220: 230 × 130 px, into 760 × 560 px.
    expect(k).toBeCloseTo(760 / 230);
    expect(k * 90 + x).toBeCloseTo(20);
    expect(k * 320 + x).toBeCloseTo(780);
    const top = k * 90 + y;
    const bottom = k * 220 + y;
    expect(top).toBeGreaterThanOrEqual(20);
    expect(bottom).toBeLessThanOrEqual(580);
    expect((top + bottom) / 2).toBeCloseTo(300);
  });

  it('never zooms in beyond maxScale', () => {
    const { k, x, y } = fitTransform(positions, radii, 800, 600, 20, 2);
    expect(k).toBe(2);
    expect(k * 205 + x).toBeCloseTo(400);
    expect(k * 155 + y).toBeCloseTo(300);
  });

  it('returns the identity for no nodes and centres a lone point', () => {
    expect(fitTransform(new Map(), new Map(), 800, 600, 20)).toEqual({ k: 1, x: 0, y: 0 });
    expect(fitTransform(new Map([['a', { x: 50, y: 60 }]]), new Map(), 800, 600, 20)).toEqual({ k: 1, x: 350, y: 240 });
  });
});
