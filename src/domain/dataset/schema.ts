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
import {
  COUNTRY_PATTERN,
  enumOf,
  idList,
  languageTag,
  LIMITS,
  localizedText,
  reference,
  slug,
  stringList,
  text,
  TEXT_PATH_PATTERN,
  urlError,
  WIKIDATA_PATTERN,
  expecting,
  tooMany,
  HTTP_URL_PATTERN,
  isHttpUrl,
  quoted,
  describeValue,
} from '@/domain/dataset/schema-fields';
import { placeListSchema } from '@/domain/dataset/place-schema';

/** The one format string this version reads. */
export { DATASET_FORMAT };

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
  place: z.optional(reference('a place id')),
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
  places: z.optional(idList('place ids', 'a place id')),
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
    places: z.optional(placeListSchema),
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
