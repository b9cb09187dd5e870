import { useEffect, useState } from 'react';

/**
 * How many of `total` items to draw now: `step` more each frame until all
 * are drawn, so thousands of elements appear over a few frames instead of
 * in one long task. Never goes back down; more items later grow again.
 */
export function useProgressiveCount(total: number, step: number): number {
  const [count, setCount] = useState(() => Math.min(total, step));
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setCount((c) => Math.min(total, c + step)));
    return () => cancelAnimationFrame(frame);
  }, [count, total, step]);
  return Math.min(count, total);
}
