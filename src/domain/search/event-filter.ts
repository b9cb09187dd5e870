/**
 * Filtering a dataset's events by actors, types, quad classes, a time window
 * and a text query. Facets combine with AND, the values of one facet with OR.
 * The text of every event, in every language, is normalized once into a
 * `SearchIndex`, with an index of its words, so a keystroke costs a look
 * through the distinct words and the events they occur in, and never depends
 * on the interface language.
 */
import type { Actor, Dataset, EventType, QuadClass, TimelineEvent } from '@/domain/dataset/model';
import { EVENT_TYPES, QUAD_CLASSES } from '@/domain/dataset/model';
import { ActorTally } from '@/domain/graph/actor-tally';
import { normalizeSearchText, searchTerms } from '@/domain/search/search-text';
import { piecesHolding, WordIndex, wordsOf } from '@/domain/search/word-index';

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

/** The normalized search text of a dataset's events, built once per dataset by `createSearchIndex`; otherwise opaque. */
export interface SearchIndex {
  /** The events indexed, in dataset order: the dataset's own `events` array. */
  readonly events: readonly TimelineEvent[];
}

// Normalized pieces of text never hold a newline (whitespace is collapsed) and
// neither do search terms, so a phrase can never match across two pieces.
const PIECE_SEPARATOR = '\n';
// Between two events' texts in the haystack; no normalized text or term holds it.
const EVENT_SEPARATOR = '\u0001';
// Above this many occurrences per event of a query's rarest piece, reading
// the haystack (where the first hit in an event settles it) is quicker than
// going through the index's lists.
const SCAN_COST = 4;
// Events whose texts are joined into one block of the haystack at a time.
const BLOCK = 2000;

/** Positions (indices into `events`) of the events whose text holds every term, ascending. */
type Matches = Uint32Array;

class Index implements SearchIndex {
  readonly events: readonly TimelineEvent[];
  private readonly actors: readonly Actor[];
  private readonly names = new Map<string, string>();
  // Built piece by piece: opening a large dataset should not wait for its search text.
  // Texts are joined a block at a time, so no single step of the building is long.
  private built = 0;
  // Where each event's text starts, counted through all blocks, and where the last ends.
  private readonly starts: Uint32Array;
  private offset = 0;
  // The haystack: the texts of `BLOCK` events at a time joined into one string, with where it starts.
  // A search is then a few `indexOf` calls per block instead of a test of every event's
  // text, and no step of building joins the texts of all events at once.
  private readonly blocks: { readonly text: string; readonly base: number }[] = [];
  private pending: string[] = [];
  private pendingBase = 0;
  // True once every event's text is in a block (see `blocks`).
  private complete = false;
  // Which events hold which words: a query's events are found through it, then checked against their text.
  private readonly words = new WordIndex();
  // The last query answered: typing usually extends it, so the next answer is
  // found among its matches instead of among all events.
  private last: { readonly terms: readonly string[]; readonly matches: Matches } | null = null;

  constructor(dataset: Dataset) {
    this.events = dataset.events;
    this.actors = dataset.actors;
    this.starts = new Uint32Array(dataset.events.length + 1);
  }

  /** Indexes up to `count` more events; true once every event is indexed. */
  buildSome(count: number): boolean {
    if (this.complete) return true;
    // The actors' names, with the first step: making an index costs nothing until it is built.
    if (this.built === 0 && this.names.size === 0) {
      for (const actor of this.actors) {
        if (!this.names.has(actor.id)) this.names.set(actor.id, normalizedPieces(Object.values(actor.name)));
      }
    }
    const end = Math.min(this.events.length, this.built + count);
    for (let i = this.built; i < end; i++) {
      const event = this.events[i] as TimelineEvent;
      const pieces = [event.title, event.summary, event.dateText].flatMap((text) => (text ? Object.values(text) : []));
      for (const evidence of event.evidence) pieces.push(evidence.quote);
      const own = normalizedPieces(pieces);
      const people = [...new Set([...event.actors, ...event.recipients])].map((id) => this.names.get(id) ?? '');
      const joined = [own, ...people].filter((piece) => piece !== '').join(PIECE_SEPARATOR);
      const text = joined.includes(EVENT_SEPARATOR) ? joined.replaceAll(EVENT_SEPARATOR, ' ') : joined;
      this.starts[i] = this.offset;
      this.offset += text.length + EVENT_SEPARATOR.length;
      this.pending.push(text);
      if (this.pending.length >= BLOCK) this.closeBlock();
    }
    this.built = end;
    return this.built === this.events.length;
  }

