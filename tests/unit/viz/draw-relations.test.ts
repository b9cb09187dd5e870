import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphRelation } from '@/domain/graph/actor-graph';
import { drawRelationsInSlices, MAX_PER_SLICE, type RelationCanvasScene } from '@/viz/draw-relations';

// Node has no canvas: a path that counts its curves, and a context that records strokes.
class FakePath {
  curves = 0;
  lines = 0;
  moveTo(): void {}
  lineTo(): void {
    this.lines += 1;
  }
  quadraticCurveTo(): void {
    this.curves += 1;
  }
}
const realPath2D = (globalThis as { Path2D?: unknown }).Path2D;
beforeAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = FakePath;
});
afterAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = realPath2D;
});

function fakeContext() {
  const strokes: { curves: number; lines: number; alpha: number; width: number; dash: number[] }[] = [];
  let dash: number[] = [];
  const ctx = {
    globalAlpha: 1,
    lineWidth: 1,
    strokeStyle: '',
    setTransform() {},
    clearRect() {},
    setLineDash(d: number[]) {
      dash = d;
    },
    stroke(path: FakePath) {
      strokes.push({ curves: path.curves, lines: path.lines, alpha: this.globalAlpha, width: this.lineWidth, dash });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, strokes };
}

const N = 5000;
const relations: GraphRelation[] = Array.from({ length: N }, (_, i) => ({
  id: `a${i}->b${i}`,
  source: `a${i}`,
  target: `b${i}`,
  eventIds: ['e'],
  count: 1 + (i % 20),
  quadCounts: { 'verbal-conflict': 1 },
  dominantQuad: i % 2 ? 'verbal-conflict' : 'material-cooperation',
}));
const positions = new Map<string, { x: number; y: number }>(
  relations.flatMap((r, i): [string, { x: number; y: number }][] => [
    [r.source, { x: i % 100, y: 0 }],
    [r.target, { x: 50, y: 80 + (i % 7) }],
  ]),
);
const scene = (highlighted: ReadonlySet<string> | null): RelationCanvasScene => ({
  positions,
  radii: new Map(),
  transform: { k: 2, x: 0, y: 0 },
  highlighted,
  width: 600,
  height: 400,
  ratio: 1,
});

describe('drawRelationsInSlices', () => {
  it('draws every relation once, in slices of bounded time, a frame apart', () => {
    const { ctx, strokes } = fakeContext();
    const frames: (() => void)[] = [];
    let clock = 0;
    // Each time check advances the clock by 5 ms, so a 12 ms slice holds a few checks.
    drawRelationsInSlices(
      ctx,
      relations,
      scene(null),
      (draw) => (frames.push(draw), () => {}),
      12,
      () => (clock += 5),
    );
    expect(frames.length).toBe(1);
    let slices = 1;
    while (frames.length > 0) {
      frames.shift()?.();
      slices += 1;
    }
    expect(slices).toBeGreaterThan(3);
    expect(strokes.reduce((sum, s) => sum + s.curves, 0)).toBe(N);
    // Unhighlighted relations are hairlines: one device pixel at any zoom.
    expect(new Set(strokes.map((s) => s.width))).toEqual(new Set([0.5]));
  });

  it('draws a bounded number of relations a frame however fast the script runs', () => {
    const { ctx, strokes } = fakeContext();
    const frames: (() => void)[] = [];
    // The clock never moves: only the count ends a slice.
    drawRelationsInSlices(
      ctx,
      relations,
      scene(null),
      (draw) => (frames.push(draw), () => {}),
      12,
      () => 0,
    );
    const counts = [strokes.reduce((sum, s) => sum + s.curves, 0)];
    while (frames.length > 0) {
      const before = strokes.reduce((sum, s) => sum + s.curves, 0);
      frames.shift()?.();
      counts.push(strokes.reduce((sum, s) => sum + s.curves, 0) - before);
    }
    expect(counts.reduce((a, b) => a + b)).toBe(N);
    expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_PER_SLICE);
    expect(counts.length).toBe(Math.ceil(N / MAX_PER_SLICE));
  });

  it('draws affiliations first, as one dotted path, when asked to', () => {
    const { ctx, strokes } = fakeContext();
    const affiliations = [
      { source: 'a1', target: 'b1' },
      { source: 'a2', target: 'b2' },
      { source: 'a3', target: 'nobody' },
    ];
    drawRelationsInSlices(ctx, relations.slice(0, 10), { ...scene(null), affiliations }, () => () => {});
    expect(strokes[0]).toMatchObject({ lines: 2, curves: 0, width: 1.5, dash: [1.5, 3.5] });
    expect(strokes.slice(1).every((s) => s.lines === 0 && s.curves > 0)).toBe(true);
  });

  it('stops when cancelled', () => {
    const { ctx, strokes } = fakeContext();
    const frames: (() => void)[] = [];
    let clock = 0;
    const stop = drawRelationsInSlices(
      ctx,
      relations,
      scene(null),
      (draw) => (frames.push(draw), () => {}),
      12,
      () => (clock += 5),
    );
    const drawn = strokes.reduce((sum, s) => sum + s.curves, 0);
    stop();
    frames.shift()?.();
    expect(strokes.reduce((sum, s) => sum + s.curves, 0)).toBe(drawn);
    expect(drawn).toBeLessThan(N);
  });

  it('draws highlighted relations last, at full width and opacity', () => {
    const { ctx, strokes } = fakeContext();
    drawRelationsInSlices(ctx, relations.slice(0, 100), scene(new Set([relations[3]!.id])), () => () => {});
    const last = strokes.at(-1);
    expect(last?.curves).toBe(1);
    expect(last?.alpha).toBe(0.9);
    expect(last?.width).toBeGreaterThan(0.5);
    expect(strokes.slice(0, -1).every((s) => s.alpha === 0.1)).toBe(true);
  });
});
