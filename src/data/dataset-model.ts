/**
 * What is worked out from a dataset, in one place with the dataset's
 * lifetime: its search index, the answers to filters, the padded time range,
 * the runs of events to jump to, and the actor graph. A `DatasetModel` is
 * made once per dataset (`datasetModel`), kept as long as the dataset is
 * (a WeakMap keyed by it: it goes when the dataset goes), and computes each
 * value the first time it is asked for; the loader asks for some ahead
 * (`prepareModel`). Views read it; none keeps a copy of its own.
 *
 * Values derived from a list of events (the dataset's, or a filter's answer)
 * are kept per list: coming back to all events after a search reuses what
 * was worked out for them instead of going over 100,000 events again.
 */
import type { Dataset, QuadClass, TimelineEvent } from '@/domain/dataset/model';
import { createActorGraph, type ActorGraph } from '@/domain/graph/actor-graph';
import { buildActorGraphInSlices, type NextTask } from '@/domain/graph/graph-in-slices';
import { filterEvents, isFilterEmpty, type EventFilter } from '@/domain/search/event-filter';
import { createSearchIndex, type SearchIndex } from '@/domain/search/search-index';
import { findClusters, type TimeCluster } from '@/domain/timeline/clusters';
import { paddedDomain } from '@/domain/timeline/padded-domain';

/** Up to this many events the actor graph is built at once (a few ms); beyond, in slices between other work. */
export const GRAPH_AT_ONCE_MAX_EVENTS = 10_000;

/** `derive` kept per events array. */
function perEvents<T>(derive: (events: readonly TimelineEvent[]) => T): (events: readonly TimelineEvent[]) => T {
  const cache = new WeakMap<readonly TimelineEvent[], T>();
  return (events) => {
    if (cache.has(events)) return cache.get(events) as T;
    const value = derive(events);
    cache.set(events, value);
    return value;
  };
}

/** Everything worked out from one dataset; see the module's comment. */
export class DatasetModel {
  private index: SearchIndex | null = null;
  // The answer per filter object (the store's, shared by every view), so the views that ask for the same filter run it once.
  private readonly answers = new WeakMap<EventFilter, readonly TimelineEvent[]>();
  private domain: readonly [number, number] | null = null;
  private graph: ActorGraph | null = null;
  private readonly graphListeners = new Set<() => void>();
  private buildingGraph = false;

  constructor(readonly dataset: Dataset) {}

  /** The search index: made at once, filled in by `prepareSearchIndex` a few events at a time (events not indexed yet are read). */
  get searchIndex(): SearchIndex {
    this.index ??= createSearchIndex(this.dataset);
    return this.index;
  }

  /** The events that pass `filter`, in time order: the dataset's own array for no filter, and the same array each time for the same filter object. */
  filtered(filter: EventFilter): readonly TimelineEvent[] {
    // What filterEvents answers for no filter, without a search index: none is made for the first drawing.
    if (isFilterEmpty(filter)) return this.dataset.events;
    let events = this.answers.get(filter);
    if (!events) {
      events = filterEvents(this.dataset, this.searchIndex, filter);
      this.answers.set(filter, events);
    }
    return events;
  }

  /** The time range the timeline draws, ms since epoch UTC: every event with a margin (see `paddedDomain`). */
  get paddedDomain(): readonly [number, number] {
    this.domain ??= paddedDomain(this.dataset.events);
    return this.domain;
  }

  /** The busy stretches of `events` (sorted by earliest), to jump to. */
  readonly clusters: (events: readonly TimelineEvent[]) => readonly TimeCluster[] = perEvents((events) =>
    findClusters(events),
  );

  /** The quad classes present among `events`. */
  readonly quads: (events: readonly TimelineEvent[]) => ReadonlySet<QuadClass> = perEvents(
    (events) => new Set(events.map((e) => e.quad)),
  );

  /** Each event's position in `events`, by id. */
  readonly indexById: (events: readonly TimelineEvent[]) => ReadonlyMap<string, number> = perEvents(
    (events) => new Map(events.map((e, i) => [e.id, i])),
  );

  /**
   * The actor graph of all the dataset's events, or null while it is not
   * built yet: up to `GRAPH_AT_ONCE_MAX_EVENTS` it is built here, at once;
   * beyond, `whenActorGraph` builds it in slices.
   */
  get actorGraph(): ActorGraph | null {
    if (!this.graph && this.dataset.events.length <= GRAPH_AT_ONCE_MAX_EVENTS)
      this.graph = createActorGraph(this.dataset.actors, this.dataset.events);
    return this.graph;
  }

  /**
   * Starts building a large dataset's actor graph in slices (once), with
   * `next` waiting between them, and tells `listener` when it is ready;
   * returns the unsubscribe. The building goes on for the next listener.
   */
  whenActorGraph(next: NextTask, listener: () => void): () => void {
    this.graphListeners.add(listener);
    if (!this.actorGraph && !this.buildingGraph) {
      this.buildingGraph = true;
      buildActorGraphInSlices(
        this.dataset.actors,
        this.dataset.events,
        (graph) => {
          this.graph = graph;
          for (const told of this.graphListeners) told();
        },
        next,
      );
    }
    return () => this.graphListeners.delete(listener);
  }
}

const models = new WeakMap<Dataset, DatasetModel>();

/** The one model of `dataset`, made on first use. */
export function datasetModel(dataset: Dataset): DatasetModel {
  let model = models.get(dataset);
  if (!model) {
    model = new DatasetModel(dataset);
    models.set(dataset, model);
  }
  return model;
}

/** Works out ahead what the first drawing of `dataset` reads, while the page would otherwise wait (a worker still checking it). */
export function prepareModel(dataset: Dataset): void {
  const model = datasetModel(dataset);
  void model.paddedDomain;
  model.clusters(dataset.events);
  model.quads(dataset.events);
}
