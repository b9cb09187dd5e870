/**
 * The fictional places of a synthetic dataset: each fictional state gets a
 * country place and one to three towns, at made-up points, and about half
 * the events happen at a place of their lead actor's state. The states'
 * codes are left to users (XAA–XZZ), so no real country is implied; their
 * points are drawn inside boxes that lie on land on every continent, so a
 * generated map looks like a map. Drawn from a randomness of its own, so
 * places leave every other part of a generated dataset as it was.
 */
import type { RawDataset } from '@/domain/dataset/schema';
import type { RawPlace } from '@/domain/dataset/place-schema';
import { createCountryPlace, createPointPlace } from '@/domain/places/make-place';
import { weighted, type Random } from '@/domain/generate/random';
import { SYLLABLES } from '@/domain/generate/vocabulary';

/** Boxes that lie on land, [west, south, east, north] in degrees, one or two a continent. */
export const LAND_BOXES: readonly (readonly [number, number, number, number])[] = [
  [-118, 34, -88, 52],
  [-106, 18, -98, 26],
  [-68, -28, -48, -8],
  [-75, -2, -62, 6],
  [-2, 42, 22, 52],
  [24, 46, 48, 60],
  [-6, 14, 28, 28],
  [16, -24, 32, 4],
  [48, 30, 72, 46],
  [74, 18, 84, 28],
  [102, 26, 116, 38],
  [64, 52, 118, 64],
  [122, -30, 144, -20],
];

const boxOf = weighted(LAND_BOXES.map(([w, s, e, n]) => (e - w) * (n - s) * Math.cos((((s + n) / 2) * Math.PI) / 180)));

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** The generated places, and for each state's country code its places' ids (the country place first). */
export interface GeneratedPlaces {
  readonly places: RawPlace[];
  readonly byCountry: ReadonlyMap<string, readonly string[]>;
}

/** Makes the places of the fictional states among `actors`: a country place and 1–3 towns each. */
export function createPlaces(actors: RawDataset['actors'], random: Random): GeneratedPlaces {
  const places: RawPlace[] = [];
  const taken = new Set<string>();
  const names = new Set<string>();
  const byCountry = new Map<string, string[]>();
  const add = (place: RawPlace, code: string) => {
    places.push(place);
    taken.add(place.id);
    const list = byCountry.get(code);
    if (list) list.push(place.id);
    else byCountry.set(code, [place.id]);
  };
  const townName = (): string => {
    for (;;) {
      let name = '';
      for (let i = 0; i < 2 + Math.floor(random() * 2); i += 1)
        name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
      name = name.charAt(0).toUpperCase() + name.slice(1);
      if (names.has(name)) continue;
      names.add(name);
      return name;
    }
  };
  for (const actor of actors) {
    if (actor.kind !== 'state' || !actor.country) continue;
    const code = actor.country;
    const [west, south, east, north] = LAND_BOXES[boxOf(random)] ?? [0, 0, 0, 0];
    const longitude = west + random() * (east - west);
    const latitude = south + random() * (north - south);
    const name = { en: actor.name.en ?? actor.id, id: actor.name.id ?? actor.name.en ?? actor.id };
    const country = createCountryPlace({ code, name, taken });
    add({ ...country, point: [round(longitude), round(latitude)], pointBasis: 'external' }, code);
    const towns = 1 + Math.floor(random() * 3);
    for (let i = 0; i < towns; i += 1) {
      const town = townName();
      const point: [number, number] = [
        Math.max(-180, Math.min(180, longitude + (random() - 0.5) * 8)),
        Math.max(-85, Math.min(85, latitude + (random() - 0.5) * 6)),
      ];
      add(createPointPlace({ kind: 'city', name: { en: town, id: town }, point, country: code, taken }), code);
    }
  }
  return { places, byCountry };
}

/** The place of an event whose lead actor belongs to `country`: about half the events get one, mostly a town. */
export function placeOfEvent(
  country: string | undefined,
  byCountry: ReadonlyMap<string, readonly string[]>,
  random: Random,
): string | undefined {
  const draw = random();
  const choice = random();
  const own = country === undefined ? undefined : byCountry.get(country);
  if (!own || draw >= 0.5) return undefined;
  // The country place itself a quarter of the time, else one of its towns.
  if (choice < 0.25 || own.length === 1) return own[0];
  return own[1 + Math.floor(((choice - 0.25) / 0.75) * (own.length - 1))];
}
