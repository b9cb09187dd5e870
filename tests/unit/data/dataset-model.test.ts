import { describe, expect, it } from 'vitest';
import { fullActorGraph, GRAPH_AT_ONCE_MAX_EVENTS, whenActorGraph } from '@/data/dataset-actor-graph';
import { datasetModel, prepareModel } from '@/data/dataset-model';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { createActorGraph } from '@/domain/graph/actor-graph';
import { EMPTY_FILTER, filterEvents } from '@/domain/search/event-filter';
import { createSearchIndex } from '@/domain/search/search-index';
import { findClusters } from '@/domain/timeline/clusters';
import { paddedDomain } from '@/domain/timeline/padded-domain';
import { small } from '../domain/search/search-fixtures';

/** A dataset of `count` copies of `small`'s first event, with ids of their own. */
function copies(count: number): Dataset {
  const first = small.events[0] as TimelineEvent;
  return { ...small, events: Array.from({ length: count }, (_, i) => ({ ...first, id: `e-${i}` })) };
}

describe('datasetModel', () => {
  it('is one model per dataset, made on first use', () => {
    const other = { ...small };
    expect(datasetModel(small)).toBe(datasetModel(small));
    expect(datasetModel(other)).not.toBe(datasetModel(small));
  });

  it('answers no filter with the dataset’s own events, and a filter with the same array each time', () => {
    const model = datasetModel(small);
    expect(model.filtered(EMPTY_FILTER)).toBe(small.events);
    const filter = { ...EMPTY_FILTER, query: 'nuklir' };
    const answer = model.filtered(filter);
    expect(answer).toEqual(filterEvents(small, createSearchIndex(small), filter));
    expect(model.filtered(filter)).toBe(answer);
    expect(model.filtered({ ...filter })).not.toBe(answer);
  });

  it('works out each derived value once, as the domain functions do', () => {
    const model = datasetModel(small);
    expect(model.paddedDomain).toEqual(paddedDomain(small.events));
    expect(model.paddedDomain).toBe(model.paddedDomain);
    expect(model.clusters(small.events)).toEqual(findClusters(small.events));
    expect(model.clusters(small.events)).toBe(model.clusters(small.events));
    expect([...model.quads(small.events)].sort()).toEqual([...new Set(small.events.map((e) => e.quad))].sort());
    expect(model.indexById(small.events).get(small.events[1]?.id ?? '')).toBe(1);
    expect(model.searchIndex).toBe(model.searchIndex);
  });

  it('prepares what the first drawing reads ahead, so the views find it done', () => {
    const dataset = copies(3);
    prepareModel(dataset);
    const model = datasetModel(dataset);
    expect(model.paddedDomain).toEqual(paddedDomain(dataset.events));
    expect(model.clusters(dataset.events)).toEqual(findClusters(dataset.events));
  });

  it('builds a small dataset’s actor graph at once, and the same graph for every view', () => {
    expect(fullActorGraph(small)).toEqual(createActorGraph(small.actors, small.events));
    expect(fullActorGraph(small)).toBe(fullActorGraph(small));
  });

  it('builds a large dataset’s actor graph in slices, once, and tells every listener', () => {
    const dataset = copies(GRAPH_AT_ONCE_MAX_EVENTS + 1);
    expect(fullActorGraph(dataset)).toBeNull();
    const queued: (() => void)[] = [];
    const next = (run: () => void) => {
      queued.push(run);
      return () => undefined;
    };
    const told: string[] = [];
    whenActorGraph(dataset, next, () => told.push('a'));
    whenActorGraph(dataset, next, () => told.push('b'));
    while (queued.length > 0) queued.shift()?.();
    expect(told).toEqual(['a', 'b']);
    expect(fullActorGraph(dataset)).toEqual(createActorGraph(dataset.actors, dataset.events));
  });
});
