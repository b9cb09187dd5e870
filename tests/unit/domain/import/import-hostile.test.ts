import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset, type ReadOptions } from '@/domain/import/read-dataset';
import { recogniseDataset, type RecognisedDataset } from '@/domain/import/recognise-dataset';
import type { DatasetResult } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';

const HOSTILE = resolve(__dirname, '../../../fixtures/hostile');
const SOURCE_TEXTS = new Map([['sources/hostile.txt', readFileSync(resolve(HOSTILE, 'sources/hostile.txt'), 'utf8')]]);
const PAYLOAD = 'window.__linimasaPwned';

/** `'valid'`, or the exact error paths, in the order they are reported. */
type Outcome = 'valid' | readonly string[];

interface Expected {
  /** What `parseDataset` makes of the file as it is. */
  readonly parse: Outcome;
  /** What `readDataset` makes of it, when that differs from `parse` (then as linimasa). */
  readonly import?: { readonly format: RecognisedDataset['format']; readonly outcome: Outcome };
  /** Warnings `parseDataset` must give (paths). */
  readonly warnings?: readonly string[];
  /** The file carries script payloads that must survive as text. */
  readonly payload?: boolean;
}

/** The table of tests/fixtures/hostile/README.md, as data. */
const CORPUS: Readonly<Record<string, Expected>> = {
  'payload-script-tags.json': { parse: 'valid', payload: true },
  'payload-event-handlers.json': { parse: 'valid', payload: true },
  'payload-attribute-breakout.json': { parse: 'valid', payload: true },
  'unicode-tricks.json': { parse: 'valid', payload: true },
  'prototype-ids.json': { parse: 'valid' },
  'prototype-pollution.json': {
    parse: 'valid',
    warnings: ['__proto__', 'constructor', 'sources[0].__proto__', 'events[0].constructor'],
  },
  'bom-valid.json': { parse: 'valid' },
  'payload-timelinejs.json': { parse: ['format'], import: { format: 'timelinejs', outcome: 'valid' }, payload: true },
  'payload-in-csv.csv': { parse: ['$'], import: { format: 'csv', outcome: 'valid' }, payload: true },
  'javascript-urls.json': {
    parse: ['sources[0].url', 'sources[1].url', 'sources[2].url', 'sources[3].url', 'sources[4].url'],
  },
  'data-urls.json': { parse: ['sources[0].url', 'sources[1].url'] },
  'wikidata-urls.json': { parse: ['actors[0].wikidata', 'actors[1].wikidata', 'actors[2].wikidata'] },
  'prototype-ids-invalid.json': { parse: ['actors[0].id', 'actors[1].id'] },
  'prototype-text-keys.json': { parse: ['actors[0].name.constructor', 'events[0].title.toString', 'title.__proto__'] },
  'wrong-types.json': {
    parse: [
      'title',
      'locales',
      'actors[0].kind',
      'actors[1].name',
      'events[0].date',
      'events[0].type',
      'events[0].actors',
      'events[0].evidence',
      'events[0].tags',
    ],
  },
  'duplicate-ids.json': { parse: ['sources[1].id', 'actors[2].id', 'events[1].id'] },
  'dangling-references.json': {
    parse: ['actors[0].affiliation', 'events[0].actors[0]', 'events[0].recipients[0]', 'events[0].evidence[0].source'],
  },
  'impossible-dates.json': {
    parse: ['sources[0].published', ...Array.from({ length: 8 }, (_, i) => `events[${i}].date`)],
  },
  'reversed-intervals.json': { parse: ['events[0].date', 'events[1].date', 'events[2].date'] },
  'evidence-mismatch.json': {
    parse: [
      'events[0].evidence[0]',
      'events[1].evidence[0]',
      'events[2].evidence[0]',
      'events[3].evidence[0].end',
      'events[4].evidence[0]',
    ],
  },
  'not-json.json': { parse: ['$'], import: { format: 'unreadable', outcome: ['$'] } },
  'html-error-page.json': { parse: ['$'], import: { format: 'unreadable', outcome: ['$', '$'] } },
  'empty.json': { parse: ['$'], import: { format: 'unreadable', outcome: ['$'] } },
};

function read(file: string): string {
  return readFileSync(resolve(HOSTILE, file), 'utf8');
}

/** `readDataset` on a file's text, and the format it was recognised as. */
function importOf(text: string, fileName?: string, options: ReadOptions = {}) {
  const recognised = recogniseDataset(fileName === undefined ? { text } : { text, fileName });
  return { format: recognised.format, result: readDataset(recognised, options) };
}

function outcomeOf(result: DatasetResult<unknown>): Outcome {
  return result.ok ? 'valid' : result.problems.map((error) => error.path);
}