  private closeBlock(): void {
    if (this.pending.length > 0)
      this.blocks.push({ text: this.pending.join(EVENT_SEPARATOR) + EVENT_SEPARATOR, base: this.pendingBase });
    this.pending = [];
    this.pendingBase = this.offset;
  }

  /**
   * One step of building ahead of the first search: the text of up to
   * `count` events, or then the words of up to `count` events' texts; true
   * when done. The words come last, in event order: a search reads the texts
   * of the events whose words are not indexed yet, as quick as ever.
   */
  prepare(count: number): boolean {
    if (!this.complete && this.built < this.events.length) {
      this.buildSome(count);
      return false;
    }
    this.completeHaystack();
    const end = Math.min(this.events.length, this.words.count + count);
    for (let i = this.words.count; i < end; i++) this.words.add(i, this.textOf(i));
    return this.words.count === this.events.length;
  }

  /** Builds every event's text not built yet. */
  private completeHaystack(): void {
    if (this.complete) return;
    this.buildSome(Infinity);
    this.closeBlock();
    this.starts[this.events.length] = this.offset;
    this.complete = true;
  }

  /** The text of the event at `position`. */
  private textOf(position: number): string {
    this.completeHaystack();
    const { text, base } = this.blocks[Math.floor(position / BLOCK)] as { text: string; base: number };
    return text.slice((this.starts[position] ?? 0) - base, (this.starts[position + 1] ?? 1) - base - 1);
  }

  /** Positions from `from` on of the events whose text holds `term`, ascending: one scan of each block. */
  private find(term: string, from = 0): number[] {
    this.completeHaystack();
    // Only the separators hold it, and they belong to no event.
    if (term.includes(EVENT_SEPARATOR)) return [];
    const found: number[] = [];
    for (let b = Math.floor(from / BLOCK); b < this.blocks.length; b++) {
      const { text, base } = this.blocks[b] as { text: string; base: number };
      const first = b * BLOCK;
      const starts = this.starts.subarray(first, Math.min(this.events.length, first + BLOCK) + 1);
      for (const piece of piecesHolding(text, starts, term, base)) {
        if (first + piece >= from) found.push(first + piece);
      }
    }
    return found;
  }

  /** Positions from `from` on of the events whose text holds every one of `terms`, ascending, read in their texts. */
  private read(terms: readonly string[], from = 0): number[] {
    const [first = '', ...rest] = terms;
    return this.find(first, from).filter((position) => {
      const text = this.textOf(position);
      return rest.every((term) => text.includes(term));
    });
  }

  /** Positions of the events whose text holds every one of `terms`, ascending. */
  private search(terms: readonly string[]): readonly number[] | Uint32Array {
    const pieces = terms.map(wordsOf);
    // The events whose words are indexed yet (see `prepare`) are found through them; the others are read.
    const indexed = this.words.count;
    const candidates =
      indexed > 0 && pieces.every((words) => words.length > 0)
        ? this.words.holding(pieces.flat(), indexed * SCAN_COST)
        : null;
    // Also for a term of punctuation alone, such as "-", or of only very common pieces.
    if (candidates === null) return this.read(terms);
    // A term that is one word piece is held by every candidate; others (phrases, "u.s.") are checked in the text.
    const loose = terms.filter((term, i) => !(pieces[i]?.length === 1 && pieces[i]?.[0] === term));
    const found =
      loose.length === 0
        ? candidates
        : Array.from(candidates).filter((position) => {
            const text = this.textOf(position);
            return loose.every((term) => text.includes(term));
          });
    return indexed === this.events.length ? found : [...found, ...this.read(terms, indexed)];
  }

  /** The events whose text holds every one of `terms` (already normalized). */
  matching(terms: readonly string[]): Matches {
    const needed = essentialTerms(terms);
    const last = this.last;
    if (last !== null && sameTerms(last.terms, needed)) return last.matches;
    // Every event matching `needed` also matches the last terms when each of
    // those is part of a term now needed, so only the last matches can match.
    const refines = last !== null && last.terms.every((old) => needed.some((term) => term.includes(old)));
    const holdsAll = (position: number): boolean => {
      const text = this.textOf(position);
      return needed.every((term) => text.includes(term));
    };
    // Few earlier matches: test just those; otherwise look the terms up.
    const found =
      refines && last.matches.length < this.events.length / 8
        ? Array.from(last.matches).filter(holdsAll)
        : this.search(needed);
    const matches = found instanceof Uint32Array ? found : Uint32Array.from(found);
    this.last = { terms: needed, matches };
    return matches;
  }
}

