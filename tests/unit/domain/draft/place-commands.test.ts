import { describe, expect, it } from 'vitest';
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { addActor, addEvent, setEventActor } from '@/domain/draft/draft-commands';
import { draftToDataset } from '@/domain/draft/draft-dataset';
import { createEmptyDraft, type Draft, type DraftSource } from '@/domain/draft/draft-model';
import {
  addCityToEvent,
  addCountryToEvent,
  addPlaceToEvent,
  countryNameIn,
  readCityEntry,
  readDegrees,
  removePlaceFromEvent,
} from '@/domain/draft/place-commands';
import { countryByCode } from '@/domain/places/country-names';

registerEdtfGrammar(edtfGrammar);

const BELARUS = countryByCode('BLR')!;
const RUSSIA = countryByCode('RUS')!;

const source: DraftSource = {
  id: 'republika-2022-07-01',
  publisher: 'Republika',
  title: {},
  url: '',
  published: '2022-07-01',
  language: 'id',
  via: '',
  text: 'Putin dan Lukashenko bertemu di Minsk.',
  textPath: '',
};

/** A bilingual story with two events ready to publish but for their places. */
function story(): Draft {
  let draft: Draft = { ...createEmptyDraft('d', ['en', 'id']), sources: [source] };
  draft = { ...draft, story: { ...draft.story, title: { en: 'Meetings', id: 'Pertemuan' } } };
  for (const n of [1, 2]) {
    draft = addEvent(draft, {
      source: source.id,
      quote: 'Putin dan Lukashenko bertemu di Minsk',
      start: 0,
      end: 37,
    }).draft;
    draft = {
      ...draft,
      events: draft.events.map((e, i) =>
        i === n - 1
          ? { ...e, title: { en: `Meeting ${n}`, id: `Pertemuan ${n}` }, date: '2022-06-25', type: 'CONSULT' }
          : e,
      ),
    };
  }
  const added = addActor(draft, 'Vladimir Putin', 'en', 'person');
  draft = added.draft;
  for (const i of [0, 1]) draft = setEventActor(draft, i, 'actors', added.actor.id, true);
  return draft;
}

function parsed(draft: Draft) {
  const { json, sourceTexts } = draftToDataset(draft);
  return parseDataset(json, { sourceTexts });
}

describe('reading a city as typed', () => {
  it('reads degrees with a dot, a decimal comma, a typographic minus and spaces', () => {
    expect(readDegrees('53.9')).toBe(53.9);
    expect(readDegrees(' 53,9 ')).toBe(53.9);
    expect(readDegrees('−12.5')).toBe(-12.5);
    expect(readDegrees('+7')).toBe(7);
    expect(readDegrees('.5')).toBe(0.5);
    for (const bad of ['', 'north', '0x1A', '1e3', '53.9.1', '53°', '1,2,3']) expect(readDegrees(bad)).toBeNaN();
  });

  it('gives Minsk its point as [longitude, latitude], names trimmed and empty ones left out', () => {
    expect(readCityEntry({ name: { en: ' Minsk ', id: '' }, latitude: '53.9', longitude: '27.5667' }, 'en')).toEqual({
      ok: true,
      name: { en: 'Minsk' },
      point: [27.5667, 53.9],
    });
  });

  it('says which field is wrong and how: a missing name in the default language, not a number, out of range', () => {
    const wrong = readCityEntry({ name: { id: 'Minsk' }, latitude: '91', longitude: 'east' }, 'en');
    expect(wrong).toEqual({
      ok: false,
      problems: [
        { field: 'name', kind: 'missing' },
        { field: 'latitude', kind: 'outOfRange' },
        { field: 'longitude', kind: 'notNumber' },
      ],
    });
    expect(readCityEntry({ name: { en: 'X' }, latitude: '', longitude: '-180.5' }, 'en')).toEqual({
      ok: false,
      problems: [
        { field: 'latitude', kind: 'missing' },
        { field: 'longitude', kind: 'outOfRange' },
      ],
    });
    // The edges themselves are in range.
    expect(readCityEntry({ name: { en: 'Pole' }, latitude: '-90', longitude: '180' }, 'en').ok).toBe(true);
  });
});

