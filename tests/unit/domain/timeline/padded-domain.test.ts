import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '@/domain/dataset/model';
import { DAY_MS } from '@/domain/dates/day';
import { paddedDomain } from '@/domain/timeline/padded-domain';

const at = (earliest: number, latest = earliest): TimelineEvent =>
  ({ id: String(earliest), date: { earliest, latest } }) as unknown as TimelineEvent;

describe('paddedDomain', () => {
  it('spans every known instant with 4 % on both sides', () => {
    const year = 365 * DAY_MS;
    expect(paddedDomain([at(0), at(10 * year)])).toEqual([-0.4 * year, 10.4 * year]);
  });

  it('pads a short span by a week at least, and reads an open end from the other', () => {
    expect(paddedDomain([at(0, DAY_MS)])).toEqual([-7 * DAY_MS, 8 * DAY_MS]);
    expect(paddedDomain([at(-Infinity, 0), at(DAY_MS, Infinity)])).toEqual([-7 * DAY_MS, 8 * DAY_MS]);
  });

  it('shows the year before now when no event has a known date', () => {
    expect(paddedDomain([], 1000 * DAY_MS)).toEqual([635 * DAY_MS, 1000 * DAY_MS]);
  });
});
