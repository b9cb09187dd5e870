import { useMemo } from 'react';
import { createSearchIndex, filterEvents } from '@/domain/event-filter';
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

/** The dataset's events that pass the store's filters, in time order. */
export function useFilteredEvents(dataset: Dataset): readonly TimelineEvent[] {
  const filter = useAppStore(selectFilter);
  return useMemo(() => filterEvents(dataset, searchIndexOf(dataset), filter), [dataset, filter]);
}
