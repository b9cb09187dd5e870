/**
 * What is worked out from a dataset, in one place with the dataset's
 * lifetime: its search index, the answers to filters, the padded time range,
 * the runs of events to jump to (the actor graph, which only the graph view
 * reads, is kept alike in dataset-actor-graph.ts). A `DatasetModel` is
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
import { filterEvents, isFilterEmpty, type EventFilter } from '@/domain/search/event-filter';
import { createSearchIndex, type SearchIndex } from '@/domain/search/search-index';
import { findClusters, type TimeCluster } from '@/domain/timeline/clusters';
import { paddedDomain } from '@/domain/timeline/padded-domain';

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
