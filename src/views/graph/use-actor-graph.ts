import { useEffect, useMemo, useState } from 'react';
import { createActorGraph, type ActorGraph } from '@/domain/graph/actor-graph';
import { buildActorGraphInSlices } from '@/domain/graph/graph-in-slices';
import type { Actor, TimelineEvent } from '@/domain/dataset/model';
import { GRAPH_AT_ONCE_MAX_EVENTS } from '@/data/dataset-actor-graph';
import { nextQuietTask } from '@/components/when-quiet';

/**
 * The actor graph of `events` (null: none wanted), for a part of a dataset
 * (a filter's answer in the time window; the whole dataset's graph is its
 * model's, see `useFullActorGraph`). Small inputs are built at
 * once; large ones in slices of a few ms, so 100,000 events never hold the
 * page in one task: until the first is ready the answer is null, and while a
 * later one builds, the last one built stays.
 */
export function useActorGraph(actors: readonly Actor[], events: readonly TimelineEvent[] | null): ActorGraph | null {
  const atOnce = events !== null && events.length <= GRAPH_AT_ONCE_MAX_EVENTS;
  const immediate = useMemo(
    () => (events !== null && atOnce ? createActorGraph(actors, events) : null),
    [actors, events, atOnce],
  );
  const [built, setBuilt] = useState<{ readonly actors: readonly Actor[]; readonly graph: ActorGraph } | null>(null);
  useEffect(() => {
    if (events === null || atOnce) return;
    return buildActorGraphInSlices(actors, events, (graph) => setBuilt({ actors, graph }), nextQuietTask);
  }, [actors, events, atOnce]);
  if (events === null) return null;
  return immediate ?? (built?.actors === actors ? built.graph : null);
}
