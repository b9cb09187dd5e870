import { describe, expect, it } from 'vitest';
import { filterEvents } from '@/domain/search/event-filter';
import { createSearchIndex, prepareSearchIndex } from '@/domain/search/search-index';
import { generateDataset } from '@/domain/generate/generate-dataset';
import { searchTerms } from '@/domain/search/search-text';
import { mustParse, preparedIndex, filter, ids, searchPieces } from './search-fixtures';

describe('prepareSearchIndex', () => {
  it('finds what a plain reading of every text finds, in a dataset of several thousand events, before and after its words are indexed', () => {
    // More than two of the index's blocks of texts, so matches at their seams count too.
    const large = mustParse(generateDataset({ events: 4_500, actors: 60, seed: 11 }));
    const texts = large.events.map((event) => searchPieces(large, event));
    const fresh = createSearchIndex(large);
    const prepared = preparedIndex(large);
    // The texts of all events in two steps, then the words of the first half in a third.
    const half = createSearchIndex(large);
    expect([1, 2, 3].map(() => prepareSearchIndex(half, 2_250))).toEqual([false, false, false]);
    // Words from the events at the seams, and a few common and rare ones.
    const seams = [1999, 2000, 3999, 4000, 4499].map(
      (i) => texts[i]?.[0]?.split(' ').find((word) => word.length > 4) ?? 'x',
    );
    const queries = [...seams, 'accuses', 'a', 'state', 'zz', `"${seams[0]}"`, `${seams[1]} ${seams[2]}`];
    for (const query of queries) {
      const terms = searchTerms(query);
      const expected = large.events
        .filter((_, i) => terms.every((term) => texts[i]?.some((piece) => piece.includes(term))))
        .map((event) => event.id);
      expect(ids(filterEvents(large, fresh, filter({ query }))), `${query}, texts read`).toEqual(expected);
      expect(ids(filterEvents(large, prepared, filter({ query }))), `${query}, words indexed`).toEqual(expected);
      expect(ids(filterEvents(large, half, filter({ query }))), `${query}, half the words indexed`).toEqual(expected);
    }
    expect(seams.every((word) => word !== 'x')).toBe(true);
  });

  it('indexes in slices ahead of a search, and a search midway gives the same answer as a fresh index', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseDataset } = await import('@/domain/dataset/parse-dataset');
    const { filterEvents, EMPTY_FILTER } = await import('@/domain/search/event-filter');
    const { createSearchIndex, prepareSearchIndex } = await import('@/domain/search/search-index');
    const parsed = parseDataset(readFileSync('data/russia-belarus-2022.json', 'utf8'));
    if (!parsed.ok) throw new Error('the bundled dataset should parse');
    const dataset = parsed.value;
    const filter = { ...EMPTY_FILTER, query: 'nuklir' };
    const expected = filterEvents(dataset, createSearchIndex(dataset), filter).map((e) => e.id);
    const partial = createSearchIndex(dataset);
    expect(prepareSearchIndex(partial, 4)).toBe(false);
    expect(filterEvents(dataset, partial, filter).map((e) => e.id)).toEqual(expected);
    const stepwise = createSearchIndex(dataset);
    let done = false;
    for (let i = 0; i < 10 && !done; i++) done = prepareSearchIndex(stepwise, 3);
    expect(done).toBe(true);
    expect(filterEvents(dataset, stepwise, filter).map((e) => e.id)).toEqual(expected);
  });
});
