/** Which events belong to a place: small, so the views that link to the map can ask without loading it. */
import type { Place, TimelineEvent } from '@/domain/dataset/model';

/**
 * The ids of the places whose events count as `placeId`'s: the place
 * itself, and for a country every place the dataset puts in it (Minsk's
 * events are Belarus's too). Empty when no place has that id.
 */
export function placesWithin(places: readonly Place[], placeId: string): ReadonlySet<string> {
  const place = places.find((p) => p.id === placeId);
  if (!place) return new Set();
  const within = new Set([placeId]);
  if (place.kind === 'country' && place.country)
    for (const p of places) if (p.country === place.country) within.add(p.id);
  return within;
}

/** The events among `events` at any of the places `placeIds`, in their order. */
export function eventsAtPlaces(events: readonly TimelineEvent[], placeIds: ReadonlySet<string>): TimelineEvent[] {
  if (placeIds.size === 0) return [];
  return events.filter((e) => e.places?.some((p) => placeIds.has(p)) === true);
}
