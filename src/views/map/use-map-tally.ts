import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { tallyMap, tallyMapInSlices, type MapTally } from '@/domain/places/place-tally';
import { nextQuietTask } from '@/components/when-quiet';

/** Up to this many events the map's counts are made at once (a few ms); beyond, in slices between other work. */
const AT_ONCE_MAX_EVENTS = 10_000;

/** Nothing counted yet. */
export const EMPTY_TALLY: MapTally = {
  places: new Map(),
  countries: new Map(),
  relations: [],
  maxPlaceCount: 0,
  maxCountryCount: 0,
};

// Per dataset, the counts of each events array already made: coming back to all events after a filter counts nothing again.
const made = new WeakMap<Dataset, WeakMap<readonly TimelineEvent[], MapTally>>();
function madeFor(dataset: Dataset): WeakMap<readonly TimelineEvent[], MapTally> {
  let tallies = made.get(dataset);
  if (!tallies) made.set(dataset, (tallies = new WeakMap()));
  return tallies;
}

/**
 * The map's counts of `events`: at once for a few thousand, in slices of a
 * few ms for more, so 100,000 events never hold the page in one task. While
 * new counts are made the last ones stay; before the first, nothing is counted.
 */
export function useMapTally(dataset: Dataset, events: readonly TimelineEvent[]): MapTally {
  const immediate = useMemo(() => {
    const tallies = madeFor(dataset);
    const known = tallies.get(events);
    if (known || events.length > AT_ONCE_MAX_EVENTS) return known ?? null;
    const tally = tallyMap(dataset, events);
    tallies.set(events, tally);
    return tally;
  }, [dataset, events]);
  const [sliced, setSliced] = useState<{ readonly events: readonly TimelineEvent[]; readonly tally: MapTally } | null>(
    null,
  );
  useEffect(() => {
    if (immediate) return;
    return tallyMapInSlices(
      dataset,
      events,
      (tally) => {
        madeFor(dataset).set(events, tally);
        setSliced({ events, tally });
      },
      nextQuietTask,
    );
  }, [dataset, events, immediate]);
  const current = immediate ?? (sliced?.events === events ? sliced.tally : null);
  const last = useRef<{ readonly dataset: Dataset; readonly tally: MapTally } | null>(null);
  if (current) last.current = { dataset, tally: current };
  return current ?? (last.current?.dataset === dataset ? last.current.tally : EMPTY_TALLY);
}
