import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('@/domain/import/recognise-dataset');
  vi.resetModules();
});

describe('loadDatasetParser', () => {
  it('fetches the parser once and hands out the same functions to every caller', async () => {
    const { loadDatasetParser } = await import('@/data/dataset-parser');
    const [a, b] = await Promise.all([loadDatasetParser(), loadDatasetParser()]);
    expect(a).toBe(b);
    const { parseDataset } = await import('@/domain/dataset/parse-dataset');
    expect(a.parseDataset).toBe(parseDataset);
    expect(a.recogniseDataset('{"format":"linimasa/1"}', 'x.json').format).toBe('linimasa');
  });

  it('tries the fetch again after one that failed', async () => {
    let offline = true;
    vi.doMock('@/domain/import/recognise-dataset', async (importOriginal) => {
      if (offline) throw new Error('offline');
      return importOriginal();
    });
    const { loadDatasetParser } = await import('@/data/dataset-parser');
    await expect(loadDatasetParser()).rejects.toThrow();
    offline = false;
    await expect(loadDatasetParser()).resolves.toHaveProperty('parseDataset');
  });
});
