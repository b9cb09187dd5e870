import { describe, expect, it } from 'vitest';
import type { ActorKind } from '@/domain/dataset/model';
import { nodeShapeDistance } from '@/viz/graph-marks';
import {
  drawNodesInSlices,
  NODE_FILLS,
  nodeSprite,
  paintNodes,
  PINNED_STROKE,
  unpremultiply,
  type CanvasNode,
  type NodeCanvasScene,
  type PixelBuffer,
  type PixelContext,
} from '@/viz/draw-nodes';

const scene: NodeCanvasScene = { transform: { k: 1, x: 0, y: 0 }, ratio: 1, highContrast: false };
const node = (over: Partial<CanvasNode> = {}): CanvasNode => ({
  x: 100,
  y: 100,
  r: 5,
  kind: 'person',
  faded: false,
  pinned: false,
  ...over,
});
const bufferOf = (width: number, height: number): PixelBuffer => ({
  data: new Uint8ClampedArray(width * height * 4),
  width,
  height,
});
const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
/** The premultiplied RGBA of the pixel whose top-left corner is (x, y). */
const pixel = (b: PixelBuffer, x: number, y: number) => [
  ...b.data.subarray((y * b.width + x) * 4, (y * b.width + x) * 4 + 4),
];
const KINDS: readonly ActorKind[] = ['person', 'state', 'organization', 'group'];

describe('nodeShapeDistance', () => {
  it('is zero on the outline of each shape, negative inside and positive outside', () => {
    // Points on each outline, r = 10: the circle's rim, the square's side at 0.88 r, the diamond's corner at 1.2 r,
    // the hexagon's corner at 1.05 r and its flat top at 1.05 r × cos 30°.
    const onOutline: [ActorKind, number, number][] = [
      ['person', 10, 0],
      ['person', 0, -10],
      ['state', 8.8, 3],
      ['state', -2, -8.8],
      ['organization', 0, 12],
      ['organization', 6, 6],
      ['group', 10.5, 0],
      ['group', 2, (10.5 * Math.sqrt(3)) / 2],
    ];
    for (const [kind, x, y] of onOutline) expect(nodeShapeDistance(kind, 10, x, y)).toBeCloseTo(0, 9);
    for (const kind of KINDS) {
      expect(nodeShapeDistance(kind, 10, 0, 0)).toBeLessThan(-8);
      expect(nodeShapeDistance(kind, 10, 20, 20)).toBeGreaterThan(5);
    }
  });
});

describe('nodeSprite', () => {
  it('fills the shape, outlines it with the stroke and leaves the outside clear', () => {
    const fill = '#1d3557';
    for (const kind of KINDS) {
      const s = nodeSprite(kind, fill, '#ffffff', 10, 2);
      const at = (x: number, y: number) => [...s.rgba.subarray((y * s.size + x) * 4, (y * s.size + x) * 4 + 4)];
      // Just inside the centre, the fill; the sprite's corner, nothing.
      expect(at(s.centre, s.centre)).toEqual([...rgb(fill), 255]);
      expect(at(0, 0)).toEqual([0, 0, 0, 0]);
      // Walking right from the centre: fill, then a white band where the outline is, then clear
      // (the diamond's sides cross the row slantwise, so their antialiased edge spans two pixels).
      const row = Array.from({ length: s.size - s.centre }, (_, i) => at(s.centre + i, s.centre));
      const white = row.findIndex((p) => p[0] === 255 && p[1] === 255 && p[2] === 255 && p[3] === 255);
      expect(white, kind).toBeGreaterThan(5);
      expect(
        row.slice(0, white - 2).every((p) => p.join() === [...rgb(fill), 255].join()),
        kind,
      ).toBe(true);
      expect(row.at(-1)).toEqual([0, 0, 0, 0]);
    }
  });

  it('shades the pixels the outline crosses: antialiased, never a colour outside fill and stroke', () => {
    const s = nodeSprite('person', '#000000', '#ffffff', 6.5, 1);
    const alphas = new Set<number>();
    for (let o = 0; o < s.rgba.length; o += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = s.rgba.subarray(o, o + 4);
      alphas.add(a);
      // Premultiplied: no channel above alpha; black and white mix to greys.
      expect(r).toBeLessThanOrEqual(a);
      expect(r).toBe(g);
      expect(g).toBe(b);
    }
    expect([...alphas].some((a) => a > 0 && a < 255)).toBe(true);
  });

  it('has room for the farthest corner and its mitred outline', () => {
    for (const kind of KINDS) {
      const s = nodeSprite(kind, '#000000', '#ffffff', 20, 6);
      // The sprite's border stays clear: nothing was cut off.
      for (let i = 0; i < s.size; i += 1) {
        for (const [x, y] of [
          [i, 0],
          [i, s.size - 1],
          [0, i],
          [s.size - 1, i],
        ] as const)
          expect(s.rgba[(y * s.size + x) * 4 + 3], `${kind} ${x},${y}`).toBe(0);
      }
    }
  });
});

