/**
 * One pass over a dataset's events that sets aside the few any check could
 * report something about, so that `parseDataset`'s reporting passes visit
 * only those.
 *
 * Those passes each report in their turn (unknown fields, shapes, texts,
 * ids, then references, evidence and dates), and the order of their reports
 * is part of the answer. For 100,000 events, visiting every event in every
 * pass costs more than the checks themselves. The screen visits each event
 * once and asks, of everything those passes check, only "is it plainly
 * fine?": an event it vouches for adds nothing to any pass, so the passes
 * skip it and report exactly what they would have. Any doubt sets the event
 * aside; the passes then decide, and word, what is wrong.
 */
import { spanOf } from '@/domain/dataset/build-dataset';
import { DateCache, sourceTextMap, sourceTextsById, type SourceTexts } from '@/domain/dataset/check-events';
import { firstIndexById, KNOWN_FIELD_SETS, LocaleRules } from '@/domain/dataset/check-objects';
import { field, isPlainJsonObject, list, type Json } from '@/domain/dataset/json';
import { MAX_EDTF_LENGTH } from '@/domain/dates/plain-dates';
import {
  DATE_BASES,
  isLanguageKey,
  isOffset,
  isText,
  isTextList,
  KNOWN_EVENT_TYPES,
} from '@/domain/dataset/event-shape';
import type { DateSpan } from '@/domain/dates/date-span';
import { LIMITS, SLUG_PATTERN } from '@/domain/dataset/schema-fields';

/** What `screenEvents` found. */
export interface EventScreen {
  /** The list of events it screened. */
  readonly events: readonly unknown[];
  /** Indices (ascending) of the events some check may report something about; null when that may be any event. */
  readonly suspects: readonly number[] | null;
  /** False when no two events share an id. */
  readonly mayRepeatIds: boolean;
  /** When asked for, the date span of each event that is not a suspect, by index. */
  readonly spans: (DateSpan | undefined)[];
}

/** Options for `screenEvents`. */
export interface ScreenOptions {
  readonly sourceTexts: SourceTexts | undefined;
  /** Whether to keep the date span of each event that is not a suspect (for building the dataset). */
  readonly keepSpans: boolean;
}

interface SourceFacts {
  /** The source names a text file, so evidence needs offsets. */
  readonly hasTextFile: boolean;
  /** The source's text, when loaded. */
  readonly text: string | undefined;
}

const EVENT_FIELDS = KNOWN_FIELD_SETS.event;
const EVIDENCE_FIELDS = KNOWN_FIELD_SETS.evidence;

/**
 * True when `Object.prototype` lends plain objects no enumerable key and no
 * field of an event or of evidence: then `event.title` is the event's own
 * field, as the reporting passes read it, and `for…in` lists own keys only.
 */
function prototypeLendsNothing(): boolean {
  if (Object.keys(Object.prototype).length > 0) return false;
  for (const name of [...EVENT_FIELDS, ...EVIDENCE_FIELDS]) if (name in Object.prototype) return false;
  return true;
}

// How a key of a text fares: not a listed language tag, a listed one, or the default language.
const UNLISTED = 0;
const LISTED = 1;
const DEFAULT = 2;

/** Knows the dataset's languages, actors and sources, and vouches for events. */
class EventScreener {
  readonly dates = new DateCache();
  private readonly locales: LocaleRules;
  private readonly actorIds: ReadonlyMap<string, number>;
  private readonly placeIds: ReadonlyMap<string, number>;
  private readonly sources = new Map<string, SourceFacts>();
  // Language keys repeat on every text of a dataset ("en", "id"): each is judged once.
  private readonly textKeys = new Map<string, number>();

