/** Building the actor graph a few milliseconds at a time, so 100,000 events never make one long task. */
import type { Actor, TimelineEvent } from '@/domain/dataset/model';
import { actorGraphSteps, type ActorGraph, type ActorGraphOptions } from '@/domain/graph/actor-graph';

/** How `buildActorGraphInSlices` waits between slices (a zero-delay timer in a page). */
export type NextTask = (run: () => void) => () => void;

/**
 * Builds the actor graph in slices of about `sliceMs`, one task each, and
 * hands it to `done`; returns a function that stops building. Same result
 * as `createActorGraph`, without one long task for 100,000 events.
 */
export function buildActorGraphInSlices(
  actors: readonly Actor[],
  events: readonly TimelineEvent[],
  done: (graph: ActorGraph) => void,
  next: NextTask,
  {
    sliceMs = 5,
    now = () => performance.now(),
    options = {},
  }: { sliceMs?: number; now?: () => number; options?: ActorGraphOptions } = {},
): () => void {
  const steps = actorGraphSteps(actors, events, options);
  let stopped = false;
  let cancelNext: (() => void) | null = null;
  const slice = (): void => {
    cancelNext = null;
    if (stopped) return;
    const until = now() + sliceMs;
    do {
      const step = steps.next();
      if (step.done) {
        done(step.value);
        return;
      }
    } while (now() < until);
    cancelNext = next(slice);
  };
  slice();
  return () => {
    stopped = true;
    cancelNext?.();
  };
}
