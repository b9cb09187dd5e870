import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import codes from 'i18n-iso-countries/codes.json';
import { describe, expect, it } from 'vitest';
import { assignedCountryCodes, isKnownCountryCode } from '@/domain/dataset/country-codes';
import { buildValidDataset } from '@/domain/dataset/build-dataset';
import type { ParseResult } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';

const BUNDLED = resolve(__dirname, '../../../../data/russia-belarus-2022.json');
type Json = Record<string, unknown> & { places: Record<string, unknown>[]; events: Record<string, unknown>[] };

/** The bundled dataset without its source text (so offsets are not checked), with `change` applied. */
function bundledWith(change: (d: Json) => void): Json {
  const dataset = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Json;
  delete (dataset.sources as Record<string, unknown>[])[0]!.text;
  for (const event of dataset.events)
    for (const evidence of event.evidence as Record<string, unknown>[]) {
      delete evidence.start;
      delete evidence.end;
    }
  change(dataset);
  return dataset;
}

function errorsOf(result: ParseResult): { path: string; message: string }[] {
  return result.ok ? [] : [...result.problems];
}

const city = (extra: Record<string, unknown> = {}) => ({
  id: 'minsk',
  name: { en: 'Minsk' },
  kind: 'city',
  country: 'BLR',
  point: [27.5667, 53.9],
  pointBasis: 'external',
  ...extra,
});

