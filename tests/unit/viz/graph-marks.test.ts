import { describe, expect, it } from 'vitest';
import {
  edgePath,
  nearestInDirection,
  nodeRadius,
  nodeShapePath,
  relationWidth,
  traceNodeShape,
} from '@/viz/graph-marks';

describe('nodeShapePath', () => {
  it('draws a different shape for each kind of actor', () => {
    const shapes = (['person', 'state', 'organization', 'group'] as const).map((k) => nodeShapePath(k, 10));
    expect(new Set(shapes).size).toBe(4);
    for (const d of shapes) expect(d).toMatch(/^M.*Z$/);
  });
});

describe('edgePath', () => {
  it('curves A→B and B→A to opposite sides so both stay visible', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    const there = edgePath(a, b, 10, 10);
    const back = edgePath(b, a, 10, 10);
    expect(Math.sign(there.midY)).toBe(-Math.sign(back.midY));
    expect(Math.abs(there.midY)).toBeGreaterThan(5);
  });

  it('stops short of both nodes', () => {
    const { d } = edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20, 0);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers[0]).toBeCloseTo(10);
    expect(numbers.at(-2)).toBeCloseTo(80);
  });
});

describe('sizes', () => {
  it('grows with counts but stays bounded', () => {
    expect(relationWidth(4)).toBeGreaterThan(relationWidth(1));
    expect(relationWidth(10_000)).toBeLessThanOrEqual(9);
    expect(nodeRadius(9)).toBeGreaterThan(nodeRadius(1));
    expect(nodeRadius(100_000)).toBeLessThanOrEqual(30);
  });
});

describe('nearestInDirection', () => {
  const nodes = [
    { id: 'c', x: 0, y: 0 },
    { id: 'r', x: 100, y: 10 },
    { id: 'far-r', x: 300, y: 0 },
    { id: 'u', x: 5, y: -80 },
    { id: 'diag', x: 50, y: 200 },
  ];
  it('finds the nearest node in the pressed direction', () => {
    expect(nearestInDirection(nodes[0]!, nodes, 'right')?.id).toBe('r');
    expect(nearestInDirection(nodes[0]!, nodes, 'up')?.id).toBe('u');
    expect(nearestInDirection(nodes[0]!, nodes, 'down')?.id).toBe('diag');
    expect(nearestInDirection(nodes[0]!, nodes, 'left')).toBeNull();
  });
});

describe('nodeShapePath at a centre', () => {
  it('draws the same shape moved to (cx, cy)', () => {
    for (const kind of ['person', 'state', 'organization', 'group'] as const) {
      const numbers = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      const at0 = numbers(nodeShapePath(kind, 10));
      const moved = numbers(nodeShapePath(kind, 10, 100, 50));
      expect(moved).toHaveLength(at0.length);
      // Every coordinate pair is shifted; arc radii and flags (person) stay.
      const shifted = moved.map((v, i) => v - at0[i]!);
      expect(shifted.some((d) => d === 100)).toBe(true);
      expect(shifted.some((d) => d === 50)).toBe(true);
      expect(shifted.every((d) => d === 0 || d === 100 || d === 50)).toBe(true);
    }
  });
});

describe('traceNodeShape', () => {
  // The corner points a path is given, and whether it drew an arc.
  function trace(kind: 'person' | 'state' | 'organization' | 'group', r: number, cx: number, cy: number) {
    const points: [number, number][] = [];
    let arcs = 0;
    let closed = 0;
    const sink = {
      moveTo: (x: number, y: number) => points.push([x, y]),
      lineTo: (x: number, y: number) => points.push([x, y]),
      arc: () => (arcs += 1),
      closePath: () => (closed += 1),
    };
    traceNodeShape(sink, kind, r, cx, cy);
    return { points, arcs, closed };
  }
  // The numbers of an SVG path, as [x, y] pairs.
  const svgPoints = (d: string) => {
    const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i], n[2 * i + 1]] as [number, number]);
  };

  it.each(['organization', 'group'] as const)('draws the same corners as the SVG shape of a %s', (kind) => {
    const { points, closed } = trace(kind, 10, 50, 20);
    expect(closed).toBe(1);
    const expected = svgPoints(nodeShapePath(kind, 10, 50, 20));
    expect(points).toHaveLength(expected.length);
    points.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i]?.[0] ?? NaN, 1);
      expect(y).toBeCloseTo(expected[i]?.[1] ?? NaN, 1);
    });
  });

  it('draws a state as the square of its SVG shape', () => {
    // The SVG path goes M x0,y0 H x1 V y1 H x0 Z.
    const [x0, y0, x1, y1] = (nodeShapePath('state', 10, 50, 20).match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const { points } = trace('state', 10, 50, 20);
    expect(points.map(([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100])).toEqual([
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ]);
  });

  it('draws a person as a full circle around the centre', () => {
    const { points, arcs } = trace('person', 7, 5, 5);
    expect(arcs).toBe(1);
    expect(points).toEqual([[12, 5]]);
  });
});
