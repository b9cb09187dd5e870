import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from '@/domain/dates/day';
import { findTimeBreaks, gapLength, type BreakOptions } from '@/domain/timeline/time-breaks';

const t = (iso: string) => Date.parse(iso);
/** An event over whole UTC days, as the parser gives one: from the first day's start to the last day's end. */
function ev(id: string, from: string, to = from) {
  return { id, date: { earliest: t(from), latest: t(to) + DAY_MS - 1 } };
}

// The bundled story's dates: 1997, three in 2020, two on 24 February 2022, five from 20 June to 1 July 2022.
const BUNDLED = [
  ev('treaty', '1997-01-01', '1997-12-31'),
  ev('protests', '2020-01-01', '2020-12-31'),
  ev('crackdown', '2020-01-01', '2020-12-31'),
  ev('backs', '2020-01-01', '2020-12-31'),
  ev('invasion', '2022-02-24'),
  ev('base', '2022-02-24'),
  ev('shoigu', '2022-06-20', '2022-06-26'),
  ev('missiles', '2022-06-26'),
  ev('g7', '2022-06-27', '2022-06-29'),
  ev('ready', '2022-06-30'),
  ev('pressure', '2022-07-01'),
];

describe('findTimeBreaks', () => {
  it('cuts the bundled story into its four bursts, with three breaks between them', () => {
    const { segments, breaks } = findTimeBreaks(BUNDLED);
    expect(segments.map((s) => s.count)).toEqual([1, 3, 2, 5]);
    expect(breaks).toEqual([
      { start: t('1998-01-01') - 1, end: t('2020-01-01') },
      { start: t('2021-01-01') - 1, end: t('2022-02-24') },
      { start: t('2022-02-25') - 1, end: t('2022-06-20') },
    ]);
    expect(segments[0]).toEqual({ start: t('1997-01-01'), end: t('1998-01-01') - 1, count: 1 });
    expect(segments[3]).toEqual({ start: t('2022-06-20'), end: t('2022-07-02') - 1, count: 5 });
  });

  it('finds no break in a story without long gaps, nor in one without events', () => {
    const even = Array.from({ length: 100 }, (_, i) => ({
      id: `e${i}`,
      date: { earliest: i * DAY_MS, latest: i * DAY_MS },
    }));
    expect(findTimeBreaks(even)).toEqual({ segments: [{ start: 0, end: 99 * DAY_MS, count: 100 }], breaks: [] });
    expect(findTimeBreaks([])).toEqual({ segments: [], breaks: [] });
  });

  it('measures gaps from the latest end so far, so a long range spanning others leaves no break', () => {
    const events = [
      ev('long', '1990-01-01', '2010-12-31'),
      ev('a', '1991-01-01'),
      ev('b', '2009-01-01'),
      ev('c', '2010-12-01'),
    ];
    const { segments, breaks } = findTimeBreaks(events);
    expect(breaks).toEqual([]);
    expect(segments).toHaveLength(1);
  });

  it('keeps only the longest gaps when there are more than maxBreaks, and leaves events with an open end out', () => {
    const options: BreakOptions = { minShare: 0.01, minGapMs: DAY_MS, maxBreaks: 2 };
    const events = [
      ev('a', '2000-01-01'),
      ev('b', '2001-01-01'), // a gap of a year
      ev('c', '2005-01-01'), // four years: kept
      ev('open', '2005-06-01'),
      ev('d', '2008-01-01'), // about three years: kept
      ev('e', '2008-06-01'), // five months: too short to be among the two longest
    ];
    (events[3] as { date: { earliest: number; latest: number } }).date.latest = Infinity;
    const { segments, breaks } = findTimeBreaks(events, options);
    expect(breaks.map((b) => new Date(b.end).getUTCFullYear())).toEqual([2005, 2008]);
    expect(segments.map((s) => s.count)).toEqual([2, 1, 2]);
  });

  it('always gives one segment more than breaks, in time order, covering every placed event', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 400 })), { maxLength: 60 }),
        (spans) => {
          const events = spans
            .map(([d, n], i) => ({ id: `e${i}`, date: { earliest: d * DAY_MS, latest: (d + n) * DAY_MS } }))
            .sort((a, b) => a.date.earliest - b.date.earliest);
          const { segments, breaks } = findTimeBreaks(events);
          if (events.length === 0) return segments.length === 0 && breaks.length === 0;
          expect(segments.length).toBe(breaks.length + 1);
          expect(segments.reduce((n, s) => n + s.count, 0)).toBe(events.length);
          breaks.forEach((b, i) => {
            expect(b.start).toBe(segments[i]!.end);
            expect(b.end).toBe(segments[i + 1]!.start);
            expect(b.end).toBeGreaterThan(b.start);
          });
          // No event falls inside a break.
          for (const e of events)
            for (const b of breaks) expect(e.date.latest <= b.start || e.date.earliest >= b.end).toBe(true);
          return true;
        },
      ),
    );
  });
});

describe('gapLength', () => {
  it('tells a gap in the largest unit it nearly fills, rounded', () => {
    expect(gapLength(t('1997-01-01'), t('2020-01-01'))).toEqual({ unit: 'year', count: 23 });
    expect(gapLength(t('2022-02-24'), t('2022-06-20'))).toEqual({ unit: 'month', count: 4 });
    expect(gapLength(t('2022-06-20'), t('2022-07-01'))).toEqual({ unit: 'week', count: 2 });
    expect(gapLength(t('2022-06-26'), t('2022-06-30'))).toEqual({ unit: 'day', count: 4 });
    expect(gapLength(t('2022-06-26'), t('2022-06-26'))).toEqual({ unit: 'day', count: 1 });
    expect(gapLength(t('2021-01-01'), t('2021-12-20'))).toEqual({ unit: 'year', count: 1 });
  });
});
