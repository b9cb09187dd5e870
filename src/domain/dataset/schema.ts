/**
 * The zod schema of a `linimasa/1` dataset as it sits in the JSON file
 * (../shared/DATA-FORMAT.md). It checks shapes, patterns and limits; checks
 * that need the whole dataset (ids, references, dates, evidence offsets) live
 * in parse-dataset.ts. Objects are loose: unknown fields pass through and
 * become warnings there.
 *
 * It is written with zod's tree-shakable `zod/mini` API (functions and
 * `.check(…)` instead of methods), which keeps it out of most of the bundle.
 */
import { z } from 'zod/mini';
import { ACTOR_KINDS, DATASET_FORMAT, EVENT_TYPES } from '@/domain/dataset/model';
import { EDTF_DAY_PATTERN, MAX_EDTF_LENGTH } from '@/domain/dates/plain-dates';

// The app runs under a Content Security Policy without 'unsafe-eval'; jitless
// stops zod from compiling validators with `new Function`.
z.config({ jitless: true });

/** The one format string this version reads. */
export { DATASET_FORMAT };

/** Size limits that keep the app responsive; counts are items, lengths are UTF-16 code units. */
export const LIMITS = {
  events: 200_000,
  actors: 20_000,
  sources: 1_000,
  locales: 100,
  /** Items in an event's `actors`, `recipients`, `evidence`, `context` or `tags`. */
  listItems: 1_000,
  stringLength: 100_000,
  titleLength: 160,
  summaryLength: 2_000,
} as const;

/** An id: 1–64 lower-case letters, digits and hyphens, not starting with a hyphen. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A reasonable BCP 47 tag: language, then optional script, region, variants, extensions and private use. */
export const LANGUAGE_TAG_PATTERN =
  /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[A-WYZa-wyz0-9](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$/;

/** An ISO 3166-1 alpha-3 country code such as `RUS`. */
export const COUNTRY_PATTERN = /^[A-Z]{3}$/;

/** A Wikidata item id such as `Q159`. */
export const WIKIDATA_PATTERN = /^Q[1-9][0-9]*$/;

/** The shape of an EDTF day such as `2022-07-01`; whether the day exists is checked by parseEdtfDate. */
export { EDTF_DAY_PATTERN };

// A source text path stays inside the dataset's folder: no scheme, no leading
// slash, no backslash and no `..` segment.
const TEXT_PATH_PATTERN = /^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/)(?!.*\\)(?!(?:.*\/)?\.\.(?:\/|$)).+$/;

const HTTP_URL_PATTERN = /^https?:\/\/\S+$/i;

type ErrorMap = z.core.$ZodErrorMap;

/** Describes a JSON value for an error message, e.g. `the string "abc"` or `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

/** An error map for the wrong JSON type that names what was wanted; other issues fall through. */
function expecting(what: string): ErrorMap {
  return (issue) =>
    issue.code === 'invalid_type' && issue.input !== undefined
      ? `expected ${what}, got ${describeValue(issue.input)}`
      : undefined;
}

