/**
 * The search index of a dataset: the text of every event, in every language,
 * normalized once, with an index of its words, so a keystroke costs a look
 * through the distinct words and the events they occur in, and never depends
 * on the interface language.
 */
import type { Actor, Dataset, TimelineEvent } from '@/domain/dataset/model';
import { normalizeSearchText } from '@/domain/search/search-text';
import { piecesHolding, WordIndex, wordsOf } from '@/domain/search/word-index';

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

/** Positions (indices into `dataset.events`, ascending) of the events whose search text holds every one of `terms` (already normalized by `searchTerms`). */
export function matchingPositions(dataset: Dataset, index: SearchIndex, terms: readonly string[]): Uint32Array {
  return indexFor(dataset, index).matching(terms);
}
