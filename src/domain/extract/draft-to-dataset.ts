/**
 * Turns the proposals a person accepted (as they edited them), the actors and
 * the article into a `linimasa/1` dataset that `parseDataset` accepts, the
 * article being its one source: texts in the article's language (the
 * dataset's one locale; the other language is for the person to add later),
 * evidence with the offsets into the article's text, events ordered by date,
 * the places they happened at (and the dateline's) with the capitals' points
 * marked `external`.
 * A proposal that still lacks a type or an actor, or whose evidence no longer
 * matches the text, is reported, not guessed.
 */
import { compareDateSpans, type DateSpan } from '@/domain/dates/date-span';
import { parseEdtfDate } from '@/domain/dates/edtf';
import type { EventProposal, ExtractionDraft, ProposedActor, ProposedPlace } from '@/domain/extract/proposal-model';
import { createIdAllocator, cutText, slugify } from '@/domain/import/import-tools';
import { DATASET_FORMAT } from '@/domain/dataset/model';
import type { RawPlace } from '@/domain/dataset/place-schema';
import type { RawDataset } from '@/domain/dataset/schema';
import { LIMITS } from '@/domain/dataset/schema-fields';

/** The article as a source of the dataset. */
export interface DraftSource {
  /** Source id; default: a slug of the publisher and the publication day. */
  readonly id?: string;
  readonly publisher: string;
  /** The headline, in the article's language. */
  readonly title?: string;
  /** An absolute http(s) address of the article. */
  readonly url?: string;
  /** The agency the article quotes. */
  readonly via?: string;
  /** Where the plain text of the article will be kept, relative to the dataset file (e.g. `sources/article.txt`). */
  readonly textPath: string;
}

/** What `draftToDataset` needs: the article text the offsets index into, its language and its EDTF publication day, and the choices made. */
export interface DraftDatasetInput extends Pick<ExtractionDraft, 'text' | 'language' | 'published'> {
  /** The accepted proposals, as the person left them. */
  readonly proposals: readonly EventProposal[];
  /** The actors; only those the events name (and whom those act for) are kept. */
  readonly actors: readonly ProposedActor[];
  /**
   * The draft's places; only those the events or the dateline name are kept. Absent: the dataset has none, and
   * the proposals' places and `datelinePlace` are left out (a caller that offers no places publishes none).
   */
  readonly places?: readonly ProposedPlace[];
  /** The place of the article's dateline, which becomes the source's `place`. */
  readonly datelinePlace?: string;
  readonly source: DraftSource;
  /** Dataset id; default: the source id. */
  readonly id?: string;
  /** Dataset title; default: the headline, else publisher and day. */
  readonly title?: string;
}

/** Something that keeps a proposal or an actor out of the dataset, for the person to fix. */
export interface DraftProblem {
  /** The proposal, actor or place concerned, when there is one. */
  readonly proposal?: string;
  readonly actor?: string;
  readonly place?: string;
  readonly problem:
    | 'type-needed'
    | 'actor-needed'
    | 'date-invalid'
    | 'evidence-mismatch'
    | 'unknown-actor'
    | 'unknown-place'
    | 'no-events'
    | 'publisher-needed';
  /** An English sentence saying what is wrong; the editor words `problem` in its own language. */
  readonly message: string;
}

/** The dataset, or what stops it. */
export type DraftDatasetResult =
  | { readonly ok: true; readonly dataset: RawDataset }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

function text(language: string, value: string): Record<string, string> {
  return { [language]: value };
}

/** Checks what every accepted proposal needs; returns the problems found. */
function problemsOf(
  input: DraftDatasetInput,
  actorIds: ReadonlySet<string>,
  placeIds: ReadonlySet<string> | null,
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (input.source.publisher.trim() === '')
    problems.push({ problem: 'publisher-needed', message: 'the source needs a publisher' });
  if (input.proposals.length === 0) problems.push({ problem: 'no-events', message: 'no proposal was accepted' });
  for (const p of input.proposals) {
    if (p.type === null)
      problems.push({ proposal: p.id, problem: 'type-needed', message: `proposal ${p.id} needs an event type` });
    if (p.actors.length === 0)
      problems.push({ proposal: p.id, problem: 'actor-needed', message: `proposal ${p.id} needs an actor` });
    const parsed = parseEdtfDate(p.date);
    if (!parsed.ok)
      problems.push({ proposal: p.id, problem: 'date-invalid', message: `proposal ${p.id}: ${parsed.message}` });
    for (const e of p.evidence) {
      if (input.text.slice(e.start, e.end) !== e.quote || e.quote === '') {
        problems.push({
          proposal: p.id,
          problem: 'evidence-mismatch',
          message: `proposal ${p.id}: the quote at ${e.start}–${e.end} is not the article's text there`,
        });
      }
    }
    for (const id of [...p.actors, ...p.recipients]) {
      if (!actorIds.has(id))
        problems.push({
          proposal: p.id,
          actor: id,
          problem: 'unknown-actor',
          message: `proposal ${p.id} names an actor "${id}" that is not in the list`,
        });
    }
    for (const { place } of placeIds ? (p.places ?? []) : []) {
      if (!placeIds?.has(place))
        problems.push({
          proposal: p.id,
          place,
          problem: 'unknown-place',
          message: `proposal ${p.id} names a place "${place}" that is not in the list`,
        });
    }
  }
  if (placeIds && input.datelinePlace !== undefined && !placeIds.has(input.datelinePlace))
    problems.push({
      place: input.datelinePlace,
      problem: 'unknown-place',
      message: `the dateline names a place "${input.datelinePlace}" that is not in the list`,
    });
  return problems;
}

