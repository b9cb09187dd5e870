import { describe, expect, it } from 'vitest';
import { findClusters } from '@/domain/clusters';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const ev = (id: string, from: string, to = from) => ({ id, earliest: day(from), latest: day(to) + 86_399_999 });

describe('findClusters', () => {
  it('splits a story at its long gaps', () => {
    const events = [
      ev('treaty', '1997-01-01', '1997-12-31'),
      ev('protest', '2020-01-01', '2020-12-31'),
      ev('invasion', '2022-02-24'),
      ev('last-week', '2022-06-20', '2022-06-26'),
      ev('missiles', '2022-06-26'),
      ev('putin', '2022-07-01'),
    ];
    const clusters = findClusters(events);
    expect(clusters.map((c) => c.firstEventId)).toEqual(['treaty', 'protest', 'invasion', 'last-week']);
    expect(clusters.map((c) => c.count)).toEqual([1, 1, 1, 3]);
    expect(clusters[3]?.end).toBe(day('2022-07-01') + 86_399_999);
  });

  it('keeps at most maxClusters runs, cutting at the largest gaps', () => {
    const events = [ev('a', '2000-01-01'), ev('b', '2000-03-01'), ev('c', '2010-01-01'), ev('d', '2010-02-01')];
    expect(findClusters(events, 2).map((c) => c.firstEventId)).toEqual(['a', 'c']);
  });

  it('does not split overlapping intervals', () => {
    const events = [ev('long', '2000-01-01', '2005-12-31'), ev('inside', '2003-01-01'), ev('after', '2005-12-01')];
    expect(findClusters(events)).toHaveLength(1);
  });

  it('returns nothing for no events', () => {
    expect(findClusters([])).toEqual([]);
  });
});
