import { useEffect, useMemo, useState } from 'react';
import { createActorGraph, type ActorGraph } from '@/domain/graph/actor-graph';
import { buildActorGraphInSlices } from '@/domain/graph/graph-in-slices';
import type { Actor, TimelineEvent } from '@/domain/dataset/model';
import { nextQuietTask } from '@/components/when-quiet';

/** Up to this many events the graph is built at once (a few ms); beyond, in slices between other work. */
const AT_ONCE_MAX_EVENTS = 10_000;

/**
 * The actor graph of `events` (null: none wanted). Small inputs are built at
 * once; large ones in slices of a few ms, so 100,000 events never hold the
 * page in one task: until the first is ready the answer is null, and while a
 * later one builds, the last one built stays.
 */
export function useActorGraph(actors: readonly Actor[], events: readonly TimelineEvent[] | null): ActorGraph | null {
  const atOnce = events !== null && events.length <= AT_ONCE_MAX_EVENTS;
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
