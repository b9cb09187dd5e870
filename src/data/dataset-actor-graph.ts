/**
 * The actor graph of a dataset's events, made once per dataset and kept as
 * long as the dataset is (a WeakMap keyed by it), like the rest of its model
 * (dataset-model.ts); apart from it because only the graph view reads it, so
 * its code is fetched with that view and not with the first drawing.
 */
import type { Dataset } from '@/domain/dataset/model';
import { createActorGraph, type ActorGraph } from '@/domain/graph/actor-graph';
import { buildActorGraphInSlices, type NextTask } from '@/domain/graph/graph-in-slices';

/** Up to this many events the actor graph is built at once (a few ms); beyond, in slices between other work. */
export const GRAPH_AT_ONCE_MAX_EVENTS = 10_000;

interface GraphState {
  graph: ActorGraph | null;
  readonly listeners: Set<() => void>;
  building: boolean;
}

const states = new WeakMap<Dataset, GraphState>();

function stateOf(dataset: Dataset): GraphState {
  let state = states.get(dataset);
  if (!state) {
    state = { graph: null, listeners: new Set(), building: false };
    states.set(dataset, state);
  }
  return state;
}

/**
 * The actor graph of all of `dataset`'s events, or null while it is not
 * built yet: up to `GRAPH_AT_ONCE_MAX_EVENTS` it is built here, at once;
 * beyond, `whenActorGraph` builds it in slices.
 */
export function fullActorGraph(dataset: Dataset): ActorGraph | null {
  const state = stateOf(dataset);
  if (!state.graph && dataset.events.length <= GRAPH_AT_ONCE_MAX_EVENTS)
    state.graph = createActorGraph(dataset.actors, dataset.events);
  return state.graph;
}

/**
 * Starts building a large dataset's actor graph in slices (once), with
 * `next` waiting before and between them, and tells `listener` when it is ready;
 * returns the unsubscribe. The building goes on for the next listener.
 */
export function whenActorGraph(dataset: Dataset, next: NextTask, listener: () => void): () => void {
  const state = stateOf(dataset);
  state.listeners.add(listener);
  if (!fullActorGraph(dataset) && !state.building) {
    state.building = true;
    // The first slice waits for `next` too: every view that asks in the same render hears when it is done,
    // however fast the slices run.
    next(() =>
      buildActorGraphInSlices(
        dataset.actors,
        dataset.events,
        (graph) => {
          state.graph = graph;
          for (const told of state.listeners) told();
        },
        next,
      ),
    );
  }
  return () => state.listeners.delete(listener);
}
