/** The font of timeline labels; the CSS of `.timeline-label` must match it. */
export const LABEL_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
// The font last set on the context: setting it again makes the browser parse it again.
let contextFont = '';
const cache = new Map<string, number>();

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

/** Width of `text` in px when drawn in `font`; estimated from its length where no canvas exists (tests). */
export function measureTextWidth(text: string, font: string = LABEL_FONT): number {
  const key = font + '\u0000' + text;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const ctx = canvasContext();
  let width: number;
  if (ctx) {
    if (contextFont !== font) {
      ctx.font = font;
      contextFont = font;
    }
    width = ctx.measureText(text).width;
  } else {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 13);
    width = text.length * size * 0.6;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
}

/** Shortens `text` with an ellipsis so it fits `maxWidth` px in `font`. */
export function truncateToWidth(text: string, maxWidth: number, font: string = LABEL_FONT): string {
  if (measureTextWidth(text, font) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measureTextWidth(text.slice(0, mid).trimEnd() + '…', font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + '…';
}
