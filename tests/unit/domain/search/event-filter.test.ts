import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtfDate } from '@/domain/dates/edtf';
import { EMPTY_FILTER, filterEvents, isFilterEmpty } from '@/domain/search/event-filter';
import { countByFacet } from '@/domain/search/facet-counts';
import { createSearchIndex } from '@/domain/search/search-index';
import { EVENT_TYPES, QUAD_CLASSES, type Actor, type Dataset, type TimelineEvent } from '@/domain/dataset/model';
import { quadClassOf } from '@/domain/dataset/quad';
import {
  mustParse,
  small,
  smallIndex,
  preparedIndex,
  filter,
  ids,
  run,
  utc,
  searchPieces,
  failedFacets,
} from './search-fixtures';

describe('isFilterEmpty', () => {
  it('isFilterEmpty is true for EMPTY_FILTER and for a query of nothing but spaces or quotes', () => {
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    expect(isFilterEmpty(filter({ query: '  \t ' }))).toBe(true);
    expect(isFilterEmpty(filter({ query: '"" ' }))).toBe(true);
  });

  it('isFilterEmpty is false as soon as one facet has a value', () => {
    expect(isFilterEmpty(filter({ actorIds: ['russia'] }))).toBe(false);
    expect(isFilterEmpty(filter({ types: ['AGREE'] }))).toBe(false);
    expect(isFilterEmpty(filter({ quads: ['none'] }))).toBe(false);
    expect(isFilterEmpty(filter({ dateRange: [0, 1] }))).toBe(false);
    expect(isFilterEmpty(filter({ query: 'x' }))).toBe(false);
  });
});

