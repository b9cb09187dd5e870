/**
 * The checks of a dataset's places that need more than one object: ids,
 * which kind of place needs which field, ISO 3166-1 alpha-3 codes that name
 * a country, and the references to places from events and sources. The
 * shapes and ranges (a longitude from −180 to 180) are the schema's
 * (place-schema.ts). Called by `parseDataset`; a dataset without places
 * passes through in a moment.
 */
import { assignedCountryCodes, isKnownCountryCode, isUserAssignedCountryCode } from '@/domain/dataset/country-codes';
import { checkReference, collectIds, LocaleRules, warnUnknownFields } from '@/domain/dataset/check-objects';
import { didYouMean, type IssueSink } from '@/domain/dataset/dataset-issues';
import { field, list, type Json } from '@/domain/dataset/json';

function knownCode(code: unknown): code is string {
  return typeof code === 'string' && isKnownCountryCode(code);
}

function unknownCodeMessage(code: string): string {
  return `${JSON.stringify(code)} is not an ISO 3166-1 alpha-3 country code${didYouMean(code, assignedCountryCodes())} (a fictional or former state may use a code left to users, XAA–XZZ)`;
}

/** Checks one place: what its kind needs, its country code and its point's basis. */
function checkPlace(place: unknown, i: number, sink: IssueSink): void {
  const kind = field(place, 'kind');
  const country = field(place, 'country');
  const point = field(place, 'point');
  if (typeof country === 'string' && /^[A-Z]{3}$/.test(country) && !knownCode(country))
    sink.error(['places', i, 'country'], unknownCodeMessage(country));
  if (kind === 'country' && country === undefined) {
    sink.error(
      ['places', i],
      'a place of kind "country" needs "country", its ISO 3166-1 alpha-3 code such as "BLR", which places it on the map',
    );
  }
  if (kind === 'country' && typeof country === 'string' && isUserAssignedCountryCode(country) && point === undefined) {
    sink.error(
      ['places', i],
      `${JSON.stringify(country)} names no real country, so the map has no boundary to draw: give the place a "point" [longitude, latitude]`,
    );
  }
  if (kind === 'city' && point === undefined) {
    sink.error(['places', i], 'a place of kind "city" needs "point", its [longitude, latitude] in degrees');
  }
  if (kind === 'region' && point === undefined) {
    sink.warn(['places', i], 'this region has no "point" [longitude, latitude], so the map cannot show it');
  }
  const basis = field(place, 'pointBasis');
  if (point !== undefined && basis === undefined) {
    sink.error(
      ['places', i],
      '"point" needs "pointBasis": "external" when the coordinates were added from outside the sources, "stated" when a source gives them',
    );
  }
  if (point === undefined && basis !== undefined)
    sink.warn(['places', i, 'pointBasis'], '"pointBasis" is ignored: the place has no "point"');
}

/** What `checkPlaces` needs besides the dataset's root. */
export interface PlaceCheckContext {
  /** Indices (ascending) of the events that may hold a reference worth reporting; the others were vouched for. */
  readonly eventIndices: readonly number[];
}

/**
 * Reports the places' problems: unknown fields, names without the default
 * language, repeated ids, fields their kind needs, unknown country codes
 * (an error for a place, a warning for an actor, whose code the map only
 * uses for shading), and references to places that do not exist.
 */
export function checkPlaces(root: Json, context: PlaceCheckContext, sink: IssueSink): void {
  const places = list(field(root, 'places'));
  const locales = places.length > 0 ? new LocaleRules(root) : null;
  places.forEach((place, i) => {
    warnUnknownFields(place, 'place', i, 0, sink);
    locales?.check(field(place, 'name'), 'places', i, 'name', sink);
    checkPlace(place, i, sink);
  });
  const placeIds = collectIds(places, 'place', 'places', sink);
  list(field(root, 'actors')).forEach((actor, i) => {
    const country = field(actor, 'country');
    if (typeof country === 'string' && /^[A-Z]{3}$/.test(country) && !knownCode(country))
      sink.warn(['actors', i, 'country'], `${unknownCodeMessage(country)}; the map will not shade it`);
  });
  list(field(root, 'sources')).forEach((source, i) =>
    checkReference(field(source, 'place'), placeIds, 'place', ['sources', i, 'place'], sink),
  );
  const events = list(field(root, 'events'));
  for (const i of context.eventIndices) {
    const refs = list(field(events[i], 'places'));
    for (let j = 0; j < refs.length; j += 1) {
      const ref = refs[j];
      if (typeof ref !== 'string' || !placeIds.has(ref))
        checkReference(ref, placeIds, 'place', ['events', i, 'places', j], sink);
    }
  }
}