describe('paintNodes', () => {
  it('centres each node on its place at whole device pixels, sized by the zoom and the pixel ratio', () => {
    const b = bufferOf(400, 300);
    // (50.3 × 2 + 10) × 2 = 221.2 → 221; 20.6 × 2 × 2 = 82.4 → 82; r 4 at k 2 and ratio 2 is 16 device px.
    const box = paintNodes(b, [node({ x: 50.3, y: 20.6, r: 4, kind: 'state' })], {
      ...scene,
      transform: { k: 2, x: 10, y: 0 },
      ratio: 2,
    });
    const fill = [...rgb(NODE_FILLS.normal.state), 255];
    expect(pixel(b, 221, 82)).toEqual(fill);
    // The square's half-side is 0.88 × 16 ≈ 14 px, less half the 8 px outline: fill 9 px out, white at 15, clear beyond 19.
    expect(pixel(b, 221 + 9, 82)).toEqual(fill);
    expect(pixel(b, 221 + 14, 82)).toEqual([255, 255, 255, 255]);
    expect(pixel(b, 221 + 20, 82)).toEqual([0, 0, 0, 0]);
    expect(box).not.toBeNull();
    expect(box!.x0).toBeLessThanOrEqual(221 - 18);
    expect(box!.x1).toBeGreaterThanOrEqual(221 + 18);
    expect(box!.x1 - box!.x0).toBeLessThan(60);
  });

  it('paints faded nodes first, at a quarter opacity, so the others cover them', () => {
    const b = bufferOf(200, 200);
    const person = rgb(NODE_FILLS.normal.person);
    paintNodes(b, [node({ x: 40 }), node({ x: 40, kind: 'state', faded: true }), node({ x: 120, faded: true })], scene);
    // The node drawn over the faded one, whatever the order given.
    expect(pixel(b, 40, 100)).toEqual([...person, 255]);
    // A faded node alone: its fill at a quarter, premultiplied.
    expect(pixel(b, 120, 100)).toEqual([...person.map((c) => Math.round(c * 0.25)), 64]);
  });

  it('outlines a pinned node in the pin colour and uses the high-contrast fills on that theme', () => {
    const b = bufferOf(200, 200);
    // The same looks in the usual palette first: the theme's are made apart, not taken from them.
    paintNodes(b, [node({ x: 40, kind: 'organization', r: 10 })], scene);
    expect(pixel(b, 40, 100)).toEqual([...rgb(NODE_FILLS.normal.organization), 255]);
    paintNodes(b, [node({ pinned: true, r: 10 }), node({ x: 40, kind: 'organization', r: 10 })], {
      ...scene,
      highContrast: true,
    });
    expect(pixel(b, 109, 100)).toEqual([...rgb(PINNED_STROKE), 255]);
    expect(pixel(b, 40, 100)).toEqual([...rgb(NODE_FILLS.highContrast.organization), 255]);
  });

  it('skips nodes off the buffer and clips those across its edge', () => {
    const b = bufferOf(400, 300);
    // At 2× zoom shifted left by 400 px, the buffer shows layout x from 200 to 400.
    const zoomed = { ...scene, transform: { k: 2, x: -400, y: 0 } };
    expect(paintNodes(b, [node({ x: 100 }), node({ x: 420 }), node({ x: 300, y: -50 })], zoomed)).toBeNull();
    expect(b.data.every((v) => v === 0)).toBe(true);
    const box = paintNodes(b, [node({ x: 200, y: 20 })], zoomed);
    expect(box).toMatchObject({ x0: 0 });
    expect(pixel(b, 0, 40)).toEqual([...rgb(NODE_FILLS.normal.person), 255]);
  });

  it('clears what an earlier painting left', () => {
    const b = bufferOf(100, 100);
    paintNodes(b, [node({ x: 20, y: 20 })], scene);
    paintNodes(b, [node({ x: 80, y: 80 })], scene);
    expect(pixel(b, 20, 20)).toEqual([0, 0, 0, 0]);
    expect(pixel(b, 80, 80)[3]).toBe(255);
  });
});