describe('filterEvents', () => {
  it('filterEvents returns the dataset’s own events array for the empty filter', () => {
    expect(filterEvents(small, smallIndex, EMPTY_FILTER)).toBe(small.events);
    expect(filterEvents(small, smallIndex, filter({ query: '   ' }))).toBe(small.events);
  });

  it('filterEvents returns the dataset’s own events array when a filter keeps every event', () => {
    expect(filterEvents(small, smallIndex, filter({ dateRange: [-Infinity, Infinity] }))).toBe(small.events);
    expect(filterEvents(small, smallIndex, filter({ quads: [...QUAD_CLASSES] }))).toBe(small.events);
  });

  it('filterEvents keeps the events in dataset order', () => {
    expect(ids(small.events)).toEqual(['treaty', 'invasion', 'missiles', 'condemnation', 'statement']);
    expect(run({ types: ['STATEMENT', 'AGREE', 'ASSAULT'] })).toEqual(['treaty', 'invasion', 'statement']);
  });

  it('filterEvents by actor keeps events in which the actor acts or is a recipient', () => {
    expect(run({ actorIds: ['ukraine'] })).toEqual(['invasion']);
    expect(run({ actorIds: ['nato'] })).toEqual(['condemnation']);
    expect(run({ actorIds: ['belarus'] })).toEqual(['treaty', 'missiles', 'condemnation', 'statement']);
  });

  it('filterEvents by several actors keeps events involving any of them', () => {
    expect(run({ actorIds: ['ukraine', 'nato'] })).toEqual(['invasion', 'condemnation']);
  });

  it('filterEvents by type keeps events of any of the types', () => {
    expect(run({ types: ['ACCUSE'] })).toEqual(['condemnation']);
    expect(run({ types: ['ACCUSE', 'AGREE'] })).toEqual(['treaty', 'condemnation']);
    expect(run({ types: ['SANCTION'] })).toEqual([]);
  });

  it('filterEvents by quad class keeps events of any of the classes', () => {
    expect(run({ quads: ['material-conflict'] })).toEqual(['invasion', 'missiles']);
    expect(run({ quads: ['none', 'verbal-cooperation'] })).toEqual(['treaty', 'statement']);
  });

  it('filterEvents by date keeps events whose date overlaps the window, ends included', () => {
    // The condemnation spans 27–29 June 2022; a window of one day inside it keeps it.
    expect(run({ dateRange: [utc(2022, 5, 28), utc(2022, 5, 28, 12)] })).toEqual(['condemnation']);
    // A window that starts during the condemnation's last day keeps it and the July statement.
    expect(run({ dateRange: [utc(2022, 5, 29, 18), utc(2022, 6, 5)] })).toEqual(['condemnation', 'statement']);
    // The year 1997 overlaps a window that ends at its first millisecond.
    expect(run({ dateRange: [utc(1990, 0, 1), utc(1997, 0, 1)] })).toEqual(['treaty']);
    // The missiles day ends at 23:59:59.999; a window starting at the next millisecond misses it.
    expect(run({ dateRange: [utc(2022, 5, 27), utc(2022, 5, 27, 1)] })).toEqual(['condemnation']);
    expect(run({ dateRange: [utc(2022, 5, 26, 23, 59) + 59_999, utc(2022, 5, 27)] })).toEqual([
      'missiles',
      'condemnation',
    ]);
  });

  it('filterEvents reads a window given end first as the same window', () => {
    expect(run({ dateRange: [utc(2022, 6, 5), utc(2022, 5, 29, 18)] })).toEqual(['condemnation', 'statement']);
  });

  it('filterEvents keeps nothing for a window between events', () => {
    expect(run({ dateRange: [utc(2000, 0, 1), utc(2010, 0, 1)] })).toEqual([]);
  });

  it('filterEvents combines facets with AND', () => {
    expect(run({ actorIds: ['belarus'], quads: ['material-conflict'] })).toEqual(['missiles']);
    expect(
      run({ actorIds: ['russia'], types: ['ACCUSE', 'AGREE'], dateRange: [utc(2022, 0, 1), utc(2022, 11, 31)] }),
    ).toEqual(['condemnation']);
    expect(run({ query: 'belarus', types: ['AGREE'] })).toEqual(['treaty']);
    expect(run({ actorIds: ['ukraine'], types: ['AGREE'] })).toEqual([]);
  });

  it('filterEvents returns an empty list when nothing matches', () => {
    expect(filterEvents(small, smallIndex, filter({ query: 'zzzz' }))).toEqual([]);
  });

  it('filterEvents by query needs every term to occur in the event', () => {
    expect(run({ query: 'nuklir belarus' })).toEqual(['missiles']);
    expect(run({ query: 'nuklir ukraina' })).toEqual([]);
    expect(run({ query: 'integrasi militer moskow' })).toEqual(['condemnation']);
  });

  it('filterEvents finds a term inside a longer word, as a person typing expects', () => {
    expect(run({ query: 'nukl' })).toEqual(['missiles']);
    expect(run({ query: 'ndatangan' })).toEqual(['treaty']);
  });

  it('filterEvents by query finds events by their English and their Indonesian texts alike', () => {
    expect(run({ query: 'invasion' })).toEqual(['invasion']);
    expect(run({ query: 'invasi' })).toEqual(['invasion']);
    expect(run({ query: 'Nuclear' })).toEqual(['missiles']);
    expect(run({ query: 'nuklir' })).toEqual(['missiles']);
  });

  it('filterEvents by query searches the evidence quotes', () => {
    expect(run({ query: 'hulu ledak' })).toEqual(['missiles']);
    expect(run({ query: 'meluncurkan' })).toEqual(['invasion']);
  });

  it('filterEvents by query searches the date phrases in every language', () => {
    expect(run({ query: 'earlier this week' })).toEqual(['condemnation']);
    expect(run({ query: 'awal pekan' })).toEqual(['condemnation']);
  });

  it('filterEvents by query searches the names of actors and recipients in every language', () => {
    expect(run({ query: 'Rusia' })).toEqual(['treaty', 'invasion', 'missiles', 'condemnation']);
    expect(run({ query: 'Russia' })).toEqual(['treaty', 'invasion', 'missiles', 'condemnation']);
    expect(run({ query: 'atlantik' })).toEqual(['condemnation']);
    expect(run({ query: 'North Atlantic' })).toEqual(['condemnation']);
  });

  it('filterEvents by query ignores case and diacritics on both sides', () => {
    expect(run({ query: 'kyiv' })).toEqual(['invasion']);
    expect(run({ query: 'KYÏV' })).toEqual(['invasion']);
    expect(run({ query: 'Kÿiv' })).toEqual(['invasion']);
    expect(run({ query: 'MISSILES' })).toEqual(['missiles']);
  });

  it('filterEvents by a quoted phrase needs the words together and in order', () => {
    expect(run({ query: '"missiles for"' })).toEqual(['missiles']);
    expect(run({ query: '"for missiles"' })).toEqual([]);
    expect(run({ query: 'for missiles' })).toEqual(['missiles']);
  });

  it('filterEvents matches curly quotes in the text with straight or curly quotes in the query', () => {
    expect(run({ query: '"kami siap"' })).toEqual(['statement']);
    expect(run({ query: '“we are ready”' })).toEqual(['statement']);
  });

  it('filterEvents never matches a phrase across two separate texts of an event', () => {
    // The English title ends in "signed" and the Indonesian one starts with "Perjanjian".
    expect(run({ query: '"signed perjanjian"' })).toEqual([]);
    expect(run({ query: '"treaty signed"' })).toEqual(['treaty']);
  });

  it('filterEvents never matches across two events, nor on what separates them', () => {
    const all = ids(small.events);
    expect(all.length).toBeGreaterThan(2);
    expect(run({ query: '\u0001' })).toEqual([]);
    expect(run({ query: 'nuklir\u0001' })).toEqual([]);
  });

  it('filterEvents answers every query of a typing session as a fresh index would', () => {
    const index = createSearchIndex(small);
    const session = [
      'n',
      'nu',
      'nuk',
      'nukl',
      'nuklir',
      'nuklir b',
      'nuklir be',
      'ukraina',
      'u',
      'uk',
      '"hulu l',
      '"hulu ledak"',
      'nuklir',
    ];
    for (const query of session) {
      expect(ids(filterEvents(small, index, filter({ query }))), query).toEqual(
        ids(filterEvents(small, createSearchIndex(small), filter({ query }))),
      );
    }
  });

  it('filterEvents answers the same through the index of words as by reading every event’s text', () => {
    const prepared = preparedIndex(small);
    const queries = [
      'nuklir',
      'uk',
      'a',
      'kyiv',
      'KYÏV oblast',
      '"hulu ledak"',
      '"signed perjanjian"',
      '“kami siap”',
      'nuclear-capable',
      '-',
      "'",
      'awal pekan',
      'atlantic utara',
      'zzz',
      'nuklir\u0001',
    ];
    for (const query of queries) {
      expect(ids(filterEvents(small, prepared, filter({ query }))), query).toEqual(
        ids(filterEvents(small, createSearchIndex(small), filter({ query }))),
      );
    }
  });

  it('filterEvents gives right answers even with an index built for another dataset', () => {
    const other = createSearchIndex(
      mustParse(JSON.parse(readFileSync(resolve(__dirname, '../../../fixtures/valid/minimal.json'), 'utf8'))),
    );
    expect(run({ query: 'nuklir' }, small, other)).toEqual(['missiles']);
  });

  it('filterEvents treats actor ids such as __proto__ and constructor as plain data', () => {
    const date = parseEdtfDate('2022-01-01');
    if (!date.ok) throw new Error(date.message);
    const event = (id: string, actors: string[], recipients: string[]): TimelineEvent => ({
      id,
      date: date.span,
      dateBasis: 'stated',
      title: { en: id },
      type: 'AGREE',
      quad: quadClassOf('AGREE'),
      context: [],
      actors,
      recipients,
      evidence: [],
      tags: [],
    });
    const dataset: Dataset = {
      ...small,
      actors: ['__proto__', 'constructor', 'toString'].map((id): Actor => ({
        id,
        name: { en: `Actor ${id}` },
        kind: 'group',
      })),
      events: [
        event('one', ['__proto__'], ['constructor']),
        event('two', ['toString'], []),
        event('three', ['constructor'], []),
      ],
    };
    const index = createSearchIndex(dataset);
    expect(run({ actorIds: ['__proto__'] }, dataset, index)).toEqual(['one']);
    expect(run({ actorIds: ['constructor'] }, dataset, index)).toEqual(['one', 'three']);
    expect(run({ actorIds: ['hasOwnProperty'] }, dataset, index)).toEqual([]);
    expect(run({ query: '__proto__' }, dataset, index)).toEqual(['one']);
    expect(countByFacet(dataset, index, EMPTY_FILTER).actors.get('__proto__')).toBe(1);
  });
});

