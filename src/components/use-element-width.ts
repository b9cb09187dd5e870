import { useLayoutEffect, useState, type RefObject } from 'react';

/** The content width of an element in CSS px, kept up to date by a ResizeObserver. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, initial = 800): number {
  return useMeasuredWidth(ref, initial) ?? initial;
}

/**
 * Like `useElementWidth`, but null in the first render, before the element
 * could be measured: a view that is costly to draw can skip that render's
 * drawing instead of working it out at a guessed width and again, before
 * anything is painted, at the real one. An element with no width (not laid
 * out, or in jsdom) reads as `fallback`.
 */
export function useMeasuredWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) setWidth(Math.round(box.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
