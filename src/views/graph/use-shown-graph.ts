import { useCallback, useMemo } from 'react';
import type { ActorGraph } from '@/domain/graph/actor-graph';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { useShownEvents } from '@/components/use-shown-events';
import { useActorGraph } from '@/views/graph/use-actor-graph';

/** The part of the graph in view: of the filtered events, those in the time window, or the first N in "as of" mode. */
export interface ShownGraph {
  /** The graph of the events shown; the whole graph while they are all the dataset's events. */
  readonly graph: ActorGraph;
  /** Actors in at least one event shown. */
  readonly activeActors: ReadonlySet<string>;
  /** Events shown per actor. */
  readonly shownCounts: ReadonlyMap<string, number>;
  /** The time window leaves out some of the filtered events. */
  readonly windowCutsSome: boolean;
  /** No filter, window or "as of" step leaves anything out. */
  readonly nothingFiltered: boolean;
  /** Whether an actor's node is drawn at all: in "as of" mode only the actors met so far are. */
  readonly isShown: (id: string) => boolean;
}

/**
 * The graph of what the other views show: `filtered` events, cut to
 * `timeWindow` (ms since epoch UTC) or, at an "as of" step, to the first
 * `asOfStep` of them. `fullGraph` serves while nothing is left out, and
 * while the part's graph is being built.
 */
export function useShownGraph(
  dataset: Dataset,
  fullGraph: ActorGraph,
  filtered: readonly TimelineEvent[],
  timeWindow: readonly [number, number] | null,
  asOfStep: number | null,
): ShownGraph {
  const shownEvents = useShownEvents(filtered, timeWindow, asOfStep);
  const everything = shownEvents === dataset.events;
  const partGraph = useActorGraph(dataset.actors, everything ? null : shownEvents);
  const graph = everything ? fullGraph : (partGraph ?? fullGraph);
  const activeActors = useMemo(() => new Set(graph.nodes.filter((n) => n.eventCount > 0).map((n) => n.id)), [graph]);
  const shownCounts = useMemo(() => new Map(graph.nodes.map((g) => [g.id, g.eventCount])), [graph]);
  const windowCutsSome = shownEvents.length < filtered.length;
  const nothingFiltered = filtered === dataset.events && !windowCutsSome && asOfStep === null;
  const isShown = useCallback((id: string) => asOfStep === null || activeActors.has(id), [asOfStep, activeActors]);
  return { graph, activeActors, shownCounts, windowCutsSome, nothingFiltered, isShown };
}
