import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { COUNTRIES, countryByCode, countryByNumeric, countryName } from '@/domain/places/country-names';
import { createCountryPlace, createPointPlace, placeIdFor } from '@/domain/places/make-place';

describe('making places', () => {
  it('placeIdFor makes a slug free in the dataset', () => {
    expect(placeIdFor('Minsk')).toBe('minsk');
    expect(placeIdFor('Minsk', new Set(['minsk', 'minsk-2']))).toBe('minsk-3');
    expect(placeIdFor('Côte d’Ivoire')).toBe('cote-d-ivoire');
    expect(placeIdFor('!!!')).toBe('place');
  });

  it('createCountryPlace and createPointPlace make entries parseDataset accepts', () => {
    const belarus = countryByCode('BLR')!;
    const country = createCountryPlace({ code: belarus.code, name: belarus.name });
    const taken = new Set([country.id]);
    const city = createPointPlace({
      kind: 'city',
      name: { en: 'Minsk', id: 'Minsk' },
      point: [27.566666, 53.9],
      country: 'BLR',
      taken,
    });
    expect(country).toEqual({
      id: 'belarus',
      name: { en: 'Belarus', id: 'Belarusia' },
      kind: 'country',
      country: 'BLR',
    });
    expect(city).toEqual({
      id: 'minsk',
      name: { en: 'Minsk', id: 'Minsk' },
      kind: 'city',
      country: 'BLR',
      point: [27.5667, 53.9],
      pointBasis: 'external',
    });
    const dataset = {
      format: 'linimasa/1',
      id: 'places',
      title: { en: 'Places' },
      locales: ['en', 'id'],
      sources: [{ id: 's', publisher: 'P', published: '2022-07-01', language: 'en' }],
      actors: [{ id: 'a', name: { en: 'A' }, kind: 'person' }],
      places: [country, city],
      events: [
        {
          id: 'e',
          date: '2022',
          title: { en: 'E' },
          type: 'STATEMENT',
          actors: ['a'],
          places: ['minsk'],
          evidence: [{ source: 's', quote: 'q' }],
        },
      ],
    };
    const result = parseDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('the countries of the boundary files', () => {
  it('lists every ISO 3166-1 country with names in English and Indonesian', () => {
    expect(COUNTRIES).toHaveLength(250);
    expect(countryByCode('UKR')).toEqual({
      code: 'UKR',
      numeric: '804',
      name: { en: 'Ukraine', id: 'Ukraina' },
      boundary: true,
    });
    expect(countryByNumeric('112')?.code).toBe('BLR');
    expect(countryName('RUS', 'id')).toBe('Rusia');
    expect(countryName('RUS', 'en')).toBe('Russian Federation');
    expect(countryName('XAA', 'en')).toBe('XAA');
  });

  it('says truly which countries the 1:50 million boundary file has a shape for', () => {
    const topology = JSON.parse(
      readFileSync(resolve(__dirname, '../../../../node_modules/world-atlas/countries-50m.json'), 'utf8'),
    ) as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } };
    const ids = new Set(topology.objects.countries.geometries.map((g) => g.id));
    const names = new Set(topology.objects.countries.geometries.map((g) => g.properties.name));
    for (const country of COUNTRIES) {
      const drawn = ids.has(country.numeric) || (country.code === 'XKK' && names.has('Kosovo'));
      expect(country.boundary, country.code).toBe(drawn);
    }
  });
});
