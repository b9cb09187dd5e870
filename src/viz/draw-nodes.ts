import type { ActorKind } from '@/domain/dataset/model';
import type { NextSlice } from '@/viz/draw-relations';
import { nodeShapeDistance } from '@/viz/graph-marks';

/**
 * Node fills by actor kind, as styles.css gives them to SVG nodes; the high-contrast theme
 * brightens them (CSS: `filter: brightness(1.8)`), so they stand out on black.
 */
export const NODE_FILLS: Readonly<Record<'normal' | 'highContrast', Readonly<Record<ActorKind, string>>>> = {
  normal: { person: '#37474f', state: '#1d3557', organization: '#6a3d9a', group: '#8d5b2b' },
  highContrast: { person: '#63808e', state: '#345f9d', organization: '#bf6eff', group: '#fea44d' },
};
const NODE_STROKE = '#ffffff';
export const PINNED_STROKE = '#f2b705';
/** The outline of a node, layout px (it grows with the zoom, as in SVG). */
const STROKE_WIDTH = 2;
/** Faded nodes, as `.graph-node.is-faded` draws them. */
const FADED_ALPHA = 0.25;
/** Sprite sizes are rounded to this many device px, so a few sprites serve thousands of nodes. */
const SIZE_STEP = 0.25;
/** Sprites kept at most; beyond, the cache starts again (a new zoom level needs new sizes). */
const MAX_SPRITES = 400;

/** A node as the canvas draws it: where, how large, what kind, and how it looks. */
export interface CanvasNode {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly kind: ActorKind;
  readonly faded: boolean;
  readonly pinned: boolean;
}

/** How the node canvas is set up: the zoom transform, the device pixel ratio and the palette. */
export interface NodeCanvasScene {
  /** Zoom transform: screen px = k × layout px + (x, y). */
  readonly transform: { readonly k: number; readonly x: number; readonly y: number };
  readonly ratio: number;
  readonly highContrast: boolean;
}

/** Pixels to paint into: RGBA rows, as in an ImageData. */
export interface PixelBuffer {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/** The part of a buffer that was painted, device px: columns [x0, x1) and rows [y0, y1). */
export interface PaintedBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A node's look as premultiplied RGBA pixels, `size` px square, with the node's centre at the pixel corner (`centre`, `centre`). */
export interface NodeSprite {
  readonly size: number;
  readonly centre: number;
  readonly rgba: Uint8ClampedArray;
  /** The same pixels, a 32-bit word each. */
  readonly pixels: Int32Array;
}

function rgbOf(hex: string): readonly [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * One node's look, `radius` and `strokeWidth` in device px: the shape filled,
 * outlined by a stroke centred on its edge, antialiased by how far each pixel's
 * centre lies from the edges of the fill and of the stroke.
 */
export function nodeSprite(
  kind: ActorKind,
  fill: string,
  stroke: string,
  radius: number,
  strokeWidth: number,
): NodeSprite {
  // Room for the farthest corner (a square's, 0.88 √2 r ≈ 1.245 r; a mitred corner reaches √2 × half the stroke further) plus a pixel.
  const centre = Math.ceil(radius * 1.25 + strokeWidth * 0.75 + 1);
  const size = 2 * centre;
  const rgba = new Uint8ClampedArray(size * size * 4);
  const [fr, fg, fb] = rgbOf(fill);
  const [sr, sg, sb] = rgbOf(stroke);
  const half = strokeWidth / 2;
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const d = nodeShapeDistance(kind, radius, col + 0.5 - centre, row + 0.5 - centre);
      // How much of the pixel the outline's outer edge covers, and how much the fill within the stroke's inner edge does.
      const outer = Math.min(1, Math.max(0, 0.5 - (d - half)));
      if (outer === 0) continue;
      const inner = Math.min(1, Math.max(0, 0.5 - (d + half)));
      const band = outer - inner;
      const o = (row * size + col) * 4;
      rgba[o] = fr * inner + sr * band;
      rgba[o + 1] = fg * inner + sg * band;
      rgba[o + 2] = fb * inner + sb * band;
      rgba[o + 3] = 255 * outer;
    }
  }
  return { size, centre, rgba, pixels: new Int32Array(rgba.buffer) };
}

const KIND_NUMBERS: Readonly<Record<ActorKind, number>> = { person: 0, state: 1, organization: 2, group: 3 };

