import { useEffect, useMemo } from 'react';
import { prepareSearchIndex } from '@/domain/search/search-index';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { datasetModel } from '@/data/dataset-model';
import { nextTask } from '@/components/when-quiet';
import { selectFilter } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

/** Events indexed per step: well under a millisecond's work each. */
const INDEX_STEP = 50;
/** How long one task of index building runs at most, ms: short enough that a key press or a frame never waits long behind it. */
const INDEX_SLICE_MS = 8;

/**
 * Builds the dataset's search index ahead of the first search, so it is quick,
 * without slowing loading or drawing: in the page's idle periods, in tasks of a
 * few ms. An idle period lasts until the next frame is due, so building goes
 * on between the frames of a gesture without delaying them; when nothing is
 * drawing it lasts up to 50 ms, used up task after task. (One task per idle
 * callback left a 100,000-event index unfinished ~8 s after loading.)
 */
export function usePreparedSearchIndex(dataset: Dataset): void {
  useEffect(() => {
    const index = datasetModel(dataset).searchIndex;
    let cancelNext = () => {};
    const slice = (remaining: () => number) => {
      const until = performance.now() + Math.min(INDEX_SLICE_MS, remaining());
      do {
        if (prepareSearchIndex(index, INDEX_STEP)) return;
      } while (performance.now() < until);
      // More of this idle period left: on in a task of its own (an input event may come first); else, in the next idle period.
      cancelNext = remaining() > 2 ? nextTask(() => slice(remaining)) : inIdle();
    };
    const inIdle = () => {
      if (typeof requestIdleCallback !== 'function') return nextTask(() => slice(() => INDEX_SLICE_MS));
      const id = requestIdleCallback((deadline) => slice(() => deadline.timeRemaining()), { timeout: 1000 });
      return () => cancelIdleCallback(id);
    };
    cancelNext = inIdle();
    return () => cancelNext();
  }, [dataset]);
}

/** The dataset's events that pass the store's filters, in time order (the dataset's model keeps the answers). */
export function useFilteredEvents(dataset: Dataset): readonly TimelineEvent[] {
  const filter = useAppStore(selectFilter);
  return useMemo(() => datasetModel(dataset).filtered(filter), [dataset, filter]);
}
