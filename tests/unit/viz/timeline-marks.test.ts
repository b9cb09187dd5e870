import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '@/domain/dataset/model';
import { createDensityBins, createTimelineMarks } from '@/viz/timeline-marks';

const DAY = 86_400_000;
function event(id: string, day: number, days = 1, quad: TimelineEvent['quad'] = 'verbal-conflict'): TimelineEvent {
  const earliest = Date.UTC(2000, 0, 1) + day * DAY;
  return {
    id,
    date: {
      edtf: 'x',
      earliest,
      latest: earliest + days * DAY - 1,
      precision: 'day',
      interval: days > 1,
      uncertain: false,
    },
    dateBasis: 'stated',
    title: { en: id },
    type: 'ACCUSE',
    quad,
    context: [],
    actors: ['a'],
    recipients: [],
    evidence: [],
    tags: [],
  };
}
const window = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 1) + 100 * DAY] as const;
const x = (t: number) => ((t - window[0]) / (window[1] - window[0])) * 1000;
const options = {
  width: 1000,
  maxLanes: 10,
  maxLabelWidth: 200,
  pointRadius: 6,
  bucketWidth: 48,
  maxMarks: 50,
  binWidth: 10,
};

describe('createTimelineMarks', () => {
  it('draws one mark per event while few are in view', () => {
    const events = Array.from({ length: 20 }, (_, i) => event(`e${i}`, i * 5));
    const layout = createTimelineMarks(
      events,
      window,
      x,
      (e) => e.id,
      (s) => s.length * 7,
      (s) => s,
      options,
    );
    expect(layout.bins).toEqual([]);
    expect(layout.marks.length + layout.hidden.reduce((n, b) => n + b.events.length, 0)).toBe(20);
    expect(layout.inView).toBe(20);
  });

  it('switches to density columns when too many are in view, counting every one', () => {
    const events = Array.from({ length: 500 }, (_, i) =>
      event(`e${i}`, (i * 7) % 100, 1, i % 2 ? 'verbal-conflict' : 'material-cooperation'),
    );
    const layout = createTimelineMarks(
      events,
      window,
      x,
      (e) => e.id,
      (s) => s.length * 7,
      (s) => s,
      options,
    );
    expect(layout.marks).toEqual([]);
    expect(layout.inView).toBe(500);
    expect(layout.bins.reduce((n, b) => n + b.count, 0)).toBe(500);
    for (const b of layout.bins) expect(b.quadCounts.reduce((n, c) => n + c, 0)).toBe(b.count);
  });

  it('counts events before and after the window', () => {
    const events = [event('before', -10), event('inside', 10), event('after', 200)];
    const layout = createTimelineMarks(
      events,
      window,
      x,
      (e) => e.id,
      (s) => s.length * 7,
      (s) => s,
      options,
    );
    expect([layout.before, layout.inView, layout.after]).toEqual([1, 1, 1]);
  });
});

describe('createDensityBins', () => {
  it('counts an interval in every column it overlaps', () => {
    const bins = createDensityBins([event('long', 0, 30)], window, 1000, 100);
    // Thirty days over ten-day columns: three columns.
    expect(bins.map((b) => b.count)).toEqual([1, 1, 1]);
    expect(bins[0]!.x0).toBe(0);
  });

  it('leaves out empty columns and stays within the width', () => {
    const bins = createDensityBins([event('a', 50)], window, 1000, 10);
    expect(bins).toHaveLength(1);
    expect(bins[0]!.x0).toBeGreaterThanOrEqual(490);
    expect(bins[0]!.x1).toBeLessThanOrEqual(1000);
  });
});

describe('createDensityBins on an axis with breaks', () => {
  it('puts each event in the column its warped position falls in', () => {
    // Days 0–10 on the first half of a 100 px chart, days 1000–1010 on the second: a break between.
    const t0 = Date.UTC(2000, 0, 1);
    const day = (t: number) => (t - t0) / DAY;
    const x = Object.assign((t: number) => (day(t) < 500 ? day(t) * 5 : 50 + (day(t) - 1000) * 5), {
      invert: (px: number) => t0 + (px < 50 ? px / 5 : 1000 + (px - 50) / 5) * DAY,
    });
    const bins = createDensityBins([event('early', 1), event('late', 1001)], [t0, t0 + 1010 * DAY], 100, 10, x);
    expect(bins.map((b) => [b.x0, b.count])).toEqual([
      [0, 1],
      [50, 1],
    ]);
    expect(bins[1]!.start).toBe(t0 + 1000 * DAY);
  });
});
