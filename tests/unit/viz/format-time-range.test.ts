import { describe, expect, it } from 'vitest';
import { formatTimeRange } from '@/viz/format-time-range';

const t = (iso: string) => Date.parse(iso);
const endOf = (iso: string) => t(iso) - 1;

describe('formatTimeRange', () => {
  it('names a whole year by its number', () => {
    expect(formatTimeRange(t('1997-01-01'), endOf('1998-01-01'), 'en')).toBe('1997');
  });

  it('names a run of years as a year range', () => {
    expect(formatTimeRange(t('2020-01-01'), endOf('2023-01-01'), 'en')).toMatch(/^2020\s*–\s*2022$/);
  });

  it('names a single day with day, month and year', () => {
    expect(formatTimeRange(t('2022-02-24'), endOf('2022-02-25'), 'en-GB')).toBe('24 Feb 2022');
  });

  it('names a run of days as a day range, in Indonesian too', () => {
    expect(formatTimeRange(t('2022-06-20'), endOf('2022-07-02'), 'en-GB')).toMatch(/20 Jun\s*–\s*1 Jul 2022/);
    expect(formatTimeRange(t('2022-06-20'), endOf('2022-07-02'), 'id')).toMatch(/20 Jun\s*–\s*1 Jul 2022/);
  });

  it('names whole months by month', () => {
    expect(formatTimeRange(t('2022-06-01'), endOf('2022-07-01'), 'id')).toBe('Jun 2022');
  });
});
