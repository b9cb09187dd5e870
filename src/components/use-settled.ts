import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delay` ms: for work that may
 * lag behind a gesture (placing labels, redrawing a canvas crisply) while
 * the gesture itself only moves what is already drawn.
 */
export function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}
