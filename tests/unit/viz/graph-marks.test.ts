import { describe, expect, it } from 'vitest';
import {
  edgePath,
  nearestInDirection,
  nodeRadius,
  nodeShapePath,
  NODE_OUTLINES,
  nodeShapeDistance,
  relationWidth,
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

describe('nodeShapePath and nodeShapeDistance', () => {
  // The numbers of an SVG path, as [x, y] pairs.
  const svgPoints = (d: string) => {
    const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i]!, n[2 * i + 1]!] as const);
  };

  it.each(['state', 'organization', 'group'] as const)(
    'draw one outline for a %s: every corner of the SVG path lies on the canvas outline',
    (kind) => {
      const corners = svgPoints(nodeShapePath(kind, 10, 50, 20));
      expect(corners.length).toBeGreaterThanOrEqual(4);
      for (const [x, y] of corners) expect(Math.abs(nodeShapeDistance(kind, 10, x - 50, y - 20))).toBeLessThan(0.01);
      // The middle of each side too, so the sides are the same straight lines.
      corners.forEach(([x, y], i) => {
        const [nx, ny] = corners[(i + 1) % corners.length]!;
        expect(Math.abs(nodeShapeDistance(kind, 10, (x + nx) / 2 - 50, (y + ny) / 2 - 20))).toBeLessThan(0.01);
      });
    },
  );

  it('draw one circle for a person', () => {
    const d = nodeShapePath('person', 7, 5, 5);
    expect(d).toBe('M-2,5A7,7 0 1,0 12,5A7,7 0 1,0 -2,5Z');
    expect(nodeShapeDistance('person', 7, 7, 0)).toBe(0);
    expect(nodeShapeDistance('person', 7, 0, -7)).toBe(0);
  });

  it('every outline has its corners clockwise, each edge facing out', () => {
    for (const outline of Object.values(NODE_OUTLINES)) {
      if (outline.shape !== 'polygon') continue;
      for (const e of outline.edges) expect(e.offset).toBeGreaterThan(0);
    }
  });
});