/**
 * The dataset's places: those the accepted proposals or the dateline name, in the draft's order, named in
 * the article's language; a capital's point is marked `external`, for it never comes from the article.
 */
function placesOf(input: DraftDatasetInput, language: string): RawPlace[] {
  if (!input.places) return [];
  const used = new Set(input.proposals.flatMap((p) => (p.places ?? []).map((place) => place.place)));
  if (input.datelinePlace) used.add(input.datelinePlace);
  return (input.places ?? [])
    .filter((place) => used.has(place.id))
    .map((place) => ({
      id: place.id,
      name: text(language, place.name),
      kind: place.kind,
      country: place.country,
      ...(place.point ? { point: [place.point[0], place.point[1]], pointBasis: 'external' as const } : {}),
    }));
}

/**
 * Builds the `linimasa/1` dataset of a draft from the accepted proposals, or
 * lists what must be fixed first. Pass the article text to `readDataset` as
 * the source text at `source.textPath` to check the evidence offsets.
 */
export function draftToDataset(input: DraftDatasetInput): DraftDatasetResult {
  const { language } = input;
  const byId = new Map(input.actors.map((a) => [a.id, a]));
  const problems = problemsOf(
    input,
    new Set(byId.keys()),
    input.places ? new Set(input.places.map((p) => p.id)) : null,
  );
  if (problems.length > 0) return { ok: false, problems };

  const sourceId = input.source.id ?? (slugify(`${input.source.publisher} ${input.published}`) || 'article');
  // The actors the events name, and the states or organisations those people act for.
  const used = new Set(input.proposals.flatMap((p) => [...p.actors, ...p.recipients]));
  for (const id of [...used]) {
    const affiliation = byId.get(id)?.affiliation;
    if (affiliation && byId.has(affiliation)) used.add(affiliation);
  }
  const actors = input.actors
    .filter((a) => used.has(a.id))
    .map((a) => ({
      id: a.id,
      name: text(language, a.name),
      kind: a.kind,
      ...(a.country ? { country: a.country } : {}),
      ...(a.affiliation && used.has(a.affiliation) ? { affiliation: a.affiliation } : {}),
      ...(a.role ? { role: text(language, a.role) } : {}),
    }));

  const allocate = createIdAllocator();
  const dated = input.proposals.map((p) => ({ p, span: (parseEdtfDate(p.date) as { ok: true; span: DateSpan }).span }));
  dated.sort((a, b) => compareDateSpans(a.span, b.span));
  const events = dated.map(({ p }) => {
    const recipients = p.recipients.filter((id) => !p.actors.includes(id));
    const places = input.places ? [...new Set((p.places ?? []).map((place) => place.place))] : [];
    const summary = cutText(
      p.evidence.map((e) => e.quote.replace(/\s+/gu, ' ').trim()).join(' '),
      LIMITS.summaryLength,
    );
    return {
      id: allocate(p.title, 'event'),
      date: p.date,
      dateText: text(language, p.dateText),
      dateBasis: p.dateBasis,
      title: text(language, cutText(p.title.trim() || p.evidence[0]?.quote.trim() || p.id, LIMITS.titleLength)),
      ...(summary === '' ? {} : { summary: text(language, summary) }),
      type: p.type ?? 'STATEMENT',
      ...(p.context.length > 0 ? { context: [...p.context] } : {}),
      actors: [...p.actors],
      ...(recipients.length > 0 ? { recipients } : {}),
      evidence: p.evidence.map((e) => ({ source: sourceId, quote: e.quote, start: e.start, end: e.end })),
      ...(places.length > 0 ? { places } : {}),
    };
  });
  const places = placesOf(input, language);

  const headline = input.source.title?.trim();
  const title = input.title?.trim() || headline || `${input.source.publisher}, ${input.published}`;
  const dataset: RawDataset = {
    format: DATASET_FORMAT,
    id: input.id ?? sourceId,
    title: text(language, cutText(title, LIMITS.titleLength)),
    locales: [language],
    sources: [
      {
        id: sourceId,
        publisher: input.source.publisher,
        ...(headline ? { title: text(language, headline) } : {}),
        ...(input.source.url ? { url: input.source.url } : {}),
        published: input.published,
        language,
        ...(input.source.via ? { via: input.source.via } : {}),
        ...(input.places && input.datelinePlace ? { place: input.datelinePlace } : {}),
        text: input.source.textPath,
      },
    ],
    actors,
    ...(places.length > 0 ? { places } : {}),
    events,
  };
  return { ok: true, dataset };
}