describe('places in a dataset', () => {
  it('parseDataset gives the bundled story its places, the events theirs and the source its dateline', () => {
    const result = parseDataset(bundledWith(() => undefined));
    expect(errorsOf(result)).toEqual([]);
    const dataset = result.ok ? result.value : null;
    expect(dataset?.places?.map((p) => p.id)).toEqual(['moscow', 'belarus', 'ukraine']);
    expect(dataset?.places?.[0]).toMatchObject({
      kind: 'city',
      country: 'RUS',
      point: [37.6172, 55.7558],
      pointBasis: 'external',
    });
    expect(dataset?.events.find((e) => e.id === 'invasion-of-ukraine')?.places).toEqual(['ukraine']);
    expect(dataset?.events.find((e) => e.id === 'union-treaty-signed')?.places).toEqual([]);
    expect(dataset?.sources[0]?.place).toBe('moscow');
  });

  it('buildValidDataset builds the same places as parseDataset', () => {
    const input = bundledWith(() => undefined);
    const parsed = parseDataset(structuredClone(input));
    expect(parsed.ok && buildValidDataset(structuredClone(input))).toEqual(parsed.ok && parsed.value);
  });

  it('parseDataset rejects a longitude or latitude out of range, at the coordinate', () => {
    const result = parseDataset(bundledWith((d) => d.places.push(city({ point: [181, -90.5] }))));
    expect(errorsOf(result)).toEqual([
      {
        path: 'places[3].point[0]',
        message: 'the number 181 is out of range: longitude is in degrees from −180 to 180',
      },
      {
        path: 'places[3].point[1]',
        message: 'the number -90.5 is out of range: latitude is in degrees from −90 to 90',
      },
    ]);
  });

  it('parseDataset rejects a point that is not two numbers', () => {
    const result = parseDataset(bundledWith((d) => d.places.push(city({ point: [27.5] }))));
    expect(errorsOf(result)[0]).toMatchObject({
      path: 'places[3].point',
      message: expect.stringMatching(/two numbers, \[longitude, latitude\]/),
    });
  });

  it('parseDataset rejects an unknown country code on a place and suggests the nearest', () => {
    const result = parseDataset(bundledWith((d) => d.places.push(city({ country: 'UKX' }))));
    expect(errorsOf(result)).toEqual([
      {
        path: 'places[3].country',
        message: expect.stringMatching(/^"UKX" is not an ISO 3166-1 alpha-3 country code; did you mean "UKR"\?/),
      },
    ]);
  });

  it('parseDataset wants a point for a city, a code for a country and a basis for a point', () => {
    const result = parseDataset(
      bundledWith((d) =>
        d.places.push(
          { id: 'nowhere', name: { en: 'Nowhere' }, kind: 'city' },
          { id: 'somewhere', name: { en: 'Somewhere' }, kind: 'country' },
          city({ id: 'vague', pointBasis: undefined }),
        ),
      ),
    );
    expect(errorsOf(result).map((e) => [e.path, e.message.slice(0, 40)])).toEqual([
      ['places[3]', 'a place of kind "city" needs "point", it'],
      ['places[4]', 'a place of kind "country" needs "country'],
      ['places[5]', '"point" needs "pointBasis": "external" w'],
    ]);
  });

  it('parseDataset wants a point for a country whose code is left to users, which has no boundary', () => {
    const fictional = { id: 'xland', name: { en: 'Xland' }, kind: 'country', country: 'XAB' };
    expect(errorsOf(parseDataset(bundledWith((d) => d.places.push(fictional))))[0]?.message).toMatch(
      /"XAB" names no real country/,
    );
    const placed = { ...fictional, point: [10, 10], pointBasis: 'external' };
    expect(errorsOf(parseDataset(bundledWith((d) => d.places.push(placed))))).toEqual([]);
  });

  it('parseDataset rejects references to places that do not exist, from events and sources', () => {
    const result = parseDataset(
      bundledWith((d) => {
        d.events[0]!.places = ['belarus', 'belarsu'];
        (d.sources as Record<string, unknown>[])[0]!.place = 'moskow';
      }),
    );
    expect(errorsOf(result)).toEqual([
      { path: 'sources[0].place', message: 'no place has the id "moskow"; did you mean "moscow"?' },
      { path: 'events[0].places[1]', message: 'no place has the id "belarsu"; did you mean "belarus"?' },
    ]);
  });

  it('parseDataset rejects a place id used twice', () => {
    const result = parseDataset(bundledWith((d) => d.places.push(city({ id: 'belarus' }))));
    expect(errorsOf(result)).toEqual([
      { path: 'places[3].id', message: 'duplicate place id "belarus": places[1] already uses it' },
    ]);
  });

  it("parseDataset warns about an actor's unknown country code but accepts codes left to users", () => {
    const result = parseDataset(
      bundledWith((d) => {
        (d.actors as Record<string, unknown>[])[0]!.country = 'RUZ';
        (d.actors as Record<string, unknown>[])[1]!.country = 'XKA';
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.warnings).toEqual([
      {
        path: 'actors[0].country',
        message: expect.stringMatching(
          /^"RUZ" is not an ISO 3166-1 alpha-3 country code; did you mean "RUS"\?.*will not shade it$/,
        ),
      },
    ]);
  });

  it('parseDataset warns about unknown fields of a place and about a region it cannot draw', () => {
    const result = parseDataset(
      bundledWith((d) => d.places.push({ id: 'donbas', name: { en: 'Donbas' }, kind: 'region', capital: 'x' })),
    );
    expect(result.warnings.map((w) => w.path)).toEqual(['places[3].capital', 'places[3]']);
  });
});

describe('country codes', () => {
  it('the compact list is exactly the alpha-3 codes of i18n-iso-countries', () => {
    const expected = (codes as string[][]).map((c) => c[1]).sort();
    expect([...assignedCountryCodes()]).toEqual(expected);
  });

  it('knows assigned codes and the ranges left to users, and nothing else', () => {
    for (const code of ['RUS', 'BLR', 'UKR', 'IDN', 'XKK', 'AAA', 'QMZ', 'XAA', 'XZZ', 'ZZZ'])
      expect(isKnownCountryCode(code), code).toBe(true);
    for (const code of ['RUZ', 'QLA', 'ZZ', 'rus', 'EUR', 'ZYX']) expect(isKnownCountryCode(code), code).toBe(false);
  });
});