  constructor(root: Json, sourceTexts: SourceTexts | undefined) {
    this.locales = new LocaleRules(root);
    this.actorIds = firstIndexById(list(field(root, 'actors')));
    this.placeIds = firstIndexById(list(field(root, 'places')));
    const sources = list(field(root, 'sources'));
    const sourceIds = firstIndexById(sources);
    const texts = sourceTextsById(sources, sourceIds, sourceTextMap(sourceTexts));
    for (const [id, i] of sourceIds) {
      this.sources.set(id, { hasTextFile: typeof field(sources[i], 'text') === 'string', text: texts.get(id) });
    }
  }

  /**
   * True only when no check would report anything about `event`: its fields
   * are all known and well formed (as `isWellFormedEvent` has them), its
   * texts are in listed languages with one in the default, its actors and
   * sources exist, its evidence is in place and its date is valid.
   */
  isFlawless(event: unknown): boolean {
    if (!isPlainJsonObject(event)) return false;
    for (const key in event) if (!EVENT_FIELDS.has(key)) return false;
    const {
      id,
      date,
      dateText,
      dateBasis,
      title,
      summary,
      type,
      mode,
      context,
      actors,
      recipients,
      evidence,
      tags,
      places,
    } = event;
    const external = dateBasis === 'external';
    return (
      typeof id === 'string' &&
      SLUG_PATTERN.test(id) &&
      typeof date === 'string' &&
      date.length <= MAX_EDTF_LENGTH &&
      this.dates.isValid(date) &&
      (dateText === undefined || this.isFlawlessText(dateText, LIMITS.stringLength)) &&
      (dateBasis === undefined || DATE_BASES.has(dateBasis)) &&
      (dateBasis !== 'relative' || dateText !== undefined) &&
      this.isFlawlessText(title, LIMITS.titleLength) &&
      (summary === undefined || this.isFlawlessText(summary, LIMITS.summaryLength)) &&
      KNOWN_EVENT_TYPES.has(type) &&
      (mode === undefined || isText(mode, 0, LIMITS.stringLength)) &&
      (context === undefined || isTextList(context, 0)) &&
      this.areKnownActors(actors, 1) &&
      (recipients === undefined || this.areKnownActors(recipients, 0)) &&
      (evidence === undefined ? external : this.isFlawlessEvidence(evidence, external)) &&
      (tags === undefined || isTextList(tags, 0)) &&
      (places === undefined || this.areKnownIds(places, this.placeIds))
    );
  }

  private textKey(key: string): number {
    let kind = this.textKeys.get(key);
    if (kind === undefined) {
      // zod's record skips a `__proto__` key, which the reporting pass then reports.
      const listed = key !== '__proto__' && isLanguageKey(key) && this.locales.isListed(key);
      kind = !listed ? UNLISTED : this.locales.isDefault(key) ? DEFAULT | LISTED : LISTED;
      if (this.textKeys.size < 1000) this.textKeys.set(key, kind);
    }
    return kind;
  }

  private isFlawlessText(value: unknown, max: number): boolean {
    if (!isPlainJsonObject(value)) return false;
    let kinds = UNLISTED;
    for (const key in value) {
      const kind = this.textKey(key);
      if (kind === UNLISTED || !isText(value[key], 1, max)) return false;
      kinds |= kind;
    }
    // Also false for a text with no language at all.
    return (kinds & DEFAULT) !== 0;
  }

  private areKnownActors(value: unknown, minCount: number): boolean {
    return Array.isArray(value) && value.length >= minCount && this.areKnownIds(value, this.actorIds);
  }

  private areKnownIds(value: unknown, ids: ReadonlyMap<string, number>): boolean {
    if (!Array.isArray(value) || value.length > LIMITS.listItems) return false;
    for (let j = 0; j < value.length; j += 1) {
      const ref: unknown = value[j];
      if (!isText(ref, 1, LIMITS.stringLength) || !ids.has(ref as string)) return false;
    }
    return true;
  }

