import { useEffect, useMemo } from 'react';
import { createSearchIndex, filterEvents, prepareSearchIndex } from '@/domain/event-filter';
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

/** Events indexed per idle slice: a few milliseconds of work each. */
const INDEX_SLICE = 1500;

/** Builds the dataset's search index in idle moments after it is drawn, so the first search is quick and loading is not slowed. */
export function usePreparedSearchIndex(dataset: Dataset): void {
  useEffect(() => {
    const index = searchIndexOf(dataset);
    let cancelled = false;
    const idle: (cb: () => void) => void =
      typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 500 }) : (cb) => setTimeout(cb, 16);
    const step = () => {
      if (cancelled) return;
      if (!prepareSearchIndex(index, INDEX_SLICE)) idle(step);
    };
    idle(step);
    return () => {
      cancelled = true;
    };
  }, [dataset]);
}

/** The dataset's events that pass the store's filters, in time order. */
export function useFilteredEvents(dataset: Dataset): readonly TimelineEvent[] {
  const filter = useAppStore(selectFilter);
  return useMemo(() => filterEvents(dataset, searchIndexOf(dataset), filter), [dataset, filter]);
}