function normalizedPieces(pieces: readonly string[]): string {
  // Languages often share a text (a name, a quote): index it once.
  const normalized = new Set<string>();
  for (const piece of new Set(pieces)) {
    const text = normalizeSearchText(piece);
    if (text !== '') normalized.add(text);
  }
  return [...normalized].join(PIECE_SEPARATOR);
}

/** The terms that decide a match: duplicates and terms contained in another term dropped, longest (most selective) first. */
function essentialTerms(terms: readonly string[]): string[] {
  const unique = [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.filter((term, i) => !unique.some((other, j) => j < i && other.includes(term)));
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, i) => term === b[i]);
}

/** Builds the search index of `dataset`: every title, summary and date phrase in every language, every quote, and the names of each event's actors and recipients, normalized (lazily: see `prepareSearchIndex`). */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  return new Index(dataset);
}

/**
 * Indexes up to `count` more events of `index` ahead of the first search, so a
 * caller can spread the work over idle moments; true once it is complete. A
 * search before then finishes the rest itself.
 */
export function prepareSearchIndex(index: SearchIndex, count: number): boolean {
  return index instanceof Index ? index.prepare(count) : true;
}

function indexFor(dataset: Dataset, index: SearchIndex): Index {
  // An index of another dataset (or a hand-made object) would give wrong
  // answers: a fresh one is slow but right.
  return index instanceof Index && index.events === dataset.events ? index : new Index(dataset);
}

/** A filter turned into Sets and bounds, each facet null when it does not filter. */
interface CompiledFilter {
  readonly actors: ReadonlySet<string> | null;
  readonly types: ReadonlySet<EventType> | null;
  readonly quads: ReadonlySet<QuadClass> | null;
  readonly from: number;
  readonly to: number;
  /** Positions of the events the query keeps; null when the query has no terms. */
  readonly matches: Matches | null;
}

function setOrNull<T>(values: readonly T[]): ReadonlySet<T> | null {
  return values.length === 0 ? null : new Set(values);
}

function compile(dataset: Dataset, index: SearchIndex, filter: EventFilter): CompiledFilter {
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
    matches: terms.length === 0 ? null : indexFor(dataset, index).matching(terms),
  };
}

function involvesAny(event: TimelineEvent, actors: ReadonlySet<string>): boolean {
  return event.actors.some((id) => actors.has(id)) || event.recipients.some((id) => actors.has(id));
}

// The facets other than the query, which `compile` has already applied as a
// list of positions.
function keepsByActors(event: TimelineEvent, f: CompiledFilter): boolean {
  return f.actors === null || involvesAny(event, f.actors);
}
function keepsByType(event: TimelineEvent, f: CompiledFilter): boolean {
  return f.types === null || f.types.has(event.type);
}
function keepsByQuad(event: TimelineEvent, f: CompiledFilter): boolean {
  return f.quads === null || f.quads.has(event.quad);
}
function keepsByDate(event: TimelineEvent, f: CompiledFilter): boolean {
  return event.date.earliest <= f.to && event.date.latest >= f.from;
}

/**
 * The events of `dataset` that `filter` keeps, in dataset order; the
 * dataset's own `events` array (same reference) whenever it keeps them all.
 */
export function filterEvents(dataset: Dataset, index: SearchIndex, filter: EventFilter): readonly TimelineEvent[] {
  const { events } = dataset;
  if (isFilterEmpty(filter)) return events;
  const f = compile(dataset, index, filter);
  const kept: TimelineEvent[] = [];
  const keep = (event: TimelineEvent | undefined): void => {
    if (event && keepsByActors(event, f) && keepsByType(event, f) && keepsByQuad(event, f) && keepsByDate(event, f))
      kept.push(event);
  };
  if (f.matches === null) for (const event of events) keep(event);
  else for (const position of f.matches) keep(events[position]);
  return kept.length === events.length ? events : kept;
}

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
  const f = compile(dataset, index, filter);
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
