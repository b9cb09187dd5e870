import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, with each change passed on only once the browser has painted the
 * frame the change brought elsewhere, and then as an update that may be
 * interrupted: what follows a filter (the graph, the counts on the chips)
 * never holds back the frame that shows its answer on the timeline and in
 * the list. The first value is there at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    // A frame callback runs just before the paint; a task queued from it runs after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pass = () => startTransition(() => setShown(() => value));
    if (typeof requestAnimationFrame !== 'function') {
      timer = setTimeout(pass, 0);
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(pass, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