/** Sprites by palette and outline width, then by a number for the rest of the look (kind, size, pinned): no string per node. */
const sprites = new Map<string, Map<number, NodeSprite>>();
let spriteCount = 0;

/** The sprites of one palette and outline width, by look: what one painting draws from. */
function spritesFor(highContrast: boolean, strokeWidth: number): Map<number, NodeSprite> {
  const key = `${highContrast}|${strokeWidth}`;
  let found = sprites.get(key);
  if (!found) sprites.set(key, (found = new Map()));
  return found;
}

function cachedSprite(
  cache: Map<number, NodeSprite>,
  kind: ActorKind,
  steps: number,
  pinned: boolean,
  fills: Readonly<Record<ActorKind, string>>,
  strokeWidth: number,
): NodeSprite {
  const key = (steps * 4 + KIND_NUMBERS[kind]) * 2 + (pinned ? 1 : 0);
  let sprite = cache.get(key);
  if (!sprite) {
    if (spriteCount >= MAX_SPRITES) {
      for (const looks of sprites.values()) looks.clear();
      spriteCount = 0;
    }
    sprite = nodeSprite(kind, fills[kind], pinned ? PINNED_STROKE : NODE_STROKE, steps * SIZE_STEP, strokeWidth);
    cache.set(key, sprite);
    spriteCount += 1;
  }
  return sprite;
}

/** Lays `sprite` over `buffer` (premultiplied, source over) with its top-left corner at (`left`, `top`), at `opacity` (0–255); returns false when it falls outside. */
function stamp(
  pixels: Int32Array,
  width: number,
  height: number,
  sprite: NodeSprite,
  left: number,
  top: number,
  opacity: number,
): boolean {
  const { size } = sprite;
  const source = sprite.pixels;
  const c0 = Math.max(0, -left);
  const c1 = Math.min(size, width - left);
  const r0 = Math.max(0, -top);
  const r1 = Math.min(size, height - top);
  if (c0 >= c1 || r0 >= r1) return false;
  for (let row = r0; row < r1; row += 1) {
    let s = row * size + c0;
    let o = (top + row) * width + left + c0;
    for (let col = c0; col < c1; col += 1, s += 1, o += 1) {
      const src = source[s]!;
      if (src === 0) continue;
      // RGBA bytes read as one little-endian word: alpha is the top byte.
      if (opacity === 255 && src >>> 24 === 255) {
        pixels[o] = src;
        continue;
      }
      const dst = pixels[o]!;
      const keep = 255 - ((((src >>> 24) * opacity + 127) / 255) | 0);
      let out = 0;
      for (let shift = 0; shift < 32; shift += 8) {
        const value = ((((src >>> shift) & 255) * opacity + ((dst >>> shift) & 255) * keep + 127) / 255) | 0;
        out |= value << shift;
      }
      pixels[o] = out;
    }
  }
  return true;
}

/** How many nodes are painted between two looks at the clock. */
const CHECK_EVERY = 16;

/**
 * Paints actor nodes into `buffer` (cleared first), as premultiplied RGBA, a
 * part at a time: each look (kind, size on screen, pinned) is made once into a
 * sprite and laid at whole device pixels; faded nodes first, at a quarter
 * opacity, so the others cover them. Nodes off the buffer are skipped. Each
 * call of the returned function paints on until `stop()` says so (checked
 * every few nodes) and returns undefined while nodes are left, then the box
 * painted, or null when nothing was. Plain numbers in and out: no canvas is
 * needed, so it could run in a worker.
 */