  private isFlawlessEvidence(value: unknown, external: boolean): boolean {
    if (!Array.isArray(value) || value.length > LIMITS.listItems) return false;
    // Only a date from outside the sources may go without a quote.
    if (value.length === 0) return external;
    for (let k = 0; k < value.length; k += 1) {
      const item: unknown = value[k];
      if (!isPlainJsonObject(item)) return false;
      for (const key in item) if (!EVIDENCE_FIELDS.has(key)) return false;
      const { source, quote, start, end } = item;
      if (
        !isText(source, 1, LIMITS.stringLength) ||
        !isText(quote, 1, LIMITS.stringLength) ||
        !isOffset(start) ||
        !isOffset(end)
      )
        return false;
      const facts = this.sources.get(source as string);
      if (
        facts === undefined ||
        !isQuoteInPlace(quote as string, start as number | undefined, end as number | undefined, facts)
      )
        return false;
    }
    return true;
  }
}

/** True when the offsets of a quote (whole numbers, not negative, or missing) agree with its source, as the evidence check wants. */
function isQuoteInPlace(
  quote: string,
  start: number | undefined,
  end: number | undefined,
  source: SourceFacts,
): boolean {
  if (start === undefined || end === undefined) return !source.hasTextFile;
  if (start > end) return false;
  if (source.text === undefined) return end - start === quote.length;
  return end <= source.text.length && end - start === quote.length && source.text.startsWith(quote, start);
}

/**
 * Runs, silently, every check that concerns one event on each event of
 * `root` (its shape, unknown fields, texts, id, references, evidence and
 * date), and sets aside the events some check could report something about.
 */
export function screenEvents(root: Json, options: ScreenOptions): EventScreen {
  let events: readonly unknown[] = [];
  const spans: (DateSpan | undefined)[] = [];
  try {
    events = list(field(root, 'events'));
    if (!prototypeLendsNothing()) return { events, suspects: null, mayRepeatIds: true, spans };
    const screener = new EventScreener(root, options.sourceTexts);
    const ids = new Set<string>();
    const suspects: number[] = [];
    let mayRepeatIds = false;
    if (options.keepSpans) spans.length = events.length;
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i];
      // A hole in a sparse list is no event, and no pass reports one.
      if (event === undefined && !(i in events)) continue;
      let flawless = screener.isFlawless(event);
      // Every event's id counts, so that a later event repeating it is set aside.
      const id = field(event, 'id');
      if (typeof id === 'string' && ids.size === ids.add(id).size) {
        mayRepeatIds = true;
        flawless = false;
      }
      if (!flawless) suspects.push(i);
      else if (options.keepSpans) {
        const parsed = screener.dates.parse(field(event, 'date') as string);
        if (parsed.ok) spans[i] = spanOf(parsed.span);
      }
    }
    return { events, suspects, mayRepeatIds, spans };
  } catch {
    // The passes that report will meet the same failure at the same point, after the same issues.
    return { events, suspects: null, mayRepeatIds: true, spans };
  }
}

// Every index of `events` but the holes of a sparse list.
function allIndices(events: readonly unknown[]): number[] {
  const indices: number[] = [];
  for (let i = 0; i < events.length; i += 1) if (i in events) indices.push(i);
  return indices;
}

/** True when the reporting passes may rely on `screen` for `events`; another list than the one screened (a getter answering anew) is checked in full. */
function screened(screen: EventScreen, events: readonly unknown[]): boolean {
  return screen.suspects !== null && screen.events === events;
}

/** The indices of the events among `events` that the reporting passes must visit, ascending. */
export function eventsToCheck(screen: EventScreen, events: readonly unknown[]): readonly number[] {
  return screened(screen, events) && screen.suspects !== null ? screen.suspects : allIndices(events);
}

/** The spans the screen kept for `events`, for the reporting passes to complete; a fresh list when they check every event. */
export function spansToComplete(screen: EventScreen, events: readonly unknown[]): (DateSpan | undefined)[] {
  return screened(screen, events) ? screen.spans : [];
}
