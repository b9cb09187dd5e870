/**
 * The typed, validated shape of a `linimasa/1` dataset as the app uses it
 * (see ../shared/DATA-FORMAT.md). Produced by `readDataset` (see domain/import/read-dataset.ts);
 * never built from unchecked input. Instants are milliseconds since the Unix epoch, UTC.
 */
import type { DateSpan } from '@/domain/dates/date-span';

/** A BCP 47 language tag such as `en` or `id`. */
export type Locale = string;

/** A text in several languages; always holds the dataset's default locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** The format tag of the datasets Linimasa reads. */
export const DATASET_FORMAT = 'linimasa/1';

/** The PLOVER event types plus Linimasa's local `STATEMENT`. */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'STATEMENT',
] as const;

/** One PLOVER event type or `STATEMENT`. */
export type EventType = (typeof EVENT_TYPES)[number];

/** PLOVER's quad classes, plus `none` for `STATEMENT`. */
export const QUAD_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
  'none',
] as const;

/** A quad class: whether an act is verbal or material, cooperative or conflictual. */
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** The four kinds of actor. */
export const ACTOR_KINDS = ['person', 'state', 'organization', 'group'] as const;

/** What sort of actor this is; `group` is a collective without its own institution. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** How an event's date was obtained. */
export type DateBasis = 'stated' | 'relative' | 'external';

/** The three kinds of place. */
export const PLACE_KINDS = ['city', 'region', 'country'] as const;

/** What sort of place this is: a city (or town), a region within or across countries, or a country. */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Where a place's point comes from: the source states it, or it was added from outside the source. */
export const POINT_BASES = ['stated', 'external'] as const;

/** How a place's point was obtained. */
export type PointBasis = (typeof POINT_BASES)[number];

/** A point on the Earth, [longitude, latitude] in degrees (WGS 84): longitude −180…180 (east positive), latitude −90…90 (north positive). */
export type GeoPoint = readonly [number, number];

/** Somewhere events happen: a city, a region or a country. */
export interface Place {
  readonly id: string;
  readonly name: LocalizedText;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-3: the country itself for a country, the country it lies in for a city or region. */
  readonly country?: string;
  /** Where to draw it; a country without one is drawn at its boundary's centre. */
  readonly point?: GeoPoint;
  /** Present whenever `point` is. */
  readonly pointBasis?: PointBasis;
  readonly wikidata?: string;
}

/** A source document the events are drawn from. */
export interface Source {
  readonly id: string;
  readonly publisher: string;
  readonly title?: LocalizedText;
  /** An absolute http(s) URL, checked by the parser. */
  readonly url?: string;
  /** EDTF day, e.g. `2022-07-01`. */
  readonly published: string;
  readonly language: Locale;
  readonly via?: string;
  /** Path of the plain-text copy, relative to the dataset file. */
  readonly text?: string;
  /** The place id of the source's dateline: where it was reported from. */
  readonly place?: string;
}

/** Someone who acts or is acted upon. */
export interface Actor {
  readonly id: string;
  readonly name: LocalizedText;
  readonly kind: ActorKind;
  readonly country?: string;
  readonly affiliation?: string;
  readonly role?: LocalizedText;
  readonly wikidata?: string;
}

/** The exact words of a source that an event rests on. */
export interface Evidence {
  readonly source: string;
  readonly quote: string;
  /** UTF-16 offsets into the source text: `text.slice(start, end) === quote`. */
  readonly start?: number;
  readonly end?: number;
}

/** One event, with its parsed date. */
export interface TimelineEvent {
  readonly id: string;
  readonly date: DateSpan;
  readonly dateText?: LocalizedText;
  readonly dateBasis: DateBasis;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly type: EventType;
  readonly quad: QuadClass;
  readonly mode?: string;
  readonly context: readonly string[];
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly evidence: readonly Evidence[];
  readonly tags: readonly string[];
  /** Ids of the places where the event happened; the parser always sets it (`[]` when none), events built by hand may leave it out. */
  readonly places?: readonly string[];
}

/** A validated dataset; `events` are sorted by earliest, then latest, then id. */
export interface Dataset {
  readonly format: 'linimasa/1';
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly locales: readonly Locale[];
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly events: readonly TimelineEvent[];
  /** The places events happen at; the parser always sets it (`[]` when none), datasets built by hand may leave it out. */
  readonly places?: readonly Place[];
  readonly credit?: LocalizedText;
  /** Source texts by source id, when the loader had them. */
  readonly sourceTexts: ReadonlyMap<string, string>;
}

/** A problem found in a dataset, at a JSON path such as `events[3].date`. */
export interface DatasetIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * What reading a dataset gives back, problems as values: the value, or the
 * errors that stop it (each at a JSON path); the warnings found either way.
 * Nothing that reads a dataset throws to say it is invalid.
 */
export type DatasetResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly DatasetIssue[] }
  | {
      readonly ok: false;
      readonly problems: readonly DatasetIssue[];
      readonly warnings: readonly DatasetIssue[];
      /** Errors found beyond those listed (the list stops at `maxErrors`). */
      readonly truncated: number;
    };

/** The failing half of a `DatasetResult`: what is wrong, and where. */
export type DatasetProblems = Extract<DatasetResult<unknown>, { readonly ok: false }>;

/** What `parseDataset` returns: a dataset (perhaps with warnings), or the errors that stop it. */
export type ParseResult = DatasetResult<Dataset>;

/** What `checkDataset` returns: whether a dataset is valid, without building it (the value is null). */
export type CheckResult = DatasetResult<null>;
