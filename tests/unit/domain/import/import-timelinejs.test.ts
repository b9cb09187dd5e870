import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTimelineJs } from '@/domain/import/import-timelinejs';
import { createIdAllocator, cutText, slugify, type ImportResult } from '@/domain/import/import-tools';
import type { Dataset } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import type { RawDataset } from '@/domain/dataset/schema';

const FIXTURE = resolve(__dirname, '../../../fixtures/import/timelinejs-basic.json');

// Tests build TimelineJS input freely; a loose type keeps each case to a line.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = any;

function converted(result: ImportResult): RawDataset & { events: Loose[]; sources: Loose[] } {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.json as RawDataset & { events: Loose[]; sources: Loose[] };
}

function parsed(result: ImportResult): Dataset {
  const check = parseDataset(converted(result));
  if (!check.ok) throw new Error(`parseDataset rejected the import: ${JSON.stringify(check.problems)}`);
  return check.value;
}

function timeline(...events: Loose[]): Loose {
  return { events };
}

const day = (year: number, month?: number, dayOfMonth?: number): Loose => ({ year, month, day: dayOfMonth });

function messages(result: ImportResult): string {
  return result.report.map((note) => `${note.path}: ${note.message}`).join('\n');
}

describe('importTimelineJs', () => {
  it('converts the example timeline into a dataset that parseDataset accepts', () => {
    const result = importTimelineJs(JSON.parse(readFileSync(FIXTURE, 'utf8')), {});
    const dataset = parsed(result);
    expect(dataset.id).toBe('russia-belarus-a-timelinejs-example');
    expect(dataset.title).toEqual({ en: 'Russia & Belarus a TimelineJS example' });
    expect(dataset.description).toEqual({ en: 'Milestones of the Union State, as a TimelineJS file.' });
    expect(dataset.events.map((e) => [e.id, e.date.edtf])).toEqual([
      ['union-treaty', '1997'],
      ['shoigu-calls-for-joint-combat-readiness', '2022-06-20/2022-06-26'],
      ['putin-western-sanctions-sped-up-integration-with-belarus-in-a-st', '2022-07-01'],
      ['union-treaty-2', '2022-07'],
    ]);
  });

  it('gives every event the one "unknown" actor, type STATEMENT and an external date basis, and says so', () => {
    const result = importTimelineJs(timeline({ start_date: day(2022), text: { headline: 'A' } }), {});
    const json = converted(result);
    expect(json.actors).toEqual([{ id: 'unknown', kind: 'group', name: { en: 'Unspecified' } }]);
    expect(json.events[0]).toMatchObject({ type: 'STATEMENT', actors: ['unknown'], dateBasis: 'external' });
    expect(json.events[0].evidence).toBeUndefined();
    expect(messages(result)).toMatch(/actor "unknown"/);
    expect(messages(result)).toMatch(/STATEMENT/);
    expect(messages(result)).toMatch(/no quotes/);
  });

  it('writes years, months and days as EDTF and an end date as an interval', () => {
    const json = converted(
      importTimelineJs(
        timeline(
          { start_date: day(1997), text: { headline: 'a' } },
          { start_date: { year: '2022', month: '6' }, text: { headline: 'b' } },
          { start_date: day(2022, 6, 20), end_date: day(2022, 6, 26), text: { headline: 'c' } },
          { start_date: day(-500), text: { headline: 'd' } },
          { start_date: { year: 2022, month: '', day: '' }, end_date: { year: '' }, text: { headline: 'e' } },
        ),
        {},
      ),
    );
    expect(json.events.map((e) => e.date)).toEqual(['1997', '2022-06', '2022-06-20/2022-06-26', '-0500', '2022']);
  });

  it('drops the time of day with a note', () => {
    const result = importTimelineJs(
      timeline({ start_date: { year: 2022, month: 7, day: 1, hour: 14, minute: 5 }, text: { headline: 'a' } }),
      {},
    );
    expect(converted(result).events[0].date).toBe('2022-07-01');
    expect(result.report).toContainEqual({
      path: 'events[0].start_date.hour',
      message: expect.stringMatching(/time of day is dropped/),
    });
  });

  it('writes a year past 9999 in EDTF long-year form and drops its month with a note', () => {
    const result = importTimelineJs(timeline({ start_date: day(-12000, 3), text: { headline: 'Ice age' } }), {});
    expect(parsed(result).events[0]?.date.edtf).toBe('Y-12000');
    expect(messages(result)).toMatch(/past 9999/);
  });

  it('rejects a date it cannot read, at the TimelineJS path', () => {
    const result = importTimelineJs(
      timeline(
        { start_date: { month: 3 }, text: { headline: 'a' } },
        { start_date: day(2022, 13), text: { headline: 'b' } },
        { start_date: day(2022, 2, 30), text: { headline: 'c' } },
        { start_date: day(2022, 6, 26), end_date: day(2022, 6, 20), text: { headline: 'd' } },
        { start_date: 'yesterday', text: { headline: 'e' } },
        { text: { headline: 'f' } },
      ),
      {},
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'events[0].start_date.year',
      'events[1].start_date.month',
      'events[2].start_date',
      'events[3].end_date',
      'events[4].start_date',
      'events[5].start_date',
    ]);
    expect(result.errors[2]?.message).toMatch(/February 2022 has no day 30/);
    expect(result.errors[3]?.message).toMatch(/ends .* before it starts/);
  });

  it('rejects input without events', () => {
    for (const input of [null, 'not json', {}, { events: [] }, { events: 'x' }]) {
      const result = importTimelineJs(input, {});
      expect(result.ok).toBe(false);
    }
  });

  it('turns headline and text HTML into plain text', () => {
    const json = converted(
      importTimelineJs(
        timeline({
          start_date: day(2022),
          text: { headline: '<b>Big</b> &amp; bold', text: '<p>One</p><p>Two<script>x()</script></p>' },
        }),
        {},
      ),
    );
    expect(json.events[0].title).toEqual({ en: 'Big & bold' });
    expect(json.events[0].summary).toEqual({ en: 'One\nTwo' });
  });

  it('cuts a long headline to 160 characters and a long text to 2,000, with notes', () => {
    const result = importTimelineJs(
      timeline({ start_date: day(2022), text: { headline: 'word '.repeat(60), text: 'x'.repeat(2500) } }),
      {},
    );
    const event = converted(result).events[0];
    expect(event.title.en.length).toBeLessThanOrEqual(160);
    expect(event.title.en.endsWith('…')).toBe(true);
    expect(event.summary.en.length).toBeLessThanOrEqual(2000);
    expect(result.report.map((n) => n.path)).toEqual(
      expect.arrayContaining(['events[0].text.headline', 'events[0].text.text']),
    );
  });

  it('takes the title from the text or the date when there is no headline', () => {
    const json = converted(
      importTimelineJs(
        timeline({ start_date: day(2022), text: { text: 'First line<br>second' } }, { start_date: day(2023) }),
        {},
      ),
    );
    expect(json.events.map((e) => e.title.en)).toEqual(['First line', '2023']);
  });

  it('makes ids from unique_id or the headline, unique and valid', () => {
    const json = converted(
      importTimelineJs(
        timeline(
          { start_date: day(2022), text: { headline: 'Same' }, unique_id: 'Étape Un' },
          { start_date: day(2022), text: { headline: 'Same' } },
          { start_date: day(2022), text: { headline: 'Same' } },
          { start_date: day(2022), text: { headline: 'Путин' } },
          { start_date: day(2022), text: { headline: 'x' }, unique_id: '__proto__' },
        ),
        {},
      ),
    );
    expect(json.events.map((e) => e.id)).toEqual(['etape-un', 'same', 'same-2', 'event-4', 'proto']);
  });

  it('turns a group into a tag', () => {
    const json = converted(
      importTimelineJs(timeline({ start_date: day(2022), text: { headline: 'a' }, group: ' <i>Military</i> ' }), {}),
    );
    expect(json.events[0].tags).toEqual(['Military']);
  });

  it('turns an era into a tag on the events that start in it, and drops an empty era', () => {
    const result = importTimelineJs(
      {
        ...timeline(
          { start_date: day(2022, 3), text: { headline: 'in' } },
          { start_date: day(2021), text: { headline: 'out' } },
        ),
        eras: [
          { start_date: day(2022, 2, 24), end_date: day(2022, 12, 31), text: { headline: 'War' } },
          { start_date: day(1900), end_date: day(1901), text: { headline: 'Empty' } },
          { start_date: day(1900), text: { headline: 'No end' } },
        ],
      },
      {},
    );
    expect(converted(result).events.map((e) => e.tags)).toEqual([['War'], undefined]);
    expect(result.report.filter((n) => n.path.startsWith('eras')).map((n) => n.path)).toEqual([
      'eras[2]',
      'eras[0]',
      'eras[1]',
    ]);
  });

  it('makes a source of each distinct media credit and link, published on the event’s first day', () => {
    const result = importTimelineJs(
      timeline(
        {
          start_date: day(2022, 6, 20),
          end_date: day(2022, 6, 26),
          text: { headline: 'a' },
          media: { url: 'https://example.org/a.jpg', credit: 'AP', caption: 'A <b>photo</b>' },
        },
        {
          start_date: day(2022, 7),
          text: { headline: 'b' },
          media: { url: 'https://example.org/a.jpg', credit: 'AP' },
        },
        { start_date: day(2022, 8), text: { headline: 'c' }, media: { url: 'https://news.example.com/story' } },
        {
          start_date: day(2022, 9),
          text: { headline: 'd' },
          media: { url: 'javascript:window.__linimasaPwned=1', credit: 'Reuters' },
        },
        {
          start_date: day(2022, 9),
          text: { headline: 'e' },
          media: { url: '<iframe src="https://example.org"></iframe>' },
        },
      ),
      {},
    );
    expect(converted(result).sources).toEqual([
      {
        id: 'ap',
        publisher: 'AP',
        title: { en: 'A photo' },
        url: 'https://example.org/a.jpg',
        published: '2022-06-20',
        language: 'en',
      },
      {
        id: 'news-example-com',
        publisher: 'news.example.com',
        url: 'https://news.example.com/story',
        published: '2022-08-01',
        language: 'en',
      },
      { id: 'reuters', publisher: 'Reuters', published: '2022-09-01', language: 'en' },
    ]);
    expect(messages(result)).toMatch(/only absolute http\(s\) links/);
    expect(messages(result)).toMatch(/publication day/);
    parsed(result);
  });

  it('lists the timeline itself as the source when no media names one', () => {
    const result = importTimelineJs(
      {
        title: { text: { headline: 'My timeline' } },
        ...timeline(
          { start_date: day(2020), text: { headline: 'a' } },
          { start_date: day(2021, 5, 3), text: { headline: 'b' } },
        ),
      },
      {},
    );
    expect(converted(result).sources).toEqual([
      { id: 'timeline', publisher: 'My timeline', published: '2021-05-03', language: 'en' },
    ]);
  });

  it('keeps display_date as the date text', () => {
    const json = converted(
      importTimelineJs(
        timeline(
          { start_date: { year: 1944, display_date: 'Spring 1944' }, text: { headline: 'a' } },
          {
            start_date: day(1945),
            end_date: { year: 1946, display_date: '1946' },
            display_date: 'Just after the war',
            text: { headline: 'b' },
          },
        ),
        {},
      ),
    );
    expect(json.events.map((e) => e.dateText)).toEqual([{ en: 'Spring 1944' }, { en: 'Just after the war' }]);
  });

  it('notes media, backgrounds and title slide extras it cannot carry over', () => {
    const result = importTimelineJs(
      {
        title: { text: { headline: 't' }, media: { url: 'https://example.org/x.jpg' }, background: { color: '#000' } },
        ...timeline({
          start_date: day(2022),
          text: { headline: 'a' },
          media: { url: 'https://example.org/y.jpg' },
          background: { url: 'https://example.org/z.jpg' },
        }),
      },
      {},
    );
    expect(result.report.map((n) => n.path)).toEqual(
      expect.arrayContaining(['title.media', 'title.background', 'events[0].media', 'events[0].background']),
    );
  });

  it('groups a note that applies to many events into one line with a count', () => {
    const events = Array.from({ length: 50 }, (_, i) => ({
      start_date: day(2000 + i),
      text: { headline: `e${i}` },
      background: { color: '#fff' },
    }));
    const result = importTimelineJs({ events }, {});
    const background = result.report.filter((n) => n.message.includes('background'));
    expect(background).toEqual([
      { path: 'events[0].background', message: expect.stringMatching(/and 49 more like it/) },
    ]);
  });

  it('writes texts in the given locale and uses the given id', () => {
    const json = converted(
      importTimelineJs(timeline({ start_date: day(2022), text: { headline: 'Judul' } }), {
        id: 'contoh',
        locale: 'id',
      }),
    );
    expect(json.id).toBe('contoh');
    expect(json.locales).toEqual(['id']);
    expect(json.events[0].title).toEqual({ id: 'Judul' });
    expect(json.actors).toEqual([{ id: 'unknown', kind: 'group', name: { id: 'Tidak disebutkan' } }]);
  });

  it('rejects a locale that is not a language tag, and slugifies an invalid id with a note', () => {
    expect(importTimelineJs(timeline({ start_date: day(2022) }), { locale: '__proto__' })).toMatchObject({
      ok: false,
      errors: [{ path: 'locale' }],
    });
    const result = importTimelineJs(timeline({ start_date: day(2022) }), { id: 'My Timeline!' });
    expect(converted(result).id).toBe('my-timeline');
    expect(result.report[0]?.path).toBe('id');
  });

  it('reads JSON text, with or without a byte order mark', () => {
    const text = JSON.stringify(timeline({ start_date: day(2022), text: { headline: 'a' } }));
    expect(importTimelineJs(text, {}).ok).toBe(true);
    expect(importTimelineJs(`\uFEFF${text}`, {}).ok).toBe(true);
  });

  it('always produces a dataset that parseDataset accepts from any well-formed timeline', () => {
    const date = fc.record(
      {
        year: fc.integer({ min: -9999, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      },
      { requiredKeys: ['year'] },
    );
    const event = fc.record(
      {
        start_date: date.map((d) => (d.month === undefined ? { year: d.year } : d)),
        text: fc.record(
          { headline: fc.string({ maxLength: 300 }), text: fc.string({ maxLength: 300 }) },
          { requiredKeys: [] },
        ),
        group: fc.string(),
        unique_id: fc.string(),
        media: fc.record(
          { url: fc.oneof(fc.webUrl(), fc.string()), credit: fc.string(), caption: fc.string() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['start_date'] },
    );
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 8 }), fc.string(), (events, headline) => {
        const result = importTimelineJs({ title: { text: { headline } }, events }, {});
        parsed(result);
      }),
      { numRuns: 200 },
    );
  });
});

describe('slugify', () => {
  it('keeps lower-case letters and digits, folds accents and joins the rest with hyphens', () => {
    expect(slugify('  Union Treaty: 1997!  ')).toBe('union-treaty-1997');
    expect(slugify('Łódź café')).toBe('odz-cafe');
    expect(slugify('Путин')).toBe('');
    expect(slugify('a'.repeat(100))).toHaveLength(64);
  });
});

describe('createIdAllocator', () => {
  it('numbers repeats and keeps ids within 64 characters', () => {
    const allocate = createIdAllocator(['taken']);
    expect([allocate('Taken', 'x'), allocate('Taken', 'x'), allocate('', 'fallback')]).toEqual([
      'taken-2',
      'taken-3',
      'fallback',
    ]);
    const long = 'b'.repeat(80);
    expect([allocate(long, 'x'), allocate(long, 'x')]).toEqual(['b'.repeat(64), `${'b'.repeat(62)}-2`]);
  });
});

describe('cutText', () => {
  it('cuts at a word boundary and ends in an ellipsis, never splitting a surrogate pair', () => {
    expect(cutText('short', 10)).toBe('short');
    expect(cutText('one two three four', 12)).toBe('one two…');
    const cut = cutText('😀'.repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });
});
