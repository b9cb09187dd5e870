import { useEffect, useMemo, useState } from 'react';
import { buildActorGraphInSlices, createActorGraph, type ActorGraph, type NextTask } from '@/domain/actor-graph';
import type { Actor, TimelineEvent } from '@/domain/model';
import { whenQuiet } from '@/components/when-quiet';

/** Up to this many events the graph is built at once (a few ms); beyond, in slices between other work. */
const AT_ONCE_MAX_EVENTS = 10_000;

// A task queued behind whatever the page has to do, without a timer's minimum
// delay, and held back while a gesture or typing goes on.
const nextTask: NextTask = (run) => {
  let live = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) run();
  };
  const cancelWait = whenQuiet(() => channel.port2.postMessage(null));
  return () => {
    live = false;
    cancelWait();
    channel.port1.close();
  };
};

// Whole-dataset graphs built while the dataset was being checked, by events array.
const prepared = new WeakMap<readonly TimelineEvent[], { readonly actors: readonly Actor[]; readonly graph: ActorGraph }>();

/**
 * The actor graph of `events` (null: none wanted). Small inputs are built at
 * once; large ones in slices of a few ms, so 100,000 events never hold the
 * page in one task: until the first is ready the answer is null, and while a
 * later one builds, the last one built stays.
 */
export function useActorGraph(actors: readonly Actor[], events: readonly TimelineEvent[] | null): ActorGraph | null {
  const ready = events === null ? null : prepared.get(events);
  const atOnce = events !== null && (events.length <= AT_ONCE_MAX_EVENTS || ready?.actors === actors);
  const immediate = useMemo(
    () => (events !== null && atOnce ? (ready?.actors === actors ? ready.graph : createActorGraph(actors, events)) : null),
    [actors, events, atOnce, ready],
  );
  const [built, setBuilt] = useState<{ readonly actors: readonly Actor[]; readonly graph: ActorGraph } | null>(null);
  useEffect(() => {
    if (events === null || atOnce) return;
    return buildActorGraphInSlices(actors, events, (graph) => setBuilt({ actors, graph }), nextTask);
  }, [actors, events, atOnce]);
  if (events === null) return null;
  return immediate ?? (built?.actors === actors ? built.graph : null);
}
