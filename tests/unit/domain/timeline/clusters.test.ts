import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClusters, type ClusterInput, type TimeCluster } from '@/domain/timeline/clusters';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const ev = (id: string, from: string, to = from) => ({
  id,
  date: { earliest: day(from), latest: day(to) + 86_399_999 },
});

/** Clusters worked out the plain way: copy the placed events, cut at the largest gaps, and slice the runs. */
function plainClusters(events: readonly ClusterInput[], maxClusters: number, minGapMs: number): TimeCluster[] {
  const placed = events.filter((e) => Number.isFinite(e.date.earliest) && Number.isFinite(e.date.latest));
  if (placed.length === 0) return [];
  const gaps: { index: number; size: number }[] = [];
  let reach = placed[0]!.date.latest;
  placed.forEach((e, i) => {
    if (i > 0 && e.date.earliest - reach >= minGapMs) gaps.push({ index: i, size: e.date.earliest - reach });
    reach = Math.max(reach, e.date.latest);
  });
  const cuts = gaps
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .slice(0, Math.max(maxClusters - 1, 0))
    .map((g) => g.index)
    .sort((a, b) => a - b);
  return [0, ...cuts].map((from, k) => {
    const run = placed.slice(from, cuts[k] ?? placed.length);
    return {
      start: run[0]!.date.earliest,
      end: Math.max(...run.map((e) => e.date.latest)),
      count: run.length,
      firstEventId: run[0]!.id,
    };
  });
}

describe('findClusters', () => {
  it('finds the runs the plain way finds, for any sorted events, some with open ends', () => {
    const instant = fc.integer({ min: 0, max: 400 }).map((d) => d * 86_400_000);
    const event = fc.tuple(
      instant,
      fc.integer({ min: 0, max: 30 }),
      fc.constantFrom('placed', 'placed', 'placed', 'open'),
    );
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 40 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(86_400_000, 14 * 86_400_000),
        (drafts, maxClusters, minGapMs) => {
          const events = drafts
            .map(([earliest, days, kind], i) => ({
              id: `e${i}`,
              date: { earliest: kind === 'open' ? -Infinity : earliest, latest: earliest + days * 86_400_000 },
            }))
            .sort((a, b) => a.date.earliest - b.date.earliest);
          expect(findClusters(events, maxClusters, minGapMs)).toEqual(plainClusters(events, maxClusters, minGapMs));
        },
      ),
      { numRuns: 300 },
    );
  });

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

  it('leaves events with an open end out of every run and its count', () => {
    const open = { id: 'open', date: { earliest: -Infinity, latest: day('1999-01-01') } };
    const events = [
      open,
      ev('a', '2000-01-01'),
      ev('b', '2000-01-02'),
      { ...open, id: 'open-2' },
      ev('c', '2010-01-01'),
    ];
    const clusters = findClusters(events);
    expect(clusters.map((c) => [c.firstEventId, c.count])).toEqual([
      ['a', 2],
      ['c', 1],
    ]);
    expect(findClusters([open])).toEqual([]);
  });
});
