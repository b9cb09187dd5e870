import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '@/domain/search/event-filter';
import { countByFacet } from '@/domain/search/facet-counts';
import { EVENT_TYPES } from '@/domain/dataset/model';
import { small, smallIndex, filter, utc } from './search-fixtures';

describe('countByFacet', () => {
  it('countByFacet with the empty filter counts the events of every value, zero included', () => {
    const counts = countByFacet(small, smallIndex, EMPTY_FILTER);
    expect([...counts.actors]).toEqual([
      ['russia', 4],
      ['belarus', 4],
      ['ukraine', 1],
      ['nato', 1],
    ]);
    expect(counts.types.get('ASSAULT')).toBe(1);
    expect(counts.types.get('SANCTION')).toBe(0);
    expect(counts.types.size).toBe(EVENT_TYPES.length);
    expect(Object.fromEntries(counts.quads)).toEqual({
      'verbal-cooperation': 1,
      'material-cooperation': 0,
      'verbal-conflict': 1,
      'material-conflict': 2,
      none: 1,
    });
  });

  it('countByFacet counts a facet’s values under the other facets, as if each value were chosen alone', () => {
    const counts = countByFacet(small, smallIndex, filter({ actorIds: ['belarus'], quads: ['material-conflict'] }));
    // Actors: events of a material-conflict class; quads: events involving Belarus.
    expect([...counts.actors]).toEqual([
      ['russia', 2],
      ['belarus', 1],
      ['ukraine', 1],
      ['nato', 0],
    ]);
    expect(Object.fromEntries(counts.quads)).toMatchObject({
      'material-conflict': 1,
      'verbal-conflict': 1,
      'verbal-cooperation': 1,
      none: 1,
    });
    expect(counts.types.get('MOBILIZE')).toBe(1);
    expect(counts.types.get('ASSAULT')).toBe(0);
  });

  it('countByFacet applies the query and the time window to every count', () => {
    const counts = countByFacet(
      small,
      smallIndex,
      filter({ query: 'belarus', dateRange: [utc(2022, 0, 1), utc(2022, 11, 31)] }),
    );
    expect([...counts.actors]).toEqual([
      ['russia', 2],
      ['belarus', 3],
      ['ukraine', 0],
      ['nato', 1],
    ]);
  });
});
