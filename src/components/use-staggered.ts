import { useEffect, useMemo, useState } from 'react';

/**
 * `value` handed out in `parts` that take it up one frame after another:
 * part i sees a new value about i frames after it arrives. A view that
 * splits thousands of elements into parts then updates them over a few
 * frames instead of in one long commit. Parts added later take the value
 * at once.
 */
export function useStaggered<T>(value: T, parts: number): readonly T[] {
  const [shown, setShown] = useState<readonly T[]>(() => Array.from({ length: parts }, () => value));
  const behind = shown.findIndex((part) => part !== value);
  useEffect(() => {
    if (behind < 0) return;
    const frame = requestAnimationFrame(() =>
      setShown((old) => {
        const at = old.findIndex((part) => part !== value);
        if (at < 0) return old;
        const next = old.slice();
        next[at] = value;
        return next;
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [behind, value]);
  return useMemo(
    () => Array.from({ length: parts }, (_, i) => (i < shown.length ? (shown[i] as T) : value)),
    [shown, parts, value],
  );
}
