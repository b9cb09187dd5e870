/**
 * The editor's document: a story being written, as plain data with a schema
 * version. It mirrors the `linimasa/1` JSON (so the parser's JSON paths name
 * its fields) with every optional field present as an empty value, and each
 * source's plain text held inline. `draft-dataset.ts` maps it to and from a
 * dataset.
 */
import type { ActorKind, DateBasis, EventType, Place } from '@/domain/dataset/model';

/** The version of the draft's shape; a stored draft of an older version is migrated on load (migrate-draft.ts). */
export const DRAFT_SCHEMA_VERSION = 1;

/** A text by language tag; an empty string or a missing key means no text in that language. */
export type DraftText = Readonly<Record<string, string>>;

/** The story's own fields: what the dataset's top level holds besides its lists. */
export interface DraftStory {
  readonly id: string;
  readonly title: DraftText;
  readonly description: DraftText;
  readonly credit: DraftText;
  /** BCP 47 tags the texts are written in; the first is the default. */
  readonly locales: readonly string[];
}

/** A source, with its plain text (null: none was given). */
export interface DraftSource {
  readonly id: string;
  readonly publisher: string;
  readonly title: DraftText;
  readonly url: string;
  /** EDTF day, such as `2022-07-01`. */
  readonly published: string;
  readonly language: string;
  readonly via: string;
  /** The source's plain text; evidence offsets are UTF-16 indices into it. */
  readonly text: string | null;
  /** Where the text file goes beside the dataset file; empty means `sources/<id>.txt`. */
  readonly textPath: string;
  /** The place id of the source's dateline; absent or empty: none. */
  readonly place?: string;
}

/** An actor; empty strings are fields left out. */
export interface DraftActor {
  readonly id: string;
  readonly name: DraftText;
  readonly kind: ActorKind;
  readonly country: string;
  readonly affiliation: string;
  readonly role: DraftText;
  readonly wikidata: string;
}

/** The exact words of a source an event rests on, with their UTF-16 offsets in the source's text when it has one. */
export interface DraftEvidence {
  readonly source: string;
  readonly quote: string;
  readonly start?: number;
  readonly end?: number;
}

/** An event; empty strings and lists are fields left out. */
export interface DraftEvent {
  readonly id: string;
  readonly title: DraftText;
  readonly summary: DraftText;
  /** EDTF date or interval, as it will be stored. */
  readonly date: string;
  readonly dateText: DraftText;
  readonly dateBasis: DateBasis;
  /** A PLOVER type, or empty while none is chosen. */
  readonly type: EventType | '';
  readonly mode: string;
  readonly context: readonly string[];
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly evidence: readonly DraftEvidence[];
  readonly tags: readonly string[];
  /** Ids of the places where the event happened; absent: none. */
  readonly places?: readonly string[];
}

/**
 * A place, as the dataset has it: the editor adds countries and cities to
 * events (place-commands.ts) and carries the others through unchanged, so
 * editing a story and publishing it keeps them.
 */
export type DraftPlace = Place;

/** A whole draft. `id` names the draft in storage, not the story (that is `story.id`). */
export interface Draft {
  readonly schemaVersion: typeof DRAFT_SCHEMA_VERSION;
  readonly id: string;
  readonly story: DraftStory;
  readonly sources: readonly DraftSource[];
  readonly actors: readonly DraftActor[];
  readonly events: readonly DraftEvent[];
  /** The story's places; absent: none. */
  readonly places?: readonly DraftPlace[];
}

/** A new, empty draft whose story is written in `locales` (the first is the default). */
export function createEmptyDraft(id: string, locales: readonly string[]): Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id,
    story: { id: 'my-story', title: {}, description: {}, credit: {}, locales: [...locales] },
    sources: [],
    actors: [],
    events: [],
  };
}

/** An empty event with the given id, its date stated in the source until said otherwise. */
export function createEmptyEvent(id: string): DraftEvent {
  return {
    id,
    title: {},
    summary: {},
    date: '',
    dateText: {},
    dateBasis: 'stated',
    type: '',
    mode: '',
    context: [],
    actors: [],
    recipients: [],
    evidence: [],
    tags: [],
  };
}

/** An actor of `kind` named `name` in `locale`, with the given id. */
export function createActor(id: string, name: string, locale: string, kind: ActorKind): DraftActor {
  return { id, name: name ? { [locale]: name } : {}, kind, country: '', affiliation: '', role: {}, wikidata: '' };
}

/** The text in `locale`, else in the first language that has one; `''` when there is none. */
export function draftTextIn(text: DraftText, locale: string): string {
  const own = Object.hasOwn(text, locale) ? text[locale] : undefined;
  if (own) return own;
  return Object.values(text).find((value) => value !== '') ?? '';
}

/** The title of a draft in `locale` (else any language), for lists. */
export function draftTitle(draft: Draft, locale: string): string {
  return draftTextIn(draft.story.title, locale);
}

/** The path a source's text file takes beside the dataset file. */
export function sourceTextPath(source: DraftSource): string {
  return source.textPath || `sources/${source.id || 'source'}.txt`;
}
