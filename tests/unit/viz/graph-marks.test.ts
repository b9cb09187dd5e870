import { describe, expect, it } from 'vitest';
import { edgePath, nearestInDirection, nodeRadius, nodeShapePath, relationWidth } from '@/viz/graph-marks';

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
