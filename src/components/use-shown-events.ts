import { useMemo } from 'react';
import type { TimelineEvent } from '@/domain/dataset/model';

function overlapsWindow(e: TimelineEvent, window: readonly [number, number]): boolean {
  return e.date.latest >= window[0] && e.date.earliest <= window[1];
}

/**
 * What the graph and the map show of the `filtered` events: those in
 * `timeWindow` (ms since epoch UTC), or at an "as of" step the first
 * `asOfStep` of them; `filtered` itself when nothing is left out, so what
 * is worked out per events array is reused.
 */
export function useShownEvents(
  filtered: readonly TimelineEvent[],
  timeWindow: readonly [number, number] | null,
  asOfStep: number | null,
): readonly TimelineEvent[] {
  return useMemo(() => {
    if (asOfStep !== null) return filtered.slice(0, asOfStep);
    const inWindow = timeWindow ? filtered.filter((e) => overlapsWindow(e, timeWindow)) : filtered;
    return inWindow.length === filtered.length ? filtered : inWindow;
  }, [filtered, timeWindow, asOfStep]);
}