function quoted(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
    : describeValue(value);
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

function tooLong(limit: number, where: string): ErrorMap {
  return (issue) =>
    `is ${lengthOf(issue.input).toLocaleString('en')} characters long; ${where} may be at most ${limit.toLocaleString('en')}`;
}

function tooMany(limit: number, what: string): ErrorMap {
  return (issue) =>
    `has ${lengthOf(issue.input).toLocaleString('en')} ${what}; at most ${limit.toLocaleString('en')} are allowed, a limit that keeps the app responsive`;
}

/** A plain string of at most `LIMITS.stringLength` characters. */
function text(what = 'a string', ...checks: z.core.$ZodCheck<string>[]) {
  return z
    .string({ error: expecting(what) })
    .check(z.maxLength(LIMITS.stringLength, { error: tooLong(LIMITS.stringLength, 'a string') }), ...checks);
}

function slug(what: string) {
  return z.string({ error: expecting(`${what} (a string)`) }).check(
    z.regex(SLUG_PATTERN, {
      error: (issue) =>
        `${quoted(issue.input)} is not a valid id: use 1–64 lower-case letters, digits and hyphens, starting with a letter or digit`,
    }),
  );
}

/** A reference to another record's id; whether it resolves is checked by parseDataset. */
function reference(what: string) {
  return text(`${what} (a string)`, z.minLength(1, { error: `must not be empty: give ${what}` }));
}

function languageTag() {
  return z.string({ error: expecting('a BCP 47 language tag (a string)') }).check(
    z.regex(LANGUAGE_TAG_PATTERN, {
      error: (issue) => `${quoted(issue.input)} is not a BCP 47 language tag (examples: en, id, pt-BR)`,
    }),
  );
}

/** A text in several languages: language tag → non-empty plain text of at most `maxLength` characters. */
function localizedText(maxLength: number = LIMITS.stringLength, where = 'a text') {
  return z
    .record(
      z.string().check(z.regex(LANGUAGE_TAG_PATTERN)),
      z
        .string({ error: expecting('a string') })
        .check(
          z.minLength(1, { error: 'must not be empty: leave the language out instead' }),
          z.maxLength(maxLength, { error: tooLong(maxLength, where) }),
        ),
      {
        error: (issue) => {
          if (issue.code === 'invalid_key') {
            return `${quoted(issue.input)} is not a BCP 47 language tag (examples: en, id, pt-BR)`;
          }
          return expecting('an object of texts by language, such as {"en": "…"}')(issue);
        },
      },
    )
    .check(z.refine((value) => Object.keys(value).length > 0, { error: 'needs a text in at least one language' }))
    .register(z.globalRegistry, { minProperties: 1 });
}

function enumOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.code === 'invalid_value'
        ? `${quoted(issue.input)} is not ${what} (expected one of ${values.join(', ')})`
        : expecting(`${what} (a string)`)(issue),
  });
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const urlError: ErrorMap = (issue) => {
  const scheme =
    typeof issue.input === 'string' ? /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(issue.input.trim())?.[1] : undefined;
  if (scheme && !/^https?$/i.test(scheme)) {
    return `"${scheme.toLowerCase()}:" links are not allowed: a URL must be an absolute https: or http: address`;
  }
  return `${quoted(issue.input)} is not an absolute https: or http: URL`;
};

const idList = (what: string, noun: string, ...checks: z.core.$ZodCheck<string[]>[]) =>
  z
    .array(reference(`${noun}`), { error: expecting(`a list of ${what}`) })
    .check(z.maxLength(LIMITS.listItems, { error: tooMany(LIMITS.listItems, what) }), ...checks);

const stringList = (what: string) =>
  z
    .array(text(), { error: expecting(`a list of ${what}`) })
    .check(z.maxLength(LIMITS.listItems, { error: tooMany(LIMITS.listItems, what) }));

/** One source document (DATA-FORMAT "Source"). */
export const sourceSchema = z.looseObject({
  id: slug('a source id'),
  publisher: text('a string', z.minLength(1, { error: 'must not be empty: name the publisher' })),
  title: z.optional(localizedText()),
  url: z.optional(
    text('a string', z.regex(HTTP_URL_PATTERN, { error: urlError }), z.refine(isHttpUrl, { error: urlError })),
  ),
  published: z
    .string({ error: expecting('an EDTF day such as 2022-07-01') })
    .check(
      z.regex(EDTF_DAY_PATTERN, { error: (issue) => `${quoted(issue.input)} is not an EDTF day such as 2022-07-01` }),
    ),
  language: languageTag(),
  via: z.optional(text()),
  text: z.optional(
    text(
      'a file path (a string)',
      z.regex(TEXT_PATH_PATTERN, {
        error: (issue) =>
          `${quoted(issue.input)} must be a path relative to the dataset file, such as sources/article.txt (no scheme, no leading "/", no "..")`,
      }),
    ),
  ),
});

/** Someone who acts or is acted upon (DATA-FORMAT "Actor"). */
export const actorSchema = z.looseObject({
  id: slug('an actor id'),
  name: localizedText(),
  kind: enumOf(ACTOR_KINDS, 'an actor kind'),
  country: z.optional(
    z.string({ error: expecting('an ISO 3166-1 alpha-3 code (a string)') }).check(
      z.regex(COUNTRY_PATTERN, {
        error: (issue) =>
          `${quoted(issue.input)} is not an ISO 3166-1 alpha-3 code: use three capital letters such as RUS`,
      }),
    ),
  ),
  affiliation: z.optional(reference('an actor id')),
  role: z.optional(localizedText()),
  wikidata: z.optional(
    z.string({ error: expecting('a Wikidata id (a string)') }).check(
      z.regex(WIKIDATA_PATTERN, {
        error: (issue) => `${quoted(issue.input)} is not a Wikidata id: use the item's Q-number, such as Q159`,
      }),
    ),
  ),
});

