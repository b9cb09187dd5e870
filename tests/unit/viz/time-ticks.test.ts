import { describe, expect, it } from 'vitest';
import { createTimeTicks } from '@/viz/time-ticks';

const t = (iso: string) => Date.parse(iso);

describe('createTimeTicks', () => {
  it('labels decades or years for a 25-year window', () => {
    const ticks = createTimeTicks(t('1996-01-01'), t('2023-01-01'), 1000, 'en');
    expect(['year', 'decade']).toContain(ticks.level);
    expect(ticks.ticks.map((x) => x.label)).toContain('2000');
  });

  it('comes down to days for a two-week window', () => {
    const ticks = createTimeTicks(t('2022-06-19'), t('2022-07-03'), 1200, 'en');
    expect(ticks.level).toBe('day');
    expect(ticks.ticks.some((x) => /26/.test(x.label))).toBe(true);
  });

  it('uses months between years and days', () => {
    expect(createTimeTicks(t('2022-01-01'), t('2022-12-31'), 1000, 'en').level).toBe('month');
  });

  it('keeps ticks at least the minimum spacing apart', () => {
    for (const width of [320, 800, 1600]) {
      const start = t('1990-01-01');
      const end = t('2024-01-01');
      const { ticks } = createTimeTicks(start, end, width, 'en', 72);
      const px = ticks.map((x) => ((x.time - start) / (end - start)) * width);
      for (let i = 1; i < px.length; i++) expect(px[i]! - px[i - 1]!).toBeGreaterThanOrEqual(60);
    }
  });

  it('names months in Indonesian', () => {
    const { ticks } = createTimeTicks(t('2022-06-01'), t('2022-09-30'), 1000, 'id');
    expect(ticks.map((x) => x.label).join(' ')).toMatch(/Jul|Agu/);
    expect(ticks.map((x) => x.label).join(' ')).not.toMatch(/Aug/);
  });

  it('marks the first tick as major so the month and year are always shown', () => {
    const { ticks } = createTimeTicks(t('2022-06-19'), t('2022-07-03'), 1200, 'en');
    expect(ticks[0]?.major).toBe(true);
    expect(ticks[0]?.context).toBe('June 2022');
    const julyFirst = ticks.find((x) => x.time === t('2022-07-01'));
    expect(julyFirst?.context).toBe('July 2022');
    expect(ticks.filter((x) => !x.major).every((x) => x.context === '')).toBe(true);
  });
});
