import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const FIXTURES = resolve(__dirname, '../../fixtures');
const minimal = readFileSync(resolve(FIXTURES, 'valid/minimal.json'), 'utf8');
const catalogue = JSON.parse(readFileSync(resolve(__dirname, '../../../data/catalogue.json'), 'utf8')) as {
  datasets: { file: string }[];
};

/** Serves `files` (URL → body) and records the URLs asked for, in order. */
function serve(files: Record<string, string>): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      const body = files[url];
      return body === undefined ? new Response('no', { status: 404 }) : new Response(body);
    }),
  );
  return asked;
}

// The module keeps the loads it started: each test gets a fresh one.
beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('startLoadingEarly', () => {
  it('starts the dataset at ?data= and hands it to the one query that asks, once', async () => {
    const url = 'https://example.org/d/minimal.json';
    const asked = serve({ [url]: minimal, 'https://example.org/d/sources/minimal.txt': 'x' });
    const { startLoadingEarly, takeEarlyDataset } = await import('@/data/early-load');
    startLoadingEarly(`?data=${encodeURIComponent(url)}&lang=en`);
    expect(asked).toEqual([url]);
    const load = takeEarlyDataset(url);
    expect(load).toBeDefined();
    expect(takeEarlyDataset(url)).toBeUndefined();
    await load?.promise;
  });

  it('starts the bundled dataset at once, beside the catalogue naming it', async () => {
    const base = 'http://localhost/data/';
    const file = catalogue.datasets[0]?.file ?? '';
    const asked = serve({ [`${base}catalogue.json`]: JSON.stringify(catalogue) });
    const { startLoadingEarly } = await import('@/data/early-load');
    startLoadingEarly('');
    expect(asked).toEqual([`${base}${file}`, `${base}catalogue.json`]);
  });

  it('puts what has arrived into a query cache before the first render', async () => {
    const url = 'https://example.org/d/minimal.json';
    serve({ [url]: minimal });
    const { earlyLoadSettled, startLoadingEarly } = await import('@/data/early-load');
    const { datasetQueryOptions, seedFromEarlyLoads } = await import('@/data/dataset-query');
    startLoadingEarly(`?data=${encodeURIComponent(url)}`);
    await earlyLoadSettled(10_000);
    const client = new QueryClient();
    seedFromEarlyLoads(client);
    // The source text is missing, so the answer is the dataset's problems: an answer all the same.
    expect(client.getQueryData(datasetQueryOptions(url).queryKey)).toMatchObject({
      ok: false,
      problems: [{ path: 'sources[0].text' }],
    });
  });

  it('starts nothing for an address the app would refuse, nor for an editor draft', async () => {
    const asked = serve({});
    const { startLoadingEarly } = await import('@/data/early-load');
    startLoadingEarly('?data=javascript:alert(1)');
    startLoadingEarly('?draft=draft-1234');
    expect(asked).toEqual([]);
  });
});
