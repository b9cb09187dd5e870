/**
 * Making `places` entries of a `linimasa/1` dataset, for whoever adds places
 * to a story (the story editor, the extraction assistant): a country from
 * its ISO 3166-1 alpha-3 code, a city or region from its point, each with an
 * id that is free in the dataset. The entries are plain JSON, as the file
 * holds them; `parseDataset` checks them like any other.
 */
import type { GeoPoint, LocalizedText, PointBasis } from '@/domain/dataset/model';
import type { RawPlace } from '@/domain/dataset/place-schema';

/** A slug from `text` (lower-case ASCII letters, digits and hyphens, at most 64), unused in `taken`: `Minsk` → `minsk`, then `minsk-2`. */
export function placeIdFor(text: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'place';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** What a country entry needs: its code and its name per language (an editor may take them from `COUNTRIES`). */
export interface CountryPlaceInput {
  /** ISO 3166-1 alpha-3, e.g. `BLR`. */
  readonly code: string;
  readonly name: LocalizedText;
  /** Ids already used by places of the dataset. */
  readonly taken?: ReadonlySet<string>;
  readonly wikidata?: string;
}

/** What a city or region entry needs; `point` is [longitude, latitude] in degrees. */
export interface PointPlaceInput {
  readonly kind: 'city' | 'region';
  readonly name: LocalizedText;
  readonly point: GeoPoint;
  /** `stated` when the source gives the coordinates; by default `external`: looked up elsewhere. */
  readonly pointBasis?: PointBasis;
  /** ISO 3166-1 alpha-3 of the country it lies in. */
  readonly country?: string;
  readonly taken?: ReadonlySet<string>;
  readonly wikidata?: string;
}

function firstName(name: LocalizedText): string {
  return Object.values(name)[0] ?? '';
}

// Coordinates to 4 decimals (about 11 m): more than a news story ever says, and short JSON.
function roundPoint([longitude, latitude]: GeoPoint): [number, number] {
  return [Math.round(longitude * 1e4) / 1e4, Math.round(latitude * 1e4) / 1e4];
}

/** A `places` entry for a country; its id is the English (else first) name as a slug, free in `taken`. */
export function createCountryPlace(input: CountryPlaceInput): RawPlace {
  return {
    id: placeIdFor(input.name.en ?? firstName(input.name) ?? input.code, input.taken),
    name: { ...input.name },
    kind: 'country',
    country: input.code,
    ...(input.wikidata ? { wikidata: input.wikidata } : {}),
  };
}

/** A `places` entry for a city or region at `point` (rounded to 4 decimals), marked `external` unless the source states it. */
export function createPointPlace(input: PointPlaceInput): RawPlace {
  return {
    id: placeIdFor(input.name.en ?? firstName(input.name), input.taken),
    name: { ...input.name },
    kind: input.kind,
    ...(input.country ? { country: input.country } : {}),
    point: roundPoint(input.point),
    pointBasis: input.pointBasis ?? 'external',
    ...(input.wikidata ? { wikidata: input.wikidata } : {}),
  };
}