const offset = (which: string) =>
  z
    .number({ error: expecting(`a character offset (a whole number)`) })
    .check(
      z.int({ error: (issue) => `expected a whole number for "${which}", got ${describeValue(issue.input)}` }),
      z.nonnegative({ error: `"${which}" must not be negative` }),
    );

/** The exact words of a source an event rests on (DATA-FORMAT "Evidence"). */
export const evidenceSchema = z.looseObject({
  source: reference('a source id'),
  quote: text('a string', z.minLength(1, { error: 'must not be empty: copy the exact words from the source' })),
  start: z.optional(offset('start')),
  end: z.optional(offset('end')),
});

/** One event (DATA-FORMAT "Event"); its `date` is checked by parseEdtfDate in parseDataset. */
export const eventSchema = z.looseObject({
  id: slug('an event id'),
  date: z
    .string({ error: expecting('an EDTF date (a string) such as 2022-06-26') })
    .check(
      z.maxLength(MAX_EDTF_LENGTH, { error: `is too long to be an EDTF date (at most ${MAX_EDTF_LENGTH} characters)` }),
    )
    .register(z.globalRegistry, {
      description: 'EDTF level 0 or 1 date or interval, e.g. 2022-06-26 or 2022-06-20/2022-06-26',
    }),
  dateText: z.optional(localizedText()),
  dateBasis: z.optional(enumOf(['stated', 'relative', 'external'], 'a date basis')),
  title: localizedText(LIMITS.titleLength, 'a title'),
  summary: z.optional(localizedText(LIMITS.summaryLength, 'a summary')),
  type: enumOf(EVENT_TYPES, 'a PLOVER event type'),
  mode: z.optional(text()),
  context: z.optional(stringList('PLOVER contexts')),
  actors: idList('actor ids', 'an actor id', z.minLength(1, { error: 'needs at least one actor: who acts?' })),
  recipients: z.optional(idList('actor ids', 'an actor id')),
  evidence: z.optional(
    z
      .array(evidenceSchema, { error: expecting('a list of evidence objects') })
      .check(z.maxLength(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'pieces of evidence') })),
  ),
  tags: z.optional(stringList('tags')),
});

/** A whole `linimasa/1` dataset as written in the JSON file. */
function eventList<T extends z.core.SomeType>(item: T) {
  return z
    .array(item, { error: expecting('a list of events') })
    .check(z.maxLength(LIMITS.events, { error: tooMany(LIMITS.events, 'events') }));
}

export const datasetSchema = z
  .looseObject({
    format: z.literal(DATASET_FORMAT, {
      error: (issue) => `unknown format ${quoted(issue.input)}: this version of Linimasa reads "${DATASET_FORMAT}"`,
    }),
    id: slug('a dataset id'),
    title: localizedText(),
    description: z.optional(localizedText()),
    locales: z
      .array(languageTag(), { error: expecting('a list of BCP 47 language tags') })
      .check(
        z.minLength(1, { error: 'needs at least one language tag; the first is the default' }),
        z.maxLength(LIMITS.locales, { error: tooMany(LIMITS.locales, 'language tags') }),
      ),
    sources: z
      .array(sourceSchema, { error: expecting('a list of sources') })
      .check(
        z.minLength(1, { error: 'needs at least one source' }),
        z.maxLength(LIMITS.sources, { error: tooMany(LIMITS.sources, 'sources') }),
      ),
    actors: z
      .array(actorSchema, { error: expecting('a list of actors') })
      .check(z.maxLength(LIMITS.actors, { error: tooMany(LIMITS.actors, 'actors') })),
    events: eventList(eventSchema),
    credit: z.optional(localizedText()),
  })
  .register(z.globalRegistry, {
    title: 'Linimasa dataset (linimasa/1)',
    description: 'A timeline of events with their actors and sources; see DATA-FORMAT.md.',
  });

/**
 * `datasetSchema` without looking inside each event: the parser checks events
 * one by one (most through `isWellFormedEvent`, the rest through `eventSchema`).
 */
export const datasetShellSchema = z.extend(datasetSchema, { events: eventList(z.unknown()) });

/** A dataset as it sits in the JSON file, before cross-checks: the schema's input type. */
export type RawDataset = z.input<typeof datasetSchema>;
