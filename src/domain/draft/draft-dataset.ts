/**
 * A draft to and from a `linimasa/1` dataset. To a dataset: the JSON a
 * person publishes (empty fields left out, events in the draft's order, so
 * the parser's JSON paths name the draft's fields) and each source's text as
 * a file beside it. From a dataset: a draft to edit, a copy of a dataset
 * that was opened, whatever it was read from.
 */
import type { Dataset, LocalizedText } from '@/domain/dataset/model';
import {
  DRAFT_SCHEMA_VERSION,
  sourceTextPath,
  type Draft,
  type DraftEvent,
  type DraftPlace,
  type DraftText,
} from '@/domain/draft/draft-model';

/** A file of the publication: its path relative to the dataset file, and its text. */
export interface PublishedFile {
  readonly path: string;
  readonly text: string;
}

/** A draft as a dataset: the JSON value, the source texts by source id, and the text files to publish beside it. */
export interface DraftDataset {
  readonly json: Record<string, unknown>;
  readonly sourceTexts: ReadonlyMap<string, string>;
  readonly files: readonly PublishedFile[];
}

/** The texts that are not empty, as a fresh object; undefined when none is left. */
function texts(text: DraftText): Record<string, string> | undefined {
  const entries = Object.entries(text).filter(([, value]) => value !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Adds `key: value` to `out` unless the value is absent, an empty string or an empty list. */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  out[key] = value;
}

function eventJson(event: DraftEvent): Record<string, unknown> {
  const out: Record<string, unknown> = { id: event.id, date: event.date };
  put(out, 'dateText', texts(event.dateText));
  out.dateBasis = event.dateBasis;
  // Required texts stay, empty, so the parser names the field that needs words.
  out.title = texts(event.title) ?? {};
  put(out, 'summary', texts(event.summary));
  // No type yet is said as a missing field, not as the empty string being no PLOVER type.
  put(out, 'type', event.type);
  put(out, 'mode', event.mode);
  put(out, 'context', [...event.context]);
  out.actors = [...event.actors];
  put(out, 'recipients', [...event.recipients]);
  out.evidence = event.evidence.map((evidence) => {
    const item: Record<string, unknown> = { source: evidence.source, quote: evidence.quote };
    if (evidence.start !== undefined) item.start = evidence.start;
    if (evidence.end !== undefined) item.end = evidence.end;
    return item;
  });
  put(out, 'tags', [...event.tags]);
  put(out, 'places', event.places ? [...event.places] : undefined);
  return out;
}

function placeJson(place: DraftPlace): Record<string, unknown> {
  const out: Record<string, unknown> = { id: place.id, name: texts(place.name) ?? {}, kind: place.kind };
  put(out, 'country', place.country);
  if (place.point) out.point = [place.point[0], place.point[1]];
  put(out, 'pointBasis', place.pointBasis);
  put(out, 'wikidata', place.wikidata);
  return out;
}

/**
 * The dataset a draft stands for: `linimasa/1` JSON with the fields in the
 * order of the format's tables, every source with a text naming its file,
 * and those files. Nothing is checked here: the parser does that.
 */
export function draftToDataset(draft: Draft): DraftDataset {
  const { story } = draft;
  const json: Record<string, unknown> = { format: 'linimasa/1', id: story.id, title: texts(story.title) ?? {} };
  put(json, 'description', texts(story.description));
  json.locales = [...story.locales];
  put(json, 'credit', texts(story.credit));
  const sourceTexts = new Map<string, string>();
  const files: PublishedFile[] = [];
  json.sources = draft.sources.map((source) => {
    const out: Record<string, unknown> = { id: source.id, publisher: source.publisher };
    put(out, 'title', texts(source.title));
    put(out, 'url', source.url);
    out.published = source.published;
    out.language = source.language;
    put(out, 'via', source.via);
    put(out, 'place', source.place);
    if (source.text !== null) {
      const path = sourceTextPath(source);
      out.text = path;
      sourceTexts.set(source.id, source.text);
      files.push({ path, text: source.text });
    }
    return out;
  });
  json.actors = draft.actors.map((actor) => {
    const out: Record<string, unknown> = { id: actor.id, name: texts(actor.name) ?? {}, kind: actor.kind };
    put(out, 'country', actor.country);
    put(out, 'affiliation', actor.affiliation);
    put(out, 'role', texts(actor.role));
    put(out, 'wikidata', actor.wikidata);
    return out;
  });
  put(json, 'places', draft.places?.map(placeJson));
  json.events = draft.events.map(eventJson);
  return { json, sourceTexts, files };
}

function draftText(text: LocalizedText | undefined): DraftText {
  return text ? Object.fromEntries(Object.entries(text)) : {};
}

/** A draft (stored as `draftId`) holding a copy of `dataset`: its events in time order, its source texts inline. */
export function draftFromDataset(dataset: Dataset, draftId: string): Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id: draftId,
    story: {
      id: dataset.id,
      title: draftText(dataset.title),
      description: draftText(dataset.description),
      credit: draftText(dataset.credit),
      locales: [...dataset.locales],
    },
    sources: dataset.sources.map((source) => ({
      id: source.id,
      publisher: source.publisher,
      title: draftText(source.title),
      url: source.url ?? '',
      published: source.published,
      language: source.language,
      via: source.via ?? '',
      text: dataset.sourceTexts.get(source.id) ?? null,
      textPath: source.text ?? '',
      ...(source.place ? { place: source.place } : {}),
    })),
    actors: dataset.actors.map((actor) => ({
      id: actor.id,
      name: draftText(actor.name),
      kind: actor.kind,
      country: actor.country ?? '',
      affiliation: actor.affiliation ?? '',
      role: draftText(actor.role),
      wikidata: actor.wikidata ?? '',
    })),
    events: dataset.events.map((event) => ({
      id: event.id,
      title: draftText(event.title),
      summary: draftText(event.summary),
      date: event.date.edtf,
      dateText: draftText(event.dateText),
      dateBasis: event.dateBasis,
      type: event.type,
      mode: event.mode ?? '',
      context: [...event.context],
      actors: [...event.actors],
      recipients: [...event.recipients],
      evidence: event.evidence.map((evidence) => ({ ...evidence })),
      tags: [...event.tags],
      ...(event.places?.length ? { places: [...event.places] } : {}),
    })),
    ...(dataset.places?.length
      ? { places: dataset.places.map((place) => ({ ...place, name: draftText(place.name) })) }
      : {}),
  };
}

/** The text of a dataset file: its JSON, two-space indented, with a final newline. */
export function formatDatasetJson(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Every file of a draft's publication: the dataset (`<story id>.json`) first, then its source texts. */
export function publicationFiles(draft: Draft): PublishedFile[] {
  const { json, files } = draftToDataset(draft);
  return [{ path: `${draft.story.id || 'story'}.json`, text: formatDatasetJson(json) }, ...files];
}
