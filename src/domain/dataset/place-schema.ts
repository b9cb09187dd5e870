/**
 * The zod schema of a place (DATA-FORMAT "Place"): a city, region or country
 * with a name per language, an ISO 3166-1 alpha-3 code and a point as
 * [longitude, latitude] in degrees. Shapes, patterns and ranges are checked
 * here; what needs the whole dataset (ids, references, known codes, which
 * kind needs which field) is checked in check-places.ts.
 */
import { z } from 'zod/mini';
import { PLACE_KINDS, POINT_BASES } from '@/domain/dataset/model';
import {
  COUNTRY_PATTERN,
  describeValue,
  enumOf,
  expecting,
  localizedText,
  quoted,
  slug,
  tooMany,
  WIKIDATA_PATTERN,
} from '@/domain/dataset/schema-fields';

/** Most places a dataset may have; a limit that keeps the app responsive. */
export const MAX_PLACES = 20_000;

/** An ISO 3166-1 alpha-3 code by its shape; whether it is a known one is checked by check-places.ts. */
export function countryCode() {
  return z.string({ error: expecting('an ISO 3166-1 alpha-3 code (a string)') }).check(
    z.regex(COUNTRY_PATTERN, {
      error: (issue) =>
        `${quoted(issue.input)} is not an ISO 3166-1 alpha-3 code: use three capital letters such as RUS`,
    }),
  );
}

function degrees(what: 'longitude' | 'latitude', limit: 180 | 90) {
  const range = `${what} is in degrees from −${limit} to ${limit}`;
  return z
    .number({ error: expecting(`a ${what} in degrees (a number)`) })
    .check(
      z.gte(-limit, { error: (issue) => `${describeValue(issue.input)} is out of range: ${range}` }),
      z.lte(limit, { error: (issue) => `${describeValue(issue.input)} is out of range: ${range}` }),
    );
}

/** A point as [longitude, latitude] in degrees (WGS 84), in that order, as GeoJSON has it. */
export const pointSchema = z
  .tuple([degrees('longitude', 180), degrees('latitude', 90)], {
    error: (issue) =>
      issue.code === 'too_big' || issue.code === 'too_small'
        ? 'a point is two numbers, [longitude, latitude], such as [27.56, 53.9] for Minsk'
        : expecting('a point [longitude, latitude], such as [27.56, 53.9]')(issue),
  })
  .register(z.globalRegistry, {
    description: '[longitude, latitude] in degrees, WGS 84: longitude −180…180 east, latitude −90…90 north',
  });

/** One place (DATA-FORMAT "Place"). */
export const placeSchema = z.looseObject({
  id: slug('a place id'),
  name: localizedText(),
  kind: enumOf(PLACE_KINDS, 'a place kind'),
  country: z.optional(countryCode()),
  point: z.optional(pointSchema),
  pointBasis: z.optional(enumOf(POINT_BASES, 'a point basis')),
  wikidata: z.optional(
    z.string({ error: expecting('a Wikidata id (a string)') }).check(
      z.regex(WIKIDATA_PATTERN, {
        error: (issue) => `${quoted(issue.input)} is not a Wikidata id: use the item's Q-number, such as Q2280`,
      }),
    ),
  ),
});

/** A dataset's `places` list. */
export const placeListSchema = z
  .array(placeSchema, { error: expecting('a list of places') })
  .check(z.maxLength(MAX_PLACES, { error: tooMany(MAX_PLACES, 'places') }));

/** A place as it sits in the JSON file: the schema's input type. */
export type RawPlace = z.input<typeof placeSchema>;
