import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKnownCountryCode } from '@/domain/dataset/country-codes';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import gazetteerData from '@/domain/extract/gazetteer.json';
import { draftToDataset } from '@/domain/extract/draft-to-dataset';
import { extractEvents } from '@/domain/extract/extract-events';
import { CAPITAL_CITIES, capitalBySpelling, GOVERNMENT_SEATS } from '@/domain/extract/place-finder';
import type { ExtractionDraft } from '@/domain/extract/proposal-model';

const ARTICLE = readFileSync(new URL('../../../fixtures/extract/republika-2022-07-01.txt', import.meta.url), 'utf8');

/** Each place a proposal carries, as `proposal text: place id "name as written"`, the offsets checked. */
function placesOf(draft: ExtractionDraft): string[] {
  return draft.proposals.flatMap((p) =>
    (p.places ?? []).map((place) => {
      expect(draft.text.slice(place.start, place.end)).toBe(place.text);
      expect(p.evidence.some((e) => place.start >= e.start && place.end <= e.end)).toBe(true);
      return `${place.place} "${place.text}"`;
    }),
  );
}

describe('places the extractor proposes', () => {
  const republika = extractEvents(ARTICLE, { published: '2022-07-01', language: 'id' });

  it('reads the Republika report: Ukraine invaded, missiles placed in Belarus, the dateline in Moscow', () => {
    expect(placesOf(republika)).toEqual(['ukraine "Ukraina"', 'belarus "Belarus"']);
    const invasion = republika.proposals.find((p) => p.places?.some((place) => place.place === 'ukraine'));
    expect(invasion?.evidence[0]?.quote).toContain('invasi ke Ukraina');
    expect(republika.datelinePlace).toBe('moscow');
    expect(republika.places).toEqual([
      expect.objectContaining({ id: 'moscow', name: 'Moskow', kind: 'city', country: 'RUS', point: [37.62, 55.76] }),
      expect.objectContaining({ id: 'belarus', name: 'Belarus', names: { en: 'Belarus', id: 'Belarus' } }),
      expect.objectContaining({ id: 'ukraine', name: 'Ukraina', kind: 'country', country: 'UKR' }),
    ]);
    // "tindakan keras Minsk" names Belarus's government, not a place: no word of place stands before it.
    expect(republika.places?.some((p) => p.id === 'minsk')).toBe(false);
    for (const place of republika.places ?? [])
      for (const m of place.mentions)
        expect(ARTICLE.slice(m.start, m.end).toLowerCase()).toMatch(/^(moskow|belarus|ukraina)$/);
  });

  it('takes a country or capital after a word of place, in English and Indonesian, and not a name that acts', () => {
    const en = extractEvents(
      'KYIV, March 3 (Reuters) - Russia said on Monday it would send aid to Ukraine. ' +
        'On Tuesday, the ministers met in the capital Kyiv. The Kremlin rejected the plan on Wednesday. ' +
        'Poland deployed troops across eastern Ukraine on Thursday.',
      { published: '2023-03-03', language: 'en' },
    );
    expect(placesOf(en)).toEqual(['kyiv "Kyiv"', 'ukraine "Ukraine"']);
    expect(en.datelinePlace).toBe('kyiv');
    expect(en.places?.find((p) => p.id === 'kyiv')).toMatchObject({
      name: 'Kyiv',
      kind: 'city',
      point: [30.52, 50.45],
    });
    const id = extractEvents(
      'Presiden Indonesia bertemu Perdana Menteri Malaysia di wilayah Kuala Lumpur pada Senin (6/3/2023). ' +
        'Rusia mengecam Polandia pada Selasa (7/3/2023).',
      { published: '2023-03-08', language: 'id' },
    );
    expect(placesOf(id)).toEqual(['kuala-lumpur "Kuala Lumpur"']);
    expect(id.places?.map((p) => p.id)).toEqual(['kuala-lumpur']);
  });

  it('gives a draft dataset whose places the validator accepts, points marked external, the dateline the source’s place', () => {
    const result = draftToDataset({
      text: ARTICLE,
      language: 'id',
      published: '2022-07-01',
      proposals: republika.proposals,
      actors: republika.actors,
      places: republika.places ?? [],
      datelinePlace: republika.datelinePlace ?? '',
      source: { publisher: 'Republika', textPath: 'sources/republika.txt' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const parsed = parseDataset(result.dataset, { sourceTexts: { 'sources/republika.txt': ARTICLE } });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.places).toEqual([
      {
        id: 'moscow',
        name: { id: 'Moskow' },
        kind: 'city',
        country: 'RUS',
        point: [37.62, 55.76],
        pointBasis: 'external',
      },
      { id: 'belarus', name: { id: 'Belarus' }, kind: 'country', country: 'BLR' },
      { id: 'ukraine', name: { id: 'Ukraina' }, kind: 'country', country: 'UKR' },
    ]);
    expect(parsed.value.sources[0]?.place).toBe('moscow');
    expect(parsed.value.events.filter((e) => e.places?.length).map((e) => e.places)).toEqual([
      ['ukraine'],
      ['belarus'],
    ]);
  });

  it('keeps only the places the accepted proposals name, and reports a place that is not in the list', () => {
    const withPlace = republika.proposals.find((p) => p.places?.length);
    const without = republika.proposals.filter((p) => !p.places);
    const base = {
      text: ARTICLE,
      language: 'id' as const,
      published: '2022-07-01',
      actors: republika.actors,
      places: republika.places ?? [],
      source: { publisher: 'Republika', textPath: 'sources/republika.txt' },
    };
    const none = draftToDataset({ ...base, proposals: without });
    expect(none.ok).toBe(true);
    expect(none.ok && none.dataset).not.toHaveProperty('places');
    const broken = draftToDataset({ ...base, proposals: [withPlace!], places: [] });
    expect(broken.ok ? [] : broken.problems.map((p) => p.problem)).toEqual(['unknown-place']);
  });
});

describe('capitals.json', () => {
  const capitals = gazetteerData.countries as Record<string, { capitals?: (string | { text: string })[] }>;
  const spellingsOf = (code: string) =>
    (capitals[code]?.capitals ?? []).map((c) => (typeof c === 'string' ? c : c.text).toLowerCase());

  it('has a known country, names in both languages and a point in range for every city', () => {
    expect(CAPITAL_CITIES.length).toBeGreaterThan(50);
    for (const city of CAPITAL_CITIES) {
      expect(isKnownCountryCode(city.country), city.names.en).toBe(true);
      expect(city.names.en && city.names.id).toBeTruthy();
      const [longitude, latitude] = city.point;
      expect(Math.abs(longitude)).toBeLessThanOrEqual(180);
      expect(Math.abs(latitude)).toBeLessThanOrEqual(90);
      expect(capitalBySpelling(city.names.en)).toBe(city);
    }
  });

  it('is found in a text: every city has a spelling the gazetteer reads as its state’s capital, and every capital of the gazetteer is a city here or a seat that is none', () => {
    const spellings = new Set<string>();
    for (const city of CAPITAL_CITIES) {
      const own = [city.names.en, city.names.id, ...(city.aliases ?? [])].map((s) => s.toLowerCase());
      own.forEach((s) => spellings.add(s));
      expect(
        own.some((s) => spellingsOf(city.country).includes(s)),
        city.names.en,
      ).toBe(true);
    }
    const seats = new Set(GOVERNMENT_SEATS.map((s) => s.toLowerCase()));
    for (const code of Object.keys(capitals))
      for (const spelling of spellingsOf(code))
        expect(spellings.has(spelling) || seats.has(spelling), spelling).toBe(true);
  });
});
