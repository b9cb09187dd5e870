import { describe, expect, it } from 'vitest';
import { createTimeScale, rescaleTime } from '@/viz/time-scale';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('createTimeScale', () => {
  const x = createTimeScale([new Date(day('2022-01-01')), new Date(day('2022-01-11'))], [0, 500]);

  it('maps a time to px along a straight line, beyond the domain too', () => {
    expect(x(day('2022-01-01'))).toBe(0);
    expect(x(new Date(day('2022-01-06')))).toBe(250);
    expect(x(day('2022-01-11'))).toBe(500);
    expect(x(day('2022-01-13'))).toBe(600);
  });

  it('inverts px back to a time', () => {
    expect(+x.invert(250)).toBe(day('2022-01-06'));
    expect(+x.invert(-50)).toBe(day('2021-12-31'));
  });

  it('reports its domain as Dates and its range as px', () => {
    expect(x.domain().map(Number)).toEqual([day('2022-01-01'), day('2022-01-11')]);
    expect(x.range()).toEqual([0, 500]);
  });

  it('copies into an equal, separate scale', () => {
    const y = x.copy();
    expect(y).not.toBe(x);
    expect(y(day('2022-01-06'))).toBe(250);
  });

  it('maps an empty domain to the middle of the range', () => {
    const point = createTimeScale([day('2022-01-01'), day('2022-01-01')], [0, 500]);
    expect(point(day('2022-01-01'))).toBe(250);
    expect(point(day('2030-01-01'))).toBe(250);
  });
});

describe('rescaleTime', () => {
  const x = createTimeScale([day('2022-01-01'), day('2022-01-11')], [0, 500]);

  it('gives the domain in view under a zoom transform', () => {
    // 2× closer, panned so 2 January is at the left edge.
    const zoomed = rescaleTime(x, { k: 2, x: -100, y: 0 });
    expect(zoomed.domain().map(Number)).toEqual([day('2022-01-02'), day('2022-01-07')]);
    expect(zoomed.range()).toEqual([0, 500]);
    expect(zoomed(day('2022-01-02'))).toBe(0);
  });

  it('leaves the domain alone under no zoom', () => {
    expect(rescaleTime(x, { k: 1, x: 0, y: 0 }).domain().map(Number)).toEqual([day('2022-01-01'), day('2022-01-11')]);
  });
});