describe("an event's places in the editor", () => {
  it('names a country in each language of the story, the default one always', () => {
    expect(countryNameIn(BELARUS, ['en', 'id'])).toEqual({ en: 'Belarus', id: 'Belarusia' });
    expect(countryNameIn(RUSSIA, ['id'])).toEqual({ id: 'Rusia' });
    expect(countryNameIn(BELARUS, ['fr', 'id'])).toEqual({ fr: 'Belarus', id: 'Belarusia' });
  });

  it('adds a country once to the story, however many events happen in it, and the dataset is valid', () => {
    let draft = addCountryToEvent(story(), 0, BELARUS);
    draft = addCountryToEvent(draft, 1, BELARUS);
    draft = addCountryToEvent(draft, 1, BELARUS);
    expect(draft.places).toEqual([
      { id: 'belarus', name: { en: 'Belarus', id: 'Belarusia' }, kind: 'country', country: 'BLR' },
    ]);
    expect(draft.events.map((e) => e.places)).toEqual([['belarus'], ['belarus']]);
    const result = parsed(draft);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.value.events[1]?.places).toEqual(['belarus']);
  });

  it('adds a city at its point, marked external, reused when the same city comes again, a namesake elsewhere apart', () => {
    const minsk = { name: { en: 'Minsk', id: 'Minsk' }, point: [27.56667, 53.9] as const };
    let draft = addCityToEvent(story(), 0, minsk);
    draft = addCityToEvent(draft, 1, minsk);
    expect(draft.places).toEqual([
      { id: 'minsk', name: { en: 'Minsk', id: 'Minsk' }, kind: 'city', point: [27.5667, 53.9], pointBasis: 'external' },
    ]);
    expect(draft.events.map((e) => e.places)).toEqual([['minsk'], ['minsk']]);
    draft = addCityToEvent(draft, 1, { name: { en: 'Minsk' }, point: [-80, 40] });
    expect(draft.places?.map((p) => p.id)).toEqual(['minsk', 'minsk-2']);
    expect(draft.events[1]?.places).toEqual(['minsk', 'minsk-2']);
    expect(parsed(draft).ok).toBe(true);
  });

  it('takes a place off an event, and out of the story once no event and no dateline names it', () => {
    let draft = addCountryToEvent(addCountryToEvent(story(), 0, BELARUS), 1, BELARUS);
    draft = addCountryToEvent(draft, 0, RUSSIA);
    draft = removePlaceFromEvent(draft, 0, 'belarus');
    expect(draft.events.map((e) => e.places)).toEqual([['russian-federation'], ['belarus']]);
    expect(draft.places?.map((p) => p.id)).toEqual(['belarus', 'russian-federation']);
    draft = removePlaceFromEvent(draft, 1, 'belarus');
    expect(draft.events[1]).not.toHaveProperty('places');
    expect(draft.places?.map((p) => p.id)).toEqual(['russian-federation']);
    // A dateline keeps its place in the story.
    draft = { ...draft, sources: [{ ...source, place: 'russian-federation' }] };
    draft = removePlaceFromEvent(draft, 0, 'russian-federation');
    expect(draft.places?.map((p) => p.id)).toEqual(['russian-federation']);
    draft = { ...draft, sources: [source] };
    draft = addPlaceToEvent(draft, 0, 'russian-federation');
    draft = removePlaceFromEvent(draft, 0, 'russian-federation');
    expect(draft).not.toHaveProperty('places');
    expect(parsed(draft).ok).toBe(true);
  });

  it('leaves the draft itself when nothing changes', () => {
    const draft = addCountryToEvent(story(), 0, BELARUS);
    expect(removePlaceFromEvent(draft, 1, 'belarus')).toBe(draft);
    expect(addPlaceToEvent(draft, 0, 'belarus')).toBe(draft);
    expect(addCountryToEvent(draft, 9, RUSSIA)).toBe(draft);
  });
});
