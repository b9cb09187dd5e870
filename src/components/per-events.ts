import type { TimelineEvent } from '@/domain/dataset/model';

/**
 * `derive` memoised per events array (the dataset's own, or a filter's
 * answer): coming back to all events after a search reuses what was worked
 * out for them instead of going over 100,000 events again.
 */
export function perEvents<T>(derive: (events: readonly TimelineEvent[]) => T): (events: readonly TimelineEvent[]) => T {
  const cache = new WeakMap<readonly TimelineEvent[], T>();
  return (events) => {
    if (cache.has(events)) return cache.get(events) as T;
    const value = derive(events);
    cache.set(events, value);
    return value;
  };
}
