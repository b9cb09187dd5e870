import { useMemo } from 'react';
import type { TimelineEvent } from '@/domain/dataset/model';
import { selectAsOfStep } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

/**
 * The ids of the events (of `events`, in time order) that the graph's "as of" step has not reached yet, which
 * the timeline and the story draw faint; null while "as of" is off.
 */
export function useLaterThanAsOf(events: readonly TimelineEvent[]): ReadonlySet<string> | null {
  const asOfStep = useAppStore(selectAsOfStep);
  return useMemo(
    () => (asOfStep === null ? null : new Set(events.slice(asOfStep).map((e) => e.id))),
    [events, asOfStep],
  );
}
