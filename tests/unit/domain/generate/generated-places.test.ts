import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { generateDataset } from '@/domain/generate/generate-dataset';
import { LAND_BOXES } from '@/domain/generate/generated-places';

describe('the places of generated datasets', () => {
  const dataset = generateDataset({ events: 2000, actors: 300, seed: 7 });

  it('gives each fictional state a country place and one to three towns, on land, with external points', () => {
    const places = dataset.places ?? [];
    const states = dataset.actors.filter((a) => a.kind === 'state');
    const countries = places.filter((p) => p.kind === 'country');
    expect(countries.map((p) => p.country).sort()).toEqual(states.map((s) => s.country).sort());
    for (const state of states) {
      const towns = places.filter((p) => p.kind === 'city' && p.country === state.country).length;
      expect(towns).toBeGreaterThanOrEqual(1);
      expect(towns).toBeLessThanOrEqual(3);
    }
    for (const country of countries) {
      const [longitude = NaN, latitude = NaN] = country.point ?? [];
      expect(
        LAND_BOXES.some(([w, s, e, n]) => longitude >= w && longitude <= e && latitude >= s && latitude <= n),
      ).toBe(true);
    }
    expect(places.every((p) => p.pointBasis === 'external')).toBe(true);
  });

  it('places about half the events, at a place of their lead actor', () => {
    const withPlace = dataset.events.filter((e) => e.places?.length);
    expect(withPlace.length / dataset.events.length).toBeGreaterThan(0.35);
    expect(withPlace.length / dataset.events.length).toBeLessThan(0.55);
    const countryOf = new Map(dataset.actors.map((a) => [a.id, a.country]));
    const placeCountry = new Map((dataset.places ?? []).map((p) => [p.id, p.country]));
    for (const event of withPlace) expect(placeCountry.get(event.places![0]!)).toBe(countryOf.get(event.actors[0]!));
  });

  it('is valid and the same for the same seed', () => {
    const result = parseDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(JSON.stringify(generateDataset({ events: 2000, actors: 300, seed: 7 }).places)).toBe(
      JSON.stringify(dataset.places),
    );
  });

  it('leaves the rest of the dataset byte for byte as it was before places', () => {
    const generated = generateDataset({ events: 500, actors: 80, seed: 3 });
    const { places: _, ...rest } = generated;
    const withoutPlaces = JSON.stringify({
      ...rest,
      events: generated.events.map(({ places: __, ...event }) => event),
    });
    // The SHA-256 of this dataset's JSON from the generator as it was before it made places.
    expect(createHash('sha256').update(withoutPlaces).digest('hex')).toBe(
      '4ca5e9e212d92066e0f970331881b999d583d0a8fb50b600f1ed4945fe5045b7',
    );
  });
});
