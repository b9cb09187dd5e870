/**
 * Building the typed `Dataset` from `linimasa/1` JSON that is valid (or is
 * being checked elsewhere at the same moment): no zod here, so the page can
 * build a large dataset while a worker validates it.
 */
import { compareDateSpans, type DateSpan } from '@/domain/dates/date-span';
import { parseEdtfDate, type EdtfParseResult } from '@/domain/dates/edtf';
import {
  DATASET_FORMAT,
  type Actor,
  type Dataset,
  type Evidence,
  type LocalizedText,
  type Place,
  type Source,
  type TimelineEvent,
} from '@/domain/dataset/model';
import { quadClassOf } from '@/domain/dataset/quad';
import type { RawDataset } from '@/domain/dataset/schema';

/** Everything the cross-checks learn that building the dataset needs again. */
export interface CheckedData {
  readonly spans: readonly (DateSpan | undefined)[];
  readonly texts: ReadonlyMap<string, string>;
}

/** A date span with always the same keys in the same order: one object shape for every event keeps reads fast. */
export function spanOf(parsed: DateSpan): DateSpan {
  const { edtf, earliest, latest, precision, interval, uncertain } = parsed;
  return { edtf, earliest, latest, precision, interval, uncertain };
}

function withOptional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

// A fresh object built from own entries, so `__proto__`-like keys stay data.
function copyText(text: Readonly<Record<string, string>>): LocalizedText;
function copyText(text: Readonly<Record<string, string>> | undefined): LocalizedText | undefined;
function copyText(text: Readonly<Record<string, string>> | undefined): LocalizedText | undefined {
  if (text === undefined) return undefined;
  const copy: Record<string, string> = {};
  for (const key of Object.keys(text)) {
    const value = text[key];
    if (value === undefined) continue;
    // A plain assignment of "__proto__" would set the prototype; define it as data instead.
    if (key === '__proto__')
      Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    else copy[key] = value;
  }
  return copy;
}

// Most events name no place: they share one empty list rather than each allocating its own.
const NO_PLACES: readonly string[] = Object.freeze([]);

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function same<T>(value: T): T {
  return value;
}

function copyList<T>(list: readonly T[]): T[] {
  return list.slice();
}

/**
 * Builds the typed dataset from schema output that passed every check.
 * `owned`: `data` is fresh `JSON.parse` output that nobody else holds or
 * changes, so the dataset may take its texts and lists as they are instead
 * of copies (JSON.parse makes every key, `__proto__` too, an own data
 * property, as `copyText` would).
 */
export function buildDataset(data: RawDataset, checked: CheckedData, owned = false): Dataset {
  // A copy for each of 100,000 events' texts and lists is garbage the page then waits for.
  const text: (value: Readonly<Record<string, string>>) => LocalizedText = owned ? same : copyText;
  const list: <T>(value: readonly T[]) => readonly T[] = owned ? same : copyList;
  const sources: Source[] = data.sources.map((s) => ({
    id: s.id,
    publisher: s.publisher,
    ...withOptional('title', copyText(s.title)),
    ...withOptional('url', s.url),
    published: s.published,
    language: s.language,
    ...withOptional('via', s.via),
    ...withOptional('text', s.text),
    ...withOptional('place', s.place),
  }));
  const places: Place[] = (data.places ?? []).map((p) => ({
    id: p.id,
    name: copyText(p.name),
    kind: p.kind,
    ...withOptional('country', p.country),
    ...withOptional('point', p.point && ([p.point[0], p.point[1]] as const)),
    ...withOptional('pointBasis', p.pointBasis),
    ...withOptional('wikidata', p.wikidata),
  }));
  const actors: Actor[] = data.actors.map((a) => ({
    id: a.id,
    name: copyText(a.name),
    kind: a.kind,
    ...withOptional('country', a.country),
    ...withOptional('affiliation', a.affiliation),
    ...withOptional('role', copyText(a.role)),
    ...withOptional('wikidata', a.wikidata),
  }));
  const events: TimelineEvent[] = [];
  data.events.forEach((e, i) => {
    const date = checked.spans[i];
    if (!date) return;
    const evidence: Evidence[] = (e.evidence ?? []).map((ev) => {
      const copy: { -readonly [K in keyof Evidence]: Evidence[K] } = { source: ev.source, quote: ev.quote };
      if (ev.start !== undefined) copy.start = ev.start;
      if (ev.end !== undefined) copy.end = ev.end;
      return copy;
    });
    // Every event has the same keys in the same order (optional ones may be undefined), built without
    // spreads: one object shape keeps every later pass over 100,000 events fast.
    events.push({
      id: e.id,
      date,
      dateText: e.dateText === undefined ? undefined : text(e.dateText),
      dateBasis: e.dateBasis ?? 'stated',
      title: text(e.title),
      summary: e.summary === undefined ? undefined : text(e.summary),
      type: e.type,
      quad: quadClassOf(e.type),
      mode: e.mode,
      context: e.context ? list(e.context) : [],
      actors: list(e.actors),
      recipients: e.recipients ? list(e.recipients) : [],
      evidence,
      tags: e.tags ? list(e.tags) : [],
      places: e.places ? list(e.places) : NO_PLACES,
    });
  });
  events.sort((a, b) => compareDateSpans(a.date, b.date) || compareIds(a.id, b.id));
  return {
    format: DATASET_FORMAT,
    id: data.id,
    title: copyText(data.title),
    ...withOptional('description', copyText(data.description)),
    locales: [...data.locales],
    sources,
    actors,
    events,
    places,
    ...withOptional('credit', copyText(data.credit)),
    sourceTexts: checked.texts,
  };
}

/**
 * The dataset of input that `parseDataset` accepts, built without checking
 * it again: for a page whose worker validates the same text meanwhile. On
 * valid input it equals `parseDataset(input).value` (a test holds it to
 * that); on invalid input it may throw or give nonsense, to be thrown away.
 * `input` must be fresh `JSON.parse` output that nothing else holds or
 * changes: the dataset takes over its texts and lists. The EDTF grammar must
 * be registered first when `datasetNeedsEdtfGrammar(input)`.
 */
export function buildValidDataset(input: unknown, sourceTexts: ReadonlyMap<string, string> = new Map()): Dataset {
  const data = input as RawDataset;
  const cache = new Map<string, EdtfParseResult>();
  const spans = data.events.map((event) => {
    let parsed = cache.get(event.date);
    if (!parsed) cache.set(event.date, (parsed = parseEdtfDate(event.date)));
    return parsed.ok ? spanOf(parsed.span) : undefined;
  });
  const texts = new Map<string, string>();
  for (const source of data.sources) {
    const text = sourceTexts.get(source.id) ?? (source.text === undefined ? undefined : sourceTexts.get(source.text));
    if (text !== undefined && !texts.has(source.id)) texts.set(source.id, text);
  }
  return buildDataset(data, { spans, texts }, true);
}
