import type { ActorKind } from '@/domain/model';
import { traceNodeShape } from '@/viz/graph-marks';

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

/** How the node canvas is set up: the zoom transform, its size in CSS px, the device pixel ratio and the palette. */
export interface NodeCanvasScene {
  /** Zoom transform: screen px = k × layout px + (x, y). */
  readonly transform: { readonly k: number; readonly x: number; readonly y: number };
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  readonly highContrast: boolean;
}

/** Where sprites are drawn: an OffscreenCanvas where there is one (also in a worker), else a canvas element. */
export type SpriteFactory = (width: number, height: number) => { readonly canvas: CanvasImageSource; readonly ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D } | null;

const defaultSprites: SpriteFactory = (width, height) => {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    return ctx ? { canvas, ctx } : null;
  }
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  return ctx ? { canvas, ctx } : null;
};

interface Sprite {
  readonly image: CanvasImageSource;
  /** Where the node's centre is in the sprite, device px from its top-left corner. */
  readonly centre: number;
}

// Sprites by look, kept per factory.
const spriteCaches = new WeakMap<SpriteFactory, Map<string, Sprite | null>>();

/**
 * One node's look, drawn once at its size on screen: stamping it costs the
 * rasteriser far less than filling and outlining thousands of shapes (a
 * single path of 2,000 outlined circles takes tens of ms in software).
 */
function spriteFor(kind: ActorKind, fill: string, stroke: string, radius: number, strokeWidth: number, make: SpriteFactory): Sprite | null {
  let sprites = spriteCaches.get(make);
  if (!sprites) spriteCaches.set(make, (sprites = new Map()));
  const key = `${kind}|${fill}|${stroke}|${radius}|${strokeWidth}`;
  const cached = sprites.get(key);
  if (cached !== undefined) return cached;
  if (sprites.size >= MAX_SPRITES) sprites.clear();
  // Room for the widest shape (a diamond, 1.2 r) and half the outline, plus a pixel for antialiasing.
  const centre = Math.ceil(radius * 1.2 + strokeWidth / 2 + 1);
  const made = make(2 * centre, 2 * centre);
  let sprite: Sprite | null = null;
  if (made) {
    const { canvas, ctx } = made;
    ctx.beginPath();
    traceNodeShape(ctx, kind, radius, centre, centre);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = stroke;
    ctx.lineWidth = strokeWidth;
    ctx.stroke();
    sprite = { image: canvas, centre };
  }
  sprites.set(key, sprite);
  return sprite;
}

/**
 * Draws actor nodes onto a 2D canvas, cleared first: the graph view's
 * renderer when there are too many actors for an SVG element each. Each
 * look (kind, size on screen, pinned) is drawn once into a sprite and stamped
 * at whole device pixels; faded nodes first, at a quarter opacity, so the
 * others are drawn over them. Nodes off the canvas are skipped. Plain
 * inputs, so it could run on an OffscreenCanvas in a worker.
 */
export function drawNodes(ctx: CanvasRenderingContext2D, nodes: readonly CanvasNode[], scene: NodeCanvasScene, make: SpriteFactory = defaultSprites): void {
  const { transform: t, width, height, ratio } = scene;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width * ratio, height * ratio);
  const fills = scene.highContrast ? NODE_FILLS.highContrast : NODE_FILLS.normal;
  const scale = t.k * ratio;
  const strokeWidth = Math.round(STROKE_WIDTH * scale * 4) / 4;
  for (const faded of [true, false]) {
    ctx.globalAlpha = faded ? FADED_ALPHA : 1;
    for (const n of nodes) {
      if (n.faded !== faded) continue;
      const radius = Math.max(SIZE_STEP, Math.round((n.r * scale) / SIZE_STEP) * SIZE_STEP);
      const x = (n.x * t.k + t.x) * ratio;
      const y = (n.y * t.k + t.y) * ratio;
      const reach = radius * 1.2 + strokeWidth;
      if (x + reach < 0 || y + reach < 0 || x - reach > width * ratio || y - reach > height * ratio) continue;
      const sprite = spriteFor(n.kind, fills[n.kind], n.pinned ? PINNED_STROKE : NODE_STROKE, radius, strokeWidth, make);
      if (sprite) ctx.drawImage(sprite.image, Math.round(x) - sprite.centre, Math.round(y) - sprite.centre);
    }
  }
  ctx.globalAlpha = 1;
}