describe('unpremultiply', () => {
  it('turns premultiplied colours into straight ones inside the box only', () => {
    const b = bufferOf(2, 1);
    b.data.set([50, 25, 0, 128, 50, 25, 0, 128]);
    unpremultiply(b, { x0: 0, y0: 0, x1: 1, y1: 1 });
    expect(pixel(b, 0, 0)).toEqual([100, 50, 0, 128]);
    expect(pixel(b, 1, 0)).toEqual([50, 25, 0, 128]);
  });
});

describe('drawNodesInSlices', () => {
  function fakeContext(width: number, height: number) {
    const calls: string[] = [];
    const put: PixelBuffer[] = [];
    const ctx = {
      canvas: { width, height },
      createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h }),
      setTransform: () => calls.push('setTransform'),
      clearRect: (...a: number[]) => calls.push(`clear ${a.join(' ')}`),
      putImageData: (image: PixelBuffer, ...a: number[]) => {
        put.push({ ...image, data: image.data.slice() });
        calls.push(`put ${a.join(' ')} alpha@centre ${image.data[(100 * width + 100) * 4 + 3]}`);
      },
    };
    return { ctx: ctx as unknown as PixelContext, calls, put };
  }
  /** A `next` that keeps the slices asked for, to run by hand. */
  function queue() {
    const waiting: (() => void)[] = [];
    const next = (paint: () => void) => {
      waiting.push(paint);
      return () => waiting.splice(waiting.indexOf(paint), 1);
    };
    return { next, waiting };
  }
  /** A clock that moves 1 ms each time it is read. */
  const ticking = () => {
    let t = 0;
    return () => (t += 1);
  };

  it('clears the canvas and puts only the painted box, in straight colours', () => {
    const { ctx, calls } = fakeContext(300, 200);
    const { next, waiting } = queue();
    drawNodesInSlices(ctx, [node()], scene, next);
    expect(waiting).toHaveLength(0);
    expect(calls[1]).toBe('clear 0 0 300 200');
    expect(calls[2]).toMatch(/^put 0 0 (\d+) (\d+) (\d+) (\d+) alpha@centre 255$/);
    const [x = 0, y = 0, w = 0, h = 0] = (calls[2] ?? '').split(' ').slice(3, 7).map(Number);
    expect(x).toBeLessThan(95);
    expect(x + w).toBeGreaterThan(105);
    expect(w).toBeLessThan(20);
    expect(y + h).toBeGreaterThan(105);
  });

  it('puts straight colours, as an ImageData holds them: a faded node in its own colour at a quarter opacity', () => {
    const { ctx, put } = fakeContext(300, 200);
    drawNodesInSlices(ctx, [node({ faded: true })], scene, queue().next);
    expect(pixel(put[0]!, 100, 100)).toEqual([
      ...rgb(NODE_FILLS.normal.person).map((c) => expect.closeTo(c, -0.7)),
      64,
    ]);
  });

  it('only clears when no node is in view', () => {
    const { ctx, calls } = fakeContext(300, 200);
    drawNodesInSlices(ctx, [node({ x: -50 })], scene, queue().next);
    expect(calls).toEqual(['setTransform', 'clear 0 0 300 200']);
  });

  it('paints in slices while time runs out, and shows the nodes only once all are painted', () => {
    const { ctx, calls, put } = fakeContext(300, 200);
    const { next, waiting } = queue();
    const many = Array.from({ length: 100 }, (_, i) => node({ x: 10 + i * 2, y: 100 + (i % 3) }));
    // A 3 ms slice on a clock that moves 1 ms a look: a slice paints 16 nodes between looks, so 2 looks = 32 nodes.
    drawNodesInSlices(ctx, many, scene, next, 3, ticking());
    let slices = 1;
    while (waiting.length > 0) {
      expect(calls).toEqual([]);
      waiting.shift()?.();
      slices += 1;
    }
    expect(slices).toBeGreaterThan(2);
    expect(calls.filter((c) => c.startsWith('put'))).toHaveLength(1);
    // The same pixels as painting all at once.
    const whole = bufferOf(300, 200);
    unpremultiply(whole, paintNodes(whole, many, scene)!);
    expect(put[0]?.data).toEqual(whole.data);
  });

  it('stops when asked, leaving the canvas as it was', () => {
    const { ctx, calls } = fakeContext(300, 200);
    const { next, waiting } = queue();
    const stop = drawNodesInSlices(
      ctx,
      Array.from({ length: 100 }, () => node()),
      scene,
      next,
      3,
      ticking(),
    );
    expect(waiting).toHaveLength(1);
    stop();
    expect(waiting).toHaveLength(0);
    expect(calls).toEqual([]);
  });
});
