import { describe, expect, it } from 'vitest';
import type { Actor, Place, TimelineEvent } from '@/domain/dataset/model';
import { quadClassOf } from '@/domain/dataset/quad';
import { mapFocusOf } from '@/domain/places/map-focus';
import { eventsAtPlaces, placesWithin } from '@/domain/places/place-events';
import { stateCountries, statesByCountry, tallyMap, tallyMapInSlices } from '@/domain/places/place-tally';
import type { EventType } from '@/domain/dataset/model';

const actors: Actor[] = [
  { id: 'russia', name: { en: 'Russia' }, kind: 'state', country: 'RUS' },
  { id: 'belarus', name: { en: 'Belarus' }, kind: 'state', country: 'BLR' },
  { id: 'ukraine', name: { en: 'Ukraine' }, kind: 'state', country: 'UKR' },
  { id: 'putin', name: { en: 'Putin' }, kind: 'person', country: 'RUS', affiliation: 'russia' },
  { id: 'shoigu', name: { en: 'Shoigu' }, kind: 'person', country: 'RUS', affiliation: 'russia' },
  { id: 'protesters', name: { en: 'Protesters' }, kind: 'group', country: 'BLR' },
  { id: 'nato', name: { en: 'NATO' }, kind: 'organization' },
];

const places: Place[] = [
  { id: 'belarus', name: { en: 'Belarus' }, kind: 'country', country: 'BLR' },
  { id: 'minsk', name: { en: 'Minsk' }, kind: 'city', country: 'BLR', point: [27.5667, 53.9], pointBasis: 'external' },
  { id: 'kyiv', name: { en: 'Kyiv' }, kind: 'city', country: 'UKR', point: [30.52, 50.45], pointBasis: 'external' },
];

function event(
  id: string,
  type: EventType,
  actorIds: string[],
  recipients: string[] = [],
  at: string[] = [],
): TimelineEvent {
  return {
    id,
    date: { edtf: '2022', earliest: 0, latest: 1, precision: 'year', interval: false, uncertain: false },
    dateBasis: 'stated',
    title: { en: id },
    type,
    quad: quadClassOf(type),
    context: [],
    actors: actorIds,
    recipients,
    evidence: [],
    tags: [],
    places: at,
  };
}

const events = [
  event('a', 'ASSAULT', ['russia'], ['ukraine'], ['kyiv']),
  event('b', 'SUPPORT', ['putin', 'shoigu'], ['belarus'], ['minsk']),
  event('c', 'PROTEST', ['protesters'], ['belarus'], ['minsk', 'belarus']),
  event('d', 'ACCUSE', ['nato'], ['belarus', 'russia']),
  event('e', 'COOPERATE', ['belarus'], ['russia'], ['belarus']),
];

describe('the map tally', () => {
  it('stateCountries maps states to their codes and people to the state they act for, not to their own country', () => {
    expect([...stateCountries(actors)]).toEqual([
      ['russia', 'RUS'],
      ['belarus', 'BLR'],
      ['ukraine', 'UKR'],
      ['putin', 'RUS'],
      ['shoigu', 'RUS'],
    ]);
    expect([...statesByCountry(actors)]).toEqual([
      ['RUS', ['russia']],
      ['BLR', ['belarus']],
      ['UKR', ['ukraine']],
    ]);
  });

  it('tallyMap counts events per place, with the dominant quad class', () => {
    const tally = tallyMap({ actors }, events);
    expect(Object.fromEntries(tally.places)).toEqual({
      kyiv: { count: 1, dominantQuad: 'material-conflict' },
      minsk: { count: 2, dominantQuad: 'material-conflict' },
      belarus: { count: 2, dominantQuad: 'material-conflict' },
    });
    expect(tally.maxPlaceCount).toBe(2);
  });

  it('tallyMap counts a state once per event, whoever of it takes part', () => {
    const tally = tallyMap({ actors }, events);
    expect(Object.fromEntries(tally.countries)).toEqual({
      RUS: { count: 4, dominantQuad: 'material-conflict' },
      BLR: { count: 4, dominantQuad: 'material-conflict' },
      UKR: { count: 1, dominantQuad: 'material-conflict' },
    });
  });

  it('tallyMap aggregates relations between states per ordered pair, once per event, busiest first', () => {
    const tally = tallyMap({ actors }, events);
    expect(tally.relations).toEqual([
      { id: 'BLR->RUS', source: 'BLR', target: 'RUS', count: 1, dominantQuad: 'material-cooperation' },
      { id: 'RUS->BLR', source: 'RUS', target: 'BLR', count: 1, dominantQuad: 'verbal-cooperation' },
      { id: 'RUS->UKR', source: 'RUS', target: 'UKR', count: 1, dominantQuad: 'material-conflict' },
    ]);
  });

  it('tallyMapInSlices gives what tallyMap gives, a slice at a time', () => {
    const many = Array.from({ length: 9000 }, (_, i) => events[i % events.length]!);
    let answer: unknown = null;
    let tasks = 0;
    let clock = 0;
    tallyMapInSlices(
      { actors },
      many,
      (t) => (answer = t),
      (run) => (tasks++, run(), () => {}),
      {
        sliceMs: 1,
        now: () => (clock += 1),
      },
    );
    expect(tasks).toBeGreaterThan(1);
    expect(answer).toEqual(tallyMap({ actors }, many));
  });

  it('a country place takes in the events of the places the dataset puts in it', () => {
    expect([...placesWithin(places, 'belarus')].sort()).toEqual(['belarus', 'minsk']);
    expect([...placesWithin(places, 'minsk')]).toEqual(['minsk']);
    expect(placesWithin(places, 'atlantis').size).toBe(0);
    expect(eventsAtPlaces(events, placesWithin(places, 'belarus')).map((e) => e.id)).toEqual(['b', 'c', 'e']);
  });

  it("mapFocusOf asks for the country places' and the states' codes and the places' points", () => {
    expect(mapFocusOf({ actors, places })).toEqual({
      countries: ['BLR', 'RUS', 'UKR'],
      points: [
        [27.5667, 53.9],
        [30.52, 50.45],
      ],
    });
  });
});
