import { describe, expect, it } from 'vitest';
import {
  addEvent,
  addEvidence,
  eventsQuotingSource,
  nextEventId,
  removeSource,
  renameSource,
  setEventActor,
  splitList,
  updateSource,
} from '@/domain/draft/draft-commands';
import { createEmptyDraft, type Draft, type DraftSource } from '@/domain/draft/draft-model';
import { isWithin, jsonPathOf, parentPath, placeOfPath } from '@/domain/draft/draft-paths';

const source: DraftSource = {
  id: 'republika-2022-07-01',
  publisher: 'Republika',
  title: {},
  url: '',
  published: '2022-07-01',
  language: 'id',
  via: '',
  text: 'Pekan lalu, Shoigu mengatakan. Pada Ahad Putin mengatakan.',
  textPath: '',
};

function draftWithQuotes(): Draft {
  let draft: Draft = { ...createEmptyDraft('d', ['en']), sources: [source] };
  draft = addEvent(draft, { source: source.id, quote: 'Pekan lalu', start: 0, end: 10 }).draft;
  draft = addEvent(draft, null).draft;
  return draft;
}

describe('draft commands', () => {
  it('addEvent gives each new event a free id and returns its index', () => {
    const draft = draftWithQuotes();
    expect(draft.events.map((e) => e.id)).toEqual(['event-1', 'event-2']);
    const renamed = { ...draft, events: [{ ...draft.events[0]!, id: 'event-3' }, draft.events[1]!] };
    expect(nextEventId(renamed)).toBe('event-4');
    expect(addEvent(renamed, null).index).toBe(2);
  });

  it('addEvidence adds a quote once, however often it is added', () => {
    const evidence = { source: source.id, quote: 'Pada Ahad', start: 31, end: 40 };
    const once = addEvidence(draftWithQuotes(), 1, evidence);
    expect(addEvidence(once, 1, evidence)).toBe(once);
    expect(once.events[1]?.evidence).toEqual([evidence]);
  });

  it('renameSource carries the quotes along, and removeSource takes them away', () => {
    const renamed = renameSource(draftWithQuotes(), source.id, 'republika');
    expect(renamed.events[0]?.evidence[0]?.source).toBe('republika');
    expect(eventsQuotingSource(renamed, 'republika')).toEqual([0]);
    const removed = removeSource(renamed, 'republika');
    expect(removed.sources).toEqual([]);
    expect(removed.events[0]?.evidence).toEqual([]);
  });

  it('updateSource names a new source by its publisher and day, and its id follows them until it is named by hand', () => {
    let draft = renameSource(draftWithQuotes(), source.id, 'source-1');
    draft = updateSource(draft, 0, (s) => ({ ...s, publisher: 'Kompas' }));
    expect(draft.sources[0]?.id).toBe('kompas-2022-07-01');
    expect(draft.events[0]?.evidence[0]?.source).toBe('kompas-2022-07-01');
    draft = updateSource(draft, 0, (s) => ({ ...s, published: '2022-07-02' }));
    expect(draft.sources[0]?.id).toBe('kompas-2022-07-02');
    draft = renameSource(draft, 'kompas-2022-07-02', 'kompas');
    expect(updateSource(draft, 0, (s) => ({ ...s, publisher: 'Kompas.id' })).sources[0]?.id).toBe('kompas');
  });

  it('updateSource never gives two sources one id', () => {
    const draft = { ...createEmptyDraft('d', ['en']), sources: [source, { ...source, id: 'source-2', publisher: '' }] };
    expect(updateSource(draft, 1, (s) => ({ ...s, publisher: 'Republika' })).sources[1]?.id).toBe(
      'republika-2022-07-01-2',
    );
  });

  it('setEventActor adds an actor once and takes it out again', () => {
    const on = setEventActor(draftWithQuotes(), 0, 'actors', 'putin', true);
    expect(setEventActor(on, 0, 'actors', 'putin', true)).toBe(on);
    expect(setEventActor(on, 0, 'actors', 'putin', false).events[0]?.actors).toEqual([]);
  });

  it('splitList reads labels typed with commas', () => {
    expect(splitList(' nuclear, sanctions,, ')).toEqual(['nuclear', 'sanctions']);
  });
});

describe('draft paths', () => {
  it('placeOfPath names the part of the editor and the item of a JSON path', () => {
    expect(placeOfPath('events[2].title.en')).toEqual({ part: 'events', index: 2 });
    expect(placeOfPath('sources')).toEqual({ part: 'sources', index: -1 });
    expect(placeOfPath('title.en')).toEqual({ part: 'story', index: -1 });
    expect(placeOfPath('$')).toEqual({ part: 'story', index: -1 });
  });

  it('parentPath climbs one step at a time', () => {
    expect(parentPath('events[2].title.en')).toBe('events[2].title');
    expect(parentPath('events[2].title')).toBe('events[2]');
    expect(parentPath('events[2]')).toBe('events');
    expect(parentPath('events')).toBeNull();
  });

  it('jsonPathOf gives the published path of a place in the draft', () => {
    expect(jsonPathOf(['story', 'title', 'en'])).toBe('title.en');
    expect(jsonPathOf(['events', 1, 'title', 'pt-BR'])).toBe('events[1].title["pt-BR"]');
    expect(jsonPathOf(['sources', 0, 'textPath'])).toBe('sources[0].text');
  });

  it('isWithin keeps a field’s problems apart from its neighbours’', () => {
    expect(isWithin('events[1].evidence[0].end', 'events[1].evidence[0]')).toBe(true);
    expect(isWithin('events[1].evidence', 'events[1].evidence[0]')).toBe(false);
    expect(isWithin('events[10].date', 'events[1]')).toBe(false);
  });
});
