/**
 * Counts for the filter bar's chips: for each value of each facet, how many
 * events the filter would keep with that value chosen, in one pass.
 */
import type { Dataset, EventType, QuadClass, TimelineEvent } from '@/domain/dataset/model';
import { EVENT_TYPES, QUAD_CLASSES } from '@/domain/dataset/model';
import { ActorTally } from '@/domain/graph/actor-tally';
import {
  compileFilter,
  isFilterEmpty,
  keepsByActors,
  keepsByDate,
  keepsByQuad,
  keepsByType,
  type EventFilter,
} from '@/domain/search/event-filter';
import type { SearchIndex } from '@/domain/search/search-index';

/** For each value of each facet, how many events the filter would keep if that value alone were chosen in its facet, the rest of the filter unchanged. */
export interface FacetCounts {
  /** By actor id: events involving that actor; every actor of the dataset is present. */
  readonly actors: ReadonlyMap<string, number>;
  /** By event type; every type is present. */
  readonly types: ReadonlyMap<EventType, number>;
  /** By quad class; every class is present. */
  readonly quads: ReadonlyMap<QuadClass, number>;
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Counts for the facet chips (see `FacetCounts`), in one pass over the events:
 * with no other facet active, a value's count is the events it matches on its own.
 */
export function countByFacet(dataset: Dataset, index: SearchIndex, filter: EventFilter): FacetCounts {
  // The counts with no filter are asked for on every return to the whole dataset: keep them.
  const empty = isFilterEmpty(filter);
  if (empty) {
    const cached = emptyCounts.get(dataset.events);
    if (cached) return cached;
  }
  const slots = actorSlotsOf(dataset);
  const tally = new ActorTally(slots);
  const types = new Map<EventType, number>(EVENT_TYPES.map((type) => [type, 0]));
  const quads = new Map<QuadClass, number>(QUAD_CLASSES.map((quad) => [quad, 0]));
  const f = compileFilter(dataset, index, filter);
  const countEvent = (event: TimelineEvent | undefined, position: number): void => {
    // Date and query apply to every count; of the three chip facets, an event
    // counts for a facet's values when it passes the other two.
    if (!event || !keepsByDate(event, f)) return;
    const byActors = keepsByActors(event, f);
    const byType = keepsByType(event, f);
    const byQuad = keepsByQuad(event, f);
    if (byType && byQuad) {
      tally.add(event.actors, position);
      tally.add(event.recipients, position);
    }
    if (byActors && byQuad) increment(types, event.type);
    if (byActors && byType) increment(quads, event.quad);
  };
  const { events } = dataset;
  if (f.matches === null) for (let i = 0; i < events.length; i++) countEvent(events[i], i);
  else for (const position of f.matches) countEvent(events[position], position);
  const actors = new Map<string, number>();
  for (const [id, slot] of slots) actors.set(id, tally.counts[slot] ?? 0);
  const counts = { actors, types, quads };
  if (empty) emptyCounts.set(dataset.events, counts);
  return counts;
}

// Each actor id's place in the counting arrays, in the dataset's order, by dataset.
const actorSlots = new WeakMap<Dataset, ReadonlyMap<string, number>>();

function actorSlotsOf(dataset: Dataset): ReadonlyMap<string, number> {
  let slots = actorSlots.get(dataset);
  if (!slots) {
    const made = new Map<string, number>();
    for (const actor of dataset.actors) if (!made.has(actor.id)) made.set(actor.id, made.size);
    slots = made;
    actorSlots.set(dataset, slots);
  }
  return slots;
}

// Counts for the empty filter, by the dataset's events array.
const emptyCounts = new WeakMap<readonly TimelineEvent[], FacetCounts>();
