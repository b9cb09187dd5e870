import { describe, expect, it } from 'vitest';
import { drawNodes, NODE_FILLS, PINNED_STROKE, type CanvasNode, type NodeCanvasScene, type SpriteFactory } from '@/viz/draw-nodes';

// Node has no canvas: sprites that remember how they were drawn, and a context that records stamps.
interface FakeSprite {
  readonly size: number;
  fill: string;
  stroke: string;
  lineWidth: number;
  shapes: number;
}
function fakeSprites() {
  const made: FakeSprite[] = [];
  const make: SpriteFactory = (width) => {
    const sprite: FakeSprite = { size: width, fill: '', stroke: '', lineWidth: 0, shapes: 0 };
    made.push(sprite);
    const ctx = {
      set fillStyle(v: string) { sprite.fill = v; },
      set strokeStyle(v: string) { sprite.stroke = v; },
      set lineWidth(v: number) { sprite.lineWidth = v; },
      beginPath() {},
      moveTo() { sprite.shapes += 1; },
      lineTo() {},
      arc() {},
      closePath() {},
      fill() {},
      stroke() {},
    };
    return { canvas: sprite as unknown as CanvasImageSource, ctx: ctx as unknown as CanvasRenderingContext2D };
  };
  return { make, made };
}
function fakeContext() {
  const stamps: { sprite: FakeSprite; x: number; y: number; alpha: number }[] = [];
  const ctx = {
    globalAlpha: 1,
    setTransform() {},
    clearRect() {},
    drawImage(image: FakeSprite, x: number, y: number) {
      stamps.push({ sprite: image, x, y, alpha: this.globalAlpha });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, stamps };
}

const scene: NodeCanvasScene = { transform: { k: 1, x: 0, y: 0 }, width: 400, height: 300, ratio: 1, highContrast: false };
let seq = 0;
const node = (over: Partial<CanvasNode> = {}): CanvasNode => ({ x: 100 + (seq += 1), y: 100, r: 5, kind: 'person', faded: false, pinned: false, ...over });

describe('drawNodes', () => {
  it('stamps one sprite per look, faded nodes first and at a quarter opacity', () => {
    const { make, made } = fakeSprites();
    const { ctx, stamps } = fakeContext();
    drawNodes(ctx, [node(), node({ faded: true }), node({ kind: 'state' }), node(), node({ pinned: true }), node({ faded: true })], scene, make);
    expect(stamps).toHaveLength(6);
    expect(stamps.slice(0, 2).map((s) => s.alpha)).toEqual([0.25, 0.25]);
    expect(stamps.slice(2).every((s) => s.alpha === 1)).toBe(true);
    // A person, a state and a pinned person: three sprites for six nodes (fading is the stamp's opacity).
    expect(made.map((s) => [s.fill, s.stroke])).toEqual(
      expect.arrayContaining([[NODE_FILLS.normal.person, '#ffffff'], [NODE_FILLS.normal.state, '#ffffff'], [NODE_FILLS.normal.person, PINNED_STROKE]]),
    );
    expect(made.every((s) => s.shapes === 1)).toBe(true);
  });

  it('centres each stamp on its node at whole device pixels, sized by the zoom and the pixel ratio', () => {
    const { make, made } = fakeSprites();
    const { ctx, stamps } = fakeContext();
    drawNodes(ctx, [node({ x: 50.3, y: 20.6, r: 4, kind: 'group' })], { ...scene, transform: { k: 2, x: 10, y: 0 }, ratio: 2, width: 800, height: 600 }, make);
    const stamp = stamps[0];
    const sprite = made.find((s) => s.fill === NODE_FILLS.normal.group);
    expect(stamp?.sprite).toBe(sprite);
    // (50.3 × 2 + 10) × 2 = 221.2 → 221; 20.6 × 2 × 2 = 82.4 → 82; the sprite is square around the centre.
    expect((stamp?.x ?? 0) + (sprite?.size ?? 0) / 2).toBe(221);
    expect((stamp?.y ?? 0) + (sprite?.size ?? 0) / 2).toBe(82);
    // r 4 at k 2 and ratio 2 is 16 device px; the widest shape reaches 1.2 r, plus half the 8 px outline.
    expect(sprite?.size).toBeGreaterThanOrEqual(2 * (16 * 1.2 + 4));
    expect(sprite?.lineWidth).toBe(8);
  });

  it('skips nodes off the canvas, in layout px under the zoom', () => {
    const { make } = fakeSprites();
    const { ctx, stamps } = fakeContext();
    // At 2× zoom shifted left by 400 px, the canvas shows layout x from 200 to 400.
    const zoomed = { ...scene, transform: { k: 2, x: -400, y: 0 } };
    drawNodes(ctx, [node({ x: 100 }), node({ x: 195 }), node({ x: 300 }), node({ x: 420 }), node({ x: 300, y: -50 })], zoomed, make);
    expect(stamps).toHaveLength(2);
  });

  it('uses the brighter fills of the high-contrast theme', () => {
    const { make, made } = fakeSprites();
    const { ctx } = fakeContext();
    drawNodes(ctx, [node({ kind: 'organization' })], { ...scene, highContrast: true }, make);
    expect(made.at(-1)?.fill).toBe(NODE_FILLS.highContrast.organization);
  });
});
