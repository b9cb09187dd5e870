/**
 * The editor's changes to where events happened: a country or a city added
 * to an event (the story's place reused when it has it already), a place
 * taken off an event (and out of the story once nothing names it), and the
 * reading of a city's coordinates as a person types them, with what is
 * wrong with them. Pure functions from one draft to the next, like
 * draft-commands.ts.
 */
import type { GeoPoint } from '@/domain/dataset/model';
import { createCountryPlace, createPointPlace } from '@/domain/places/make-place';
import { updateEvent } from '@/domain/draft/draft-commands';
import type { Draft, DraftPlace, DraftText } from '@/domain/draft/draft-model';

/** A country as the editor offers it: its ISO 3166-1 alpha-3 code and its name in English and Indonesian. */
export interface CountryChoice {
  readonly code: string;
  readonly name: { readonly en: string; readonly id: string };
}

/** A city as typed into the editor: its name by language tag, and its coordinates as typed (degrees). */
export interface CityEntry {
  readonly name: DraftText;
  readonly latitude: string;
  readonly longitude: string;
}

/** Which field of a city entry is wrong, and how. */
export interface CityProblem {
  readonly field: 'name' | 'latitude' | 'longitude';
  /** `missing`: empty; `notNumber`: not a number of degrees; `outOfRange`: beyond ±90 (latitude) or ±180 (longitude). */
  readonly kind: 'missing' | 'notNumber' | 'outOfRange';
}

/** A city entry read: its names (empty ones left out) and its point [longitude, latitude] in degrees, or what is wrong. */
export type CityReading =
  | { readonly ok: true; readonly name: DraftText; readonly point: GeoPoint }
  | { readonly ok: false; readonly problems: readonly CityProblem[] };

/**
 * Reads a number of degrees as people type one: `53.9`, `53,9` (a decimal comma), `−12.5` (a typographic
 * minus), with spaces around; NaN when it is not one.
 */
export function readDegrees(typed: string): number {
  const text = typed.trim().replace(/^[−–]/, '-').replace(',', '.');
  // Number('') is 0 and Number('0x1A') is 26: only plain decimal numbers count.
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

function readCoordinate(typed: string, field: 'latitude' | 'longitude', limit: number, problems: CityProblem[]) {
  if (typed.trim() === '') {
    problems.push({ field, kind: 'missing' });
    return 0;
  }
  const value = readDegrees(typed);
  if (Number.isNaN(value)) problems.push({ field, kind: 'notNumber' });
  else if (value < -limit || value > limit) problems.push({ field, kind: 'outOfRange' });
  return value;
}

/** Reads a city entry: a name in `defaultLocale` (the story's first language) is needed, latitude −90…90 and longitude −180…180. */
export function readCityEntry(entry: CityEntry, defaultLocale: string): CityReading {
  const problems: CityProblem[] = [];
  const name = Object.fromEntries(
    Object.entries(entry.name)
      .map(([locale, text]) => [locale, text.trim()] as const)
      .filter(([, text]) => text !== ''),
  );
  if (!name[defaultLocale]) problems.push({ field: 'name', kind: 'missing' });
  const latitude = readCoordinate(entry.latitude, 'latitude', 90, problems);
  const longitude = readCoordinate(entry.longitude, 'longitude', 180, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, name, point: [longitude, latitude] };
}

/**
 * A country's name in each of the story's languages: the Indonesian name for `id…`, the English one for the
 * others; a language other than these gets the English name only when it is the default, which needs a text.
 */
export function countryNameIn(country: CountryChoice, locales: readonly string[]): DraftText {
  const name: Record<string, string> = {};
  locales.forEach((locale, i) => {
    const tag = locale.toLowerCase();
    if (tag === 'id' || tag.startsWith('id-')) name[locale] = country.name.id;
    else if (tag === 'en' || tag.startsWith('en-') || i === 0) name[locale] = country.name.en;
  });
  return locales.length > 0 ? name : { en: country.name.en };
}

function takenIds(draft: Draft): Set<string> {
  return new Set((draft.places ?? []).map((p) => p.id));
}

function withPlace(draft: Draft, place: DraftPlace): Draft {
  return { ...draft, places: [...(draft.places ?? []), place] };
}

/** The draft with place `placeId` among the places of the event at `index` (unchanged when it is there already). */
export function addPlaceToEvent(draft: Draft, index: number, placeId: string): Draft {
  return updateEvent(draft, index, (event) =>
    event.places?.includes(placeId) ? event : { ...event, places: [...(event.places ?? []), placeId] },
  );
}

/** The draft with `country` at the event at `index`: the story's place for that country when it has one, else a new one. */
export function addCountryToEvent(draft: Draft, index: number, country: CountryChoice): Draft {
  if (!draft.events[index]) return draft;
  const known = draft.places?.find((p) => p.kind === 'country' && p.country === country.code);
  if (known) return addPlaceToEvent(draft, index, known.id);
  const place = createCountryPlace({
    code: country.code,
    name: countryNameIn(country, draft.story.locales),
    taken: takenIds(draft),
  }) as DraftPlace;
  return addPlaceToEvent(withPlace(draft, place), index, place.id);
}

/**
 * The draft with a city at the event at `index`, its point marked `external` (looked up outside the sources):
 * the story's city of the same name at the same point (to 4 decimals) when it has one, else a new one.
 */
export function addCityToEvent(draft: Draft, index: number, city: { name: DraftText; point: GeoPoint }): Draft {
  if (!draft.events[index]) return draft;
  const place = createPointPlace({ kind: 'city', name: city.name, point: city.point, taken: takenIds(draft) });
  const point = place.point as GeoPoint;
  const known = draft.places?.find(
    (p) =>
      p.kind === 'city' &&
      p.point?.[0] === point[0] &&
      p.point?.[1] === point[1] &&
      Object.entries(city.name).every(([locale, text]) => p.name[locale] === text),
  );
  if (known) return addPlaceToEvent(draft, index, known.id);
  return addPlaceToEvent(withPlace(draft, place as DraftPlace), index, place.id);
}

/**
 * The draft without place `placeId` at the event at `index`; the place leaves the story too when no other
 * event and no source's dateline names it, so a story never carries a place nothing uses.
 */
export function removePlaceFromEvent(draft: Draft, index: number, placeId: string): Draft {
  const next = updateEvent(draft, index, (event) => {
    if (!event.places?.includes(placeId)) return event;
    const places = event.places.filter((id) => id !== placeId);
    if (places.length > 0) return { ...event, places };
    const { places: _gone, ...rest } = event;
    return rest;
  });
  if (next === draft) return draft;
  const used = next.events.some((e) => e.places?.includes(placeId)) || next.sources.some((s) => s.place === placeId);
  if (used || !next.places) return next;
  const places = next.places.filter((p) => p.id !== placeId);
  if (places.length > 0) return { ...next, places };
  const { places: _none, ...rest } = next;
  return rest;
}
