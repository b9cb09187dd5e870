import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element in CSS px, kept up to date by a
 * ResizeObserver. `initial` is the width until it is measured; when it was
 * measured already (say, on a placeholder of the same width), `known` skips
 * measuring before the first paint, which would make the browser lay out the
 * page within the render that mounted the element: the observer corrects it
 * in the frame, if need be.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, initial = 800, known = false): number {
  return useMeasuredWidth(ref, initial, known ? initial : null) ?? initial;
}

/**
 * Like `useElementWidth`, but null in the first render, before the element
 * could be measured: a view that is costly to draw can skip that render's
 * drawing instead of working it out at a guessed width and again, before
 * anything is painted, at the real one. An element with no width (not laid
 * out, or in jsdom) reads as `fallback`.
 */
export function useMeasuredWidth(
  ref: RefObject<HTMLElement | null>,
  fallback = 800,
  known: number | null = null,
): number | null {
  const [width, setWidth] = useState<number | null>(known);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (known === null) setWidth(element.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) setWidth(Math.round(box.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback, known]);
  return width;
}
