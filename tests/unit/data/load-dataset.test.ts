import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '@/data/load-dataset';
import { FetchError } from '@/data/fetch-limited';
import { parseEdtfDate, registerEdtfGrammar } from '@/domain/dates/edtf';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';

const FIXTURES = resolve(__dirname, '../../fixtures');
const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

function minimalWithDate(date: string): string {
  const dataset = JSON.parse(fixture('valid/minimal.json')) as { events: { date: string }[] };
  for (const event of dataset.events) event.date = date;
  return JSON.stringify(dataset);
}

/** Serves `files` (path → body) at https://example.org/, 404 for anything else; records what was asked. */
function serve(files: Record<string, string>): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = new URL(url).pathname;
      asked.push(path);
      const body = files[path];
      return body === undefined ? new Response('no', { status: 404 }) : new Response(body);
    }),
  );
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  registerEdtfGrammar(edtfGrammar);
});

describe('loadDataset', () => {
  // The app starts without the EDTF grammar; these tests start the same way.
  it('reads a dataset of plain dates without loading the EDTF grammar', async () => {
    registerEdtfGrammar(null);
    const result = await loadDataset({ kind: 'input', input: { text: minimalWithDate('2022-06-20/2022-06-26') } });
    expect(result.ok && result.value.dataset.events[0]?.date.interval).toBe(true);
    expect(parseEdtfDate('199X').ok).toBe(false);
  });

  it('loads the EDTF grammar first when a date needs it, and reads the dataset once', async () => {
    registerEdtfGrammar(null);
    const result = await loadDataset({ kind: 'input', input: { text: minimalWithDate('199X') } });
    expect(result.ok && result.value.dataset.events[0]?.date).toMatchObject({ precision: 'decade', uncertain: true });
  });

  it('reads an editor draft given as an object, with the source texts given beside it', async () => {
    const draft = JSON.parse(fixture('valid/minimal.json')) as unknown;
    const sourceTexts = new Map([['sources/minimal.txt', fixture('valid/sources/minimal.txt')]]);
    const result = await loadDataset({ kind: 'input', input: { json: draft }, sourceTexts });
    expect(result.ok && result.value.dataset.sourceTexts.size).toBe(1);
    const wrong = new Map([['sources/minimal.txt', 'other words']]);
    expect((await loadDataset({ kind: 'input', input: { json: draft }, sourceTexts: wrong })).ok).toBe(false);
  });

  it('converts a CSV sheet with the importers', async () => {
    registerEdtfGrammar(null);
    const result = await loadDataset({ kind: 'input', input: { text: fixture('import/events.csv'), fileName: 'events.csv' } });
    expect(result.ok && result.value.format).toBe('csv');
    expect(result.ok && result.value.converted).toBeDefined();
  });

  it('answers an invalid dataset with its problems, never by throwing', async () => {
    const result = await loadDataset({ kind: 'input', input: { text: '{"format": "linimasa/1"}' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toContain('id');
  });

  it('fetches a dataset and the source texts it names, from beside it', async () => {
    const asked = serve({
      '/d/minimal.json': fixture('valid/minimal.json'),
      '/d/sources/minimal.txt': fixture('valid/sources/minimal.txt'),
    });
    const result = await loadDataset({ kind: 'url', url: 'https://example.org/d/minimal.json' });
    expect(result.ok && result.value.url).toBe('https://example.org/d/minimal.json');
    expect(result.ok && result.value.dataset.sourceTexts.size).toBe(1);
    expect(asked).toEqual(['/d/minimal.json', '/d/sources/minimal.txt']);
  });

  it('names a source text that cannot be fetched as a problem at its path', async () => {
    serve({ '/d/minimal.json': fixture('valid/minimal.json') });
    const result = await loadDataset({ kind: 'url', url: 'https://example.org/d/minimal.json' });
    expect(!result.ok && result.problems[0]?.path).toBe('sources[0].text');
  });

  it('rejects with a FetchError only when the dataset itself cannot be had', async () => {
    serve({});
    await expect(loadDataset({ kind: 'url', url: 'https://example.org/missing.json' })).rejects.toBeInstanceOf(
      FetchError,
    );
  });

  it('refuses a file over the size limit with a problem at $', async () => {
    const file = { name: 'big.json', size: 60 * 1024 * 1024 } as File;
    const result = await loadDataset({ kind: 'file', file });
    expect(!result.ok && result.problems).toEqual([{ path: '$', message: 'big.json is larger than 50 MB' }]);
  });
});