/** Every string in a value, however deep (the dataset minus its source texts). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value instanceof Map) return [];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, v]) => [key, ...strings(v)]);
  return [];
}

describe('the hostile corpus', () => {
  afterAll(() => {
    // Nothing in the corpus may reach Object.prototype.
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('isAdmin');
  });

  it('lists every file of the folder in the table, and the README lists them too', () => {
    const files = readdirSync(HOSTILE)
      .filter((name) => name !== 'README.md' && name !== 'sources')
      .sort();
    expect(Object.keys(CORPUS).sort()).toEqual(files);
    const readme = read('README.md');
    for (const file of files) expect(readme).toContain(`| \`${file}\``);
  });

  it.each(Object.entries(CORPUS))('parseDataset gives %s its expected outcome', (file, expected) => {
    const result = parseDataset(read(file), { sourceTexts: SOURCE_TEXTS });
    expect(outcomeOf(result)).toEqual(expected.parse);
    if (expected.warnings) expect(result.warnings.map((w) => w.path)).toEqual(expected.warnings);
  });

  it.each(Object.entries(CORPUS))('readDataset gives %s its expected outcome', (file, expected) => {
    const { format, result } = importOf(read(file), file, { sourceTexts: SOURCE_TEXTS });
    expect({ format, outcome: outcomeOf(result) }).toEqual(
      expected.import ?? { format: 'linimasa', outcome: expected.parse },
    );
  });

  it.each(Object.entries(CORPUS).filter(([, e]) => e.payload))(
    '%s carries a payload that would set window.__linimasaPwned',
    (file) => {
      expect(read(file)).toContain(PAYLOAD);
    },
  );

  it.each(['payload-script-tags.json', 'payload-event-handlers.json', 'payload-attribute-breakout.json'])(
    'keeps every payload in %s as text, unchanged',
    (file) => {
      const raw = JSON.parse(read(file)) as unknown;
      const result = parseDataset(raw);
      if (!result.ok) throw new Error('expected a valid dataset');
      const kept = new Set(strings(result.value));
      for (const text of strings(raw).filter((s) => s.includes(PAYLOAD))) expect(kept).toContain(text);
    },
  );

  it('keeps escaped markup of a TimelineJS file as visible text, and drops its tags and unsafe links', () => {
    const { result } = importOf(read('payload-timelinejs.json'), 'payload-timelinejs.json');
    if (!result.ok) throw new Error('expected a valid import');
    const { dataset } = result.value;
    expect(dataset.title).toEqual({ en: 'TimelineJS payloads' });
    expect(dataset.description).toEqual({ en: 'Intro\n<script>window.__linimasaPwned=1</script>' });
    expect(dataset.events.map((e) => [e.id, e.title.en, e.summary?.en])).toEqual([
      ['constructor', '<script>window.__linimasaPwned=1</script>', 'Shown text'],
      ['proto', 'Headline', 'Body \'> <img src=x onerror="window.__linimasaPwned=1">'],
    ]);
    expect(dataset.sources.map((s) => [s.publisher, s.url])).toEqual([
      ['Credit', undefined],
      ['Credit link', undefined],
    ]);
  });

  it('keeps the payloads of a CSV file as text', () => {
    const { result } = importOf(read('payload-in-csv.csv'), 'payload-in-csv.csv');
    if (!result.ok) throw new Error('expected a valid import');
    expect(result.value.dataset.events.map((e) => e.title.en)).toEqual([
      'Title <script>window.__linimasaPwned=1</script>',
      '=HYPERLINK("javascript:window.__linimasaPwned=1")',
    ]);
    expect(result.value.dataset.actors.map((a) => a.id)).toEqual([
      'alpha-svg-onload-window-linimasapwned-1',
      'beta',
      'constructor',
      'proto',
    ]);
  });

  it('says first that the HTML error page is an HTML page', () => {
    const { result } = importOf(read('html-error-page.json'), 'html-error-page.json');
    expect(!result.ok && result.problems).toEqual([
      { path: '$', message: expect.stringMatching(/HTML page/) },
      { path: '$', message: expect.stringMatching(/not JSON/) },
    ]);
  });
});

describe('generated hostile input', () => {
  const valid = (): Record<string, unknown> & {
    sources: Record<string, unknown>[];
    events: Record<string, unknown>[];
  } =>
    JSON.parse(read('bom-valid.json').slice(1)) as Record<string, unknown> & {
      sources: Record<string, unknown>[];
      events: Record<string, unknown>[];
    };

  it('rejects huge strings at their paths, quickly', () => {
    const dataset = valid();
    dataset.sources[0] = { ...dataset.sources[0], publisher: 'x'.repeat(5_000_000) };
    dataset.events[0] = { ...dataset.events[0], title: { en: `<script>${PAYLOAD}=1</script>`.repeat(6_000) } };
    const text = JSON.stringify(dataset);
    // "Quickly" is held by the test's timeout (see vite.config.ts), not by a clock a busy machine could slow.
    expect(outcomeOf(parseDataset(text))).toEqual(['sources[0].publisher', 'events[0].title.en']);
    expect(outcomeOf(importOf(text, 'huge.json').result)).toEqual(['sources[0].publisher', 'events[0].title.en']);
  });

  it('rejects deep nesting without overflowing the stack', () => {
    const depth = 100_000;
    const closed = JSON.stringify({ ...valid(), title: { en: 0 } }).replace(
      '"en":0',
      `"en":${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
    expect(outcomeOf(parseDataset(closed))).toEqual(['title.en']);
    expect(outcomeOf(importOf(closed).result)).toEqual(['title.en']);
    const unclosed = `{"format":"linimasa/1","x":${'['.repeat(depth)}`;
    expect(outcomeOf(parseDataset(unclosed))).toEqual(['$']);
    expect(outcomeOf(importOf(unclosed).result)).toEqual(['$']);
    const timeline = `{"events":[{"start_date":${'{"year":'.repeat(depth)}1${'}'.repeat(depth)}}]}`;
    expect(importOf(timeline)).toMatchObject({ format: 'timelinejs', result: { ok: false } });
  });

  it('shows the first hundred of a thousand errors and counts the rest', () => {
    const dataset = valid();
    dataset.events = Array.from({ length: 1_000 }, (_, i) => ({
      ...dataset.events[0],
      id: `e${i}`,
      date: '2022-02-30',
    }));
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.problems.length, result.truncated]).toEqual([100, 900]);
  });
});
