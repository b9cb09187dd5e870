import { useEffect, useMemo } from 'react';
import { createSearchIndex, filterEvents, isFilterEmpty, prepareSearchIndex, type EventFilter } from '@/domain/event-filter';
import type { Dataset, TimelineEvent } from '@/domain/model';
import { selectFilter } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

const indexes = new WeakMap<Dataset, ReturnType<typeof createSearchIndex>>();

/** The search index of a dataset, built once and shared by every view. */
export function searchIndexOf(dataset: Dataset) {
  let index = indexes.get(dataset);
  if (!index) {
    index = createSearchIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** Events indexed per step: well under a millisecond's work each. */
const INDEX_STEP = 50;

/** Builds the dataset's search index in idle moments after it is drawn, so the first search is quick and loading is not slowed. */
export function usePreparedSearchIndex(dataset: Dataset): void {
  useEffect(() => {
    const index = searchIndexOf(dataset);
    let cancelled = false;
    // Each idle period is used while it lasts; without requestIdleCallback, short timer slices.
    const idle: (cb: (deadline?: IdleDeadline) => void) => void =
      typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 1000 }) : (cb) => setTimeout(cb, 16);
    const step = (deadline?: IdleDeadline) => {
      if (cancelled) return;
      const until = performance.now() + Math.min(deadline && !deadline.didTimeout ? deadline.timeRemaining() : 8, 12);
      do {
        if (prepareSearchIndex(index, INDEX_STEP)) return;
      } while (performance.now() < until - 1);
      idle(step);
    };
    idle(step);
    return () => {
      cancelled = true;
    };
  }, [dataset]);
}

// The last answer per filter object (the store's, shared by every view), so the
// several views that ask for the same filter run it once.
const answers = new WeakMap<EventFilter, { readonly dataset: Dataset; readonly events: readonly TimelineEvent[] }>();

function filteredEvents(dataset: Dataset, filter: EventFilter): readonly TimelineEvent[] {
  // What filterEvents answers for no filter, without a search index: none is made in the first render.
  if (isFilterEmpty(filter)) return dataset.events;
  const known = answers.get(filter);
  if (known?.dataset === dataset) return known.events;
  const events = filterEvents(dataset, searchIndexOf(dataset), filter);
  answers.set(filter, { dataset, events });
  return events;
}

/** The dataset's events that pass the store's filters, in time order. */
export function useFilteredEvents(dataset: Dataset): readonly TimelineEvent[] {
  const filter = useAppStore(selectFilter);
  return useMemo(() => filteredEvents(dataset, filter), [dataset, filter]);
}
