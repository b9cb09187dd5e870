import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@/domain/dates/day';
import { createStoryRows, type StoryInput } from '@/domain/timeline/story-rows';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const event = (id: string, iso: string): StoryInput => ({
  id,
  date: { edtf: iso, earliest: day(iso), latest: day(iso) + DAY_MS - 1 },
});

describe('createStoryRows', () => {
  it('gathers events of the same date in one row and keeps time order', () => {
    const rows = createStoryRows([event('a', '2022-06-20'), event('b', '2022-06-20'), event('c', '2022-06-21')]);
    expect(rows.map((r) => (r.kind === 'date' ? r.events.map((e) => e.id) : r.kind))).toEqual([['a', 'b'], ['c']]);
  });

  it('puts a row saying how long before the first event after a long empty stretch', () => {
    const rows = createStoryRows([
      event('treaty', '1997-04-02'),
      event('union', '2020-01-01'),
      event('war', '2022-02-24'),
      event('june', '2022-06-25'),
      event('july', '2022-07-01'),
    ]);
    const kinds = rows.map((r) => (r.kind === 'gap' ? `${r.length.count} ${r.length.unit}` : r.key));
    expect(kinds).toEqual(['treaty', '23 year', 'union', '2 year', 'war', '4 month', 'june', 'july']);
  });

  it('gives no gap row to a story with no long stretch, nor to no events', () => {
    expect(createStoryRows([event('a', '2022-06-20'), event('b', '2022-06-22')]).every((r) => r.kind === 'date')).toBe(
      true,
    );
    expect(createStoryRows([])).toEqual([]);
  });
});
