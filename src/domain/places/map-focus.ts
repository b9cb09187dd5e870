/**
 * What a dataset asks the map to show: the countries of its country places
 * and of its states, and the points of its places. Taken from the whole
 * dataset, not the events shown, so the map keeps its view while filters and
 * the time window change what is on it.
 */
import type { Dataset, GeoPoint } from '@/domain/dataset/model';

/** Countries (ISO 3166-1 alpha-3) and points ([longitude, latitude] in degrees) for the map to fit. */
export interface DatasetMapFocus {
  readonly countries: readonly string[];
  readonly points: readonly GeoPoint[];
}

/** The countries and points `dataset` has: its country places' and states' codes, sorted, and its places' points in their order. */
export function mapFocusOf(dataset: Pick<Dataset, 'actors' | 'places'>): DatasetMapFocus {
  const countries = new Set<string>();
  const points: GeoPoint[] = [];
  for (const place of dataset.places ?? []) {
    if (place.kind === 'country' && place.country) countries.add(place.country);
    if (place.point) points.push(place.point);
  }
  for (const actor of dataset.actors) if (actor.kind === 'state' && actor.country) countries.add(actor.country);
  return { countries: [...countries].sort(), points };
}