export function nodePainter(
  buffer: PixelBuffer,
  nodes: readonly CanvasNode[],
  scene: NodeCanvasScene,
): (stop?: () => boolean) => PaintedBox | null | undefined {
  buffer.data.fill(0);
  const pixels = new Int32Array(buffer.data.buffer, buffer.data.byteOffset, buffer.data.length / 4);
  const { width, height } = buffer;
  const { transform: t, ratio } = scene;
  const fills = scene.highContrast ? NODE_FILLS.highContrast : NODE_FILLS.normal;
  const scale = t.k * ratio;
  const strokeWidth = Math.round(STROKE_WIDTH * scale * 4) / 4;
  const looks = spritesFor(scene.highContrast, strokeWidth);
  let x0 = width;
  let y0 = height;
  let x1 = 0;
  let y1 = 0;
  // Faded nodes in the first pass, the others in the second.
  let pass = 0;
  let next = 0;
  return (stop = () => false) => {
    for (; pass < 2; pass += 1, next = 0) {
      const faded = pass === 0;
      const opacity = faded ? Math.round(FADED_ALPHA * 255) : 255;
      while (next < nodes.length) {
        const n = nodes[next]!;
        next += 1;
        if (n.faded === faded) {
          const steps = Math.max(1, Math.round((n.r * scale) / SIZE_STEP));
          const sprite = cachedSprite(looks, n.kind, steps, n.pinned, fills, strokeWidth);
          const left = Math.round((n.x * t.k + t.x) * ratio) - sprite.centre;
          const top = Math.round((n.y * t.k + t.y) * ratio) - sprite.centre;
          if (stamp(pixels, width, height, sprite, left, top, opacity)) {
            x0 = Math.min(x0, Math.max(0, left));
            y0 = Math.min(y0, Math.max(0, top));
            x1 = Math.max(x1, Math.min(width, left + sprite.size));
            y1 = Math.max(y1, Math.min(height, top + sprite.size));
          }
        }
        if (next % CHECK_EVERY === 0 && next < nodes.length && stop()) return undefined;
      }
    }
    return x0 < x1 && y0 < y1 ? { x0, y0, x1, y1 } : null;
  };
}

/** `nodePainter` run to the end: the box painted, or null. */
export function paintNodes(
  buffer: PixelBuffer,
  nodes: readonly CanvasNode[],
  scene: NodeCanvasScene,
): PaintedBox | null {
  return nodePainter(buffer, nodes, scene)() ?? null;
}

/** Turns the premultiplied pixels of `box` into the straight (unpremultiplied) colours an ImageData holds. */
export function unpremultiply(buffer: PixelBuffer, box: PaintedBox): void {
  const { data, width } = buffer;
  for (let row = box.y0; row < box.y1; row += 1) {
    const end = (row * width + box.x1) * 4;
    for (let o = (row * width + box.x0) * 4; o < end; o += 4) {
      const a = data[o + 3]!;
      if (a === 0 || a === 255) continue;
      const f = 255 / a;
      data[o] = data[o]! * f;
      data[o + 1] = data[o + 1]! * f;
      data[o + 2] = data[o + 2]! * f;
    }
  }
}

/** The context's reusable pixel buffer, sized for it. */
const buffers = new WeakMap<object, ImageData>();

/** What `drawNodesInSlices` needs of a 2D context (a canvas's or an OffscreenCanvas's). */
export type PixelContext = Pick<
  CanvasRenderingContext2D,
  'createImageData' | 'putImageData' | 'clearRect' | 'setTransform'
> & { readonly canvas: { readonly width: number; readonly height: number } };

/**
 * Draws actor nodes onto a 2D canvas, replacing what it showed: the graph
 * view's renderer when there are too many actors for an SVG element each. The
 * nodes are painted as pixels (`nodePainter`) and put on the canvas at once, so
 * the browser has nothing to rasterise when the frame is committed (thousands
 * of stamped images cost it tens of ms in software), and the canvas never
 * shows a half-painted graph. The painting goes in slices of about `sliceMs`,
 * one per `next` call, while it has more to do: the first, before any code is
 * warm, can take tens of ms. Returns a function that stops it.
 */
export function drawNodesInSlices(
  ctx: PixelContext,
  nodes: readonly CanvasNode[],
  scene: NodeCanvasScene,
  next: NextSlice,
  sliceMs = 8,
  now: () => number = () => performance.now(),
): () => void {
  const { width, height } = ctx.canvas;
  let buffer = buffers.get(ctx);
  if (!buffer || buffer.width !== width || buffer.height !== height) {
    buffer = ctx.createImageData(width, height);
    buffers.set(ctx, buffer);
  }
  const image = buffer;
  const paint = nodePainter(image, nodes, scene);
  let stopped = false;
  let cancelNext: (() => void) | null = null;
  const slice = () => {
    cancelNext = null;
    if (stopped) return;
    const until = now() + sliceMs;
    const box = paint(() => now() >= until);
    if (box === undefined) {
      cancelNext = next(slice);
      return;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!box) return;
    unpremultiply(image, box);
    ctx.putImageData(image, 0, 0, box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  };
  slice();
  return () => {
    stopped = true;
    cancelNext?.();
  };
}
