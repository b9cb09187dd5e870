/**
 * Filtering a dataset's events by actors, types, quad classes, a time window
 * and a text query. Facets combine with AND, the values of one facet with OR.
 * The query is answered by the dataset's `SearchIndex` (search-index.ts).
 */
import type { Dataset, EventType, QuadClass, TimelineEvent } from '@/domain/dataset/model';
import { searchTerms } from '@/domain/search/search-text';
import { matchingPositions, type SearchIndex } from '@/domain/search/search-index';

/** What the person has chosen to see; an empty facet does not filter. */
export interface EventFilter {
  /** Keep events in which ANY of these actors acts or is a recipient. */
  readonly actorIds: readonly string[];
  /** Keep events whose type is ANY of these. */
  readonly types: readonly EventType[];
  /** Keep events whose quad class is ANY of these. */
  readonly quads: readonly QuadClass[];
  /** Keep events whose date overlaps this window: [from, to] in ms since epoch UTC, both inclusive; ends may be ±Infinity. */
  readonly dateRange: readonly [number, number] | null;
  /** Keep events whose search text contains every term of this query (see `searchTerms`). */
  readonly query: string;
}

/** The filter that keeps every event. */
export const EMPTY_FILTER: EventFilter = Object.freeze({
  actorIds: Object.freeze([]),
  types: Object.freeze([]),
  quads: Object.freeze([]),
  dateRange: null,
  query: '',
});

/** True when `filter` keeps every event: no facet value, no time window, and a query with no terms. */
export function isFilterEmpty(filter: EventFilter): boolean {
  return (
    filter.actorIds.length === 0 &&
    filter.types.length === 0 &&
    filter.quads.length === 0 &&
    filter.dateRange === null &&
    searchTerms(filter.query).length === 0
  );
}

/** A filter turned into Sets and bounds, each facet null when it does not filter. */
export interface CompiledFilter {
  readonly actors: ReadonlySet<string> | null;
  readonly types: ReadonlySet<EventType> | null;
  readonly quads: ReadonlySet<QuadClass> | null;
  readonly from: number;
  readonly to: number;
  /** Positions of the events the query keeps; null when the query has no terms. */
  readonly matches: Uint32Array | null;
}

function setOrNull<T>(values: readonly T[]): ReadonlySet<T> | null {
  return values.length === 0 ? null : new Set(values);
}

/** `filter` made ready to test events with: sets, ordered bounds, and the positions its query keeps. */
export function compileFilter(dataset: Dataset, index: SearchIndex, filter: EventFilter): CompiledFilter {
  const terms = searchTerms(filter.query);
  // A window dragged right to left arrives reversed, and an unreadable end is
  // better read as open than as a window that hides everything.
  const [a, b] = filter.dateRange ?? [-Infinity, Infinity];
  const start = Number.isNaN(a) ? -Infinity : a;
  const end = Number.isNaN(b) ? Infinity : b;
  return {
    actors: setOrNull(filter.actorIds),
    types: setOrNull(filter.types),
    quads: setOrNull(filter.quads),
    from: Math.min(start, end),
    to: Math.max(start, end),
    matches: terms.length === 0 ? null : matchingPositions(dataset, index, terms),
  };
}

function involvesAny(event: TimelineEvent, actors: ReadonlySet<string>): boolean {
  return event.actors.some((id) => actors.has(id)) || event.recipients.some((id) => actors.has(id));
}

// The facets other than the query, which `compileFilter` has already applied as a
// list of positions; each is true when `event` passes it.
export function keepsByActors(event: TimelineEvent, f: CompiledFilter): boolean {
  return f.actors === null || involvesAny(event, f.actors);
}
export function keepsByType(event: TimelineEvent, f: CompiledFilter): boolean {
  return f.types === null || f.types.has(event.type);
}
export function keepsByQuad(event: TimelineEvent, f: CompiledFilter): boolean {
  return f.quads === null || f.quads.has(event.quad);
}
export function keepsByDate(event: TimelineEvent, f: CompiledFilter): boolean {
  return event.date.earliest <= f.to && event.date.latest >= f.from;
}

/**
 * The events of `dataset` that `filter` keeps, in dataset order; the
 * dataset's own `events` array (same reference) whenever it keeps them all.
 */
export function filterEvents(dataset: Dataset, index: SearchIndex, filter: EventFilter): readonly TimelineEvent[] {
  const { events } = dataset;
  if (isFilterEmpty(filter)) return events;
  const f = compileFilter(dataset, index, filter);
  const kept: TimelineEvent[] = [];
  const keep = (event: TimelineEvent | undefined): void => {
    if (event && keepsByActors(event, f) && keepsByType(event, f) && keepsByQuad(event, f) && keepsByDate(event, f))
      kept.push(event);
  };
  if (f.matches === null) for (const event of events) keep(event);
  else for (const position of f.matches) keep(events[position]);
  return kept.length === events.length ? events : kept;
}
