import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from '@/domain/dates/day';
import type { TimeBreaks } from '@/domain/timeline/time-breaks';
import { createBrokenWarp, createLinearWarp, createWindowScale } from '@/viz/time-warp';
import { createPiecewiseTicks } from '@/viz/time-ticks';

const t = (iso: string) => Date.parse(iso);
// The bundled story's runs (1997, 2020, 24 February 2022, 20 June–1 July 2022) and the breaks between them.
const BUNDLED: TimeBreaks = {
  segments: [
    { start: t('1997-01-01'), end: t('1998-01-01') - 1, count: 1 },
    { start: t('2020-01-01'), end: t('2021-01-01') - 1, count: 3 },
    { start: t('2022-02-24'), end: t('2022-02-25') - 1, count: 2 },
    { start: t('2022-06-20'), end: t('2022-07-02') - 1, count: 5 },
  ],
  breaks: [
    { start: t('1998-01-01') - 1, end: t('2020-01-01') },
    { start: t('2021-01-01') - 1, end: t('2022-02-24') },
    { start: t('2022-02-25') - 1, end: t('2022-06-20') },
  ],
};
const PADDED: readonly [number, number] = [t('1996-01-01'), t('2023-07-01')];

describe('createLinearWarp', () => {
  it('spreads the domain evenly over the width, and inverts', () => {
    const warp = createLinearWarp([0, 1000], 500);
    expect(warp(0)).toBe(0);
    expect(warp(1000)).toBe(500);
    expect(warp(250)).toBe(125);
    expect(warp(2000)).toBe(1000);
    expect(warp.invert(125)).toBe(250);
    expect(warp.breaks).toEqual([]);
    expect(warp.pieces).toHaveLength(1);
  });
});

describe('createBrokenWarp', () => {
  const warp = createBrokenWarp(BUNDLED, 1000, PADDED);

  it('maps its domain onto the whole width, three narrow breaks between four runs', () => {
    expect(warp(warp.domain[0])).toBeCloseTo(0, 6);
    expect(warp(warp.domain[1])).toBeCloseTo(1000, 6);
    expect(warp.pieces).toHaveLength(4);
    expect(warp.breaks).toHaveLength(3);
    for (const b of warp.breaks) expect(b.u1 - b.u0).toBeCloseTo(32, 6);
    // No event falls in a break: each run's events lie inside its piece.
    BUNDLED.segments.forEach((s, i) => {
      expect(warp.pieces[i]!.t0).toBeLessThan(s.start);
      expect(warp.pieces[i]!.t1).toBeGreaterThan(s.end);
    });
  });

  it('gives the five late-June events room beside the 1997 treaty: each run a fair share, not its share of time', () => {
    const room = warp.pieces.map((p) => p.u1 - p.u0);
    // Linear time would give late June 2022 about 0.1 % of the axis; here it gets a quarter or more.
    expect(room[3]!).toBeGreaterThan(200);
    for (const r of room) expect(r).toBeGreaterThan(80);
    // Five days in late June take some 60 px or more, five days in 1997 a few.
    expect(warp(t('2022-06-30')) - warp(t('2022-06-25'))).toBeGreaterThan(60);
    expect(warp(t('1997-06-30')) - warp(t('1997-06-25'))).toBeLessThan(10);
  });

  it('is strictly increasing and its inverse undoes it, breaks included', () => {
    fc.assert(
      fc.property(
        fc.double({ min: PADDED[0] - 1e11, max: PADDED[1] + 1e11, noNaN: true }),
        fc.double({ min: 0, max: 5e8, noNaN: true }),
        (time, step) => {
          expect(warp(time + step + 1)).toBeGreaterThan(warp(time));
          expect(warp.invert(warp(time))).toBeCloseTo(time, -3);
          return true;
        },
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: -100, max: 1100, noNaN: true }), (u) => {
        expect(warp(warp.invert(u))).toBeCloseTo(u, 6);
        return true;
      }),
    );
  });

  it('is the linear warp of the fallback span when there is no break', () => {
    const plain = createBrokenWarp({ segments: [{ start: 0, end: 10, count: 2 }], breaks: [] }, 300, [0, 100]);
    expect(plain(50)).toBe(150);
    expect(plain.breaks).toEqual([]);
  });

  it('keeps breaks narrow on a narrow axis', () => {
    const narrow = createBrokenWarp(BUNDLED, 320, PADDED);
    for (const b of narrow.breaks) expect(b.u1 - b.u0).toBeLessThanOrEqual(320 * 0.06 + 1e-9);
    expect(narrow(narrow.domain[1])).toBeCloseTo(320, 6);
  });

  it('knows how fast its fastest run goes, to let a zoom reach two days there', () => {
    const rates = warp.pieces.map((p) => (p.u1 - p.u0) / (p.t1 - p.t0));
    expect(warp.maxRate).toBe(Math.max(...rates));
    // The day of the invasion is the shortest run.
    expect(warp.maxRate).toBe(rates[2]);
  });
});

describe('createWindowScale', () => {
  it('draws a window of the warp across the chart, and inverts', () => {
    const warp = createBrokenWarp(BUNDLED, 800, PADDED);
    const window = [t('2022-06-18'), t('2022-07-04')] as const;
    const x = createWindowScale(warp, window, 800);
    expect(x(window[0])).toBeCloseTo(0, 6);
    expect(x(window[1])).toBeCloseTo(800, 6);
    expect(x.invert(400)).toBeCloseTo(warp.invert((warp(window[0]) + warp(window[1])) / 2), -3);
    const whole = createWindowScale(warp, warp.domain, 800);
    expect(whole(t('2020-06-01'))).toBeCloseTo(warp(t('2020-06-01')), 6);
  });
});

describe('createPiecewiseTicks', () => {
  const warp = createBrokenWarp(BUNDLED, 1200, PADDED);
  const x = createWindowScale(warp, warp.domain, 1200);
  const ticks = createPiecewiseTicks(warp.pieces, warp.domain, x, 'en');

  it('puts no tick inside a break, and keeps ticks apart', () => {
    expect(ticks.ticks.length).toBeGreaterThan(3);
    for (const tick of ticks.ticks)
      for (const b of warp.breaks) expect(tick.time <= b.t0 || tick.time >= b.t1).toBe(true);
    const px = ticks.ticks.map((tick) => x(tick.time));
    for (let i = 1; i < px.length; i++) expect(px[i]! - px[i - 1]!).toBeGreaterThanOrEqual(72 * 0.8);
  });

  it('reads each run at its own level: years in 1997, days in late June 2022; the axis level is the coarsest', () => {
    const words = ticks.ticks.map((tick) => `${tick.label} ${tick.context}`);
    expect(words.some((w) => w.includes('1997'))).toBe(true);
    expect(words.some((w) => w.includes('2020'))).toBe(true);
    expect(ticks.ticks.some((tick) => tick.time >= t('2022-06-20') && /Jun/.test(tick.label))).toBe(true);
    expect(['month', 'year']).toContain(ticks.level);
  });

  it('is the plain ticks of a linear axis', () => {
    const linear = createLinearWarp(PADDED, 1000);
    const lx = createWindowScale(linear, PADDED, 1000);
    const plain = createPiecewiseTicks(linear.pieces, PADDED, lx, 'en');
    expect(plain.ticks.map((tick) => tick.label)).toContain('2000');
    expect(DAY_MS).toBeGreaterThan(0);
  });
});