describe('filterEvents on the Russia–Belarus dataset', () => {
  const dataset = mustParse(readFileSync(resolve(__dirname, '../../../../data/russia-belarus-2022.json'), 'utf8'));
  const index = preparedIndex(dataset);
  // The same dataset with only the haystack built, which a search reads until the words are indexed.
  const reading = createSearchIndex(dataset);
  const query = (q: string): string[] => ids(filterEvents(dataset, index, filter({ query: q })));
  const nuclearEvents = ['putin-nuclear-capable-missiles', 'lukashenko-ready-for-nuclear-threats'];

  it('"nuklir" finds exactly the events whose quotes say "nuklir"', () => {
    const quoted = dataset.events.filter((event) =>
      event.evidence.some((item) => item.quote.toLowerCase().includes('nuklir')),
    );
    expect(ids(quoted)).toEqual(nuclearEvents);
    expect(query('nuklir')).toEqual(nuclearEvents);
  });

  it('"nuclear" finds the same events through their English titles', () => {
    expect(dataset.events.filter((event) => event.title.en?.includes('nuclear')).map((event) => event.id)).toEqual(
      nuclearEvents,
    );
    expect(query('nuclear')).toEqual(query('nuklir'));
  });

  it('a query has no language setting to depend on: the filter holds no language', () => {
    expect(Object.keys(EMPTY_FILTER).sort()).toEqual(['actorIds', 'dateRange', 'quads', 'query', 'types']);
    expect(query('Ukraina')).toEqual(query('Ukraine'));
    expect(query('Moskow')).toEqual(query('Moscow'));
    expect(query('pekan lalu')).toEqual(['shoigu-joint-defence-action']);
    expect(query('last week')).toEqual(['shoigu-joint-defence-action']);
  });

  it('a quoted phrase with the source’s curly quotes finds Lukashenko’s words', () => {
    expect(query('“harus siap”')).toEqual(['lukashenko-ready-for-nuclear-threats']);
    expect(query('"must be ready"')).toEqual(['lukashenko-ready-for-nuclear-threats']);
  });

  it('a recipient’s name finds the events directed at it: "Barat" and "the West"', () => {
    expect(query('Barat')).toEqual(['lukashenko-ready-for-nuclear-threats', 'putin-western-pressure-integration']);
    expect(query('the west')).toEqual(query('Barat'));
  });

  it('every event kept satisfies every facet, and every event dropped fails at least one', () => {
    const actorIds = dataset.actors.map((actor) => actor.id);
    const instants = dataset.events.flatMap((event) => [event.date.earliest, event.date.latest]);
    const words = [
      ...new Set(dataset.events.flatMap((event) => searchPieces(dataset, event).flatMap((piece) => piece.split(' ')))),
      'zzz',
    ];
    const instant = fc.oneof(
      fc.constantFrom(...instants),
      fc.constantFrom(...instants).map((ms) => ms + 1),
      fc.constantFrom(...instants).map((ms) => ms - 1),
      fc.integer({ min: utc(1990, 0, 1), max: utc(2023, 0, 1) }),
    );
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w.slice(1, -1)),
    );
    const filters = fc.record({
      actorIds: fc.subarray(actorIds),
      types: fc.subarray([...EVENT_TYPES]),
      quads: fc.subarray([...QUAD_CLASSES]),
      dateRange: fc.option(fc.tuple(instant, instant), { nil: null }),
      query: fc.array(word, { maxLength: 3 }).map((terms) => terms.join(' ')),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const kept = filterEvents(dataset, index, f);
        expect(ids(filterEvents(dataset, reading, f))).toEqual(ids(kept));
        const keptIds = new Set(ids(kept));
        expect(ids(kept)).toEqual(ids(dataset.events.filter((event) => keptIds.has(event.id))));
        for (const event of dataset.events) {
          const failed = failedFacets(dataset, event, f);
          if (keptIds.has(event.id)) expect(failed, event.id).toEqual([]);
          else expect(failed.length, event.id).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('each facet count equals the number of events kept with that value alone chosen in its facet', () => {
    const filters = fc.record({
      actorIds: fc.subarray(dataset.actors.map((actor) => actor.id)),
      types: fc.subarray([...EVENT_TYPES]),
      quads: fc.subarray([...QUAD_CLASSES]),
      dateRange: fc.constantFrom(null, [utc(2022, 0, 1), utc(2022, 11, 31)] as const),
      query: fc.constantFrom('', 'belarus', 'nuklir', 'rusia putin'),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const counts = countByFacet(dataset, index, f);
        for (const [id, count] of counts.actors)
          expect(count).toBe(filterEvents(dataset, index, { ...f, actorIds: [id] }).length);
        for (const [type, count] of counts.types)
          expect(count).toBe(filterEvents(dataset, index, { ...f, types: [type] }).length);
        for (const [quad, count] of counts.quads)
          expect(count).toBe(filterEvents(dataset, index, { ...f, quads: [quad] }).length);
      }),
      { numRuns: 100 },
    );
  });
});
