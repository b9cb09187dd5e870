import { describe, expect, it, vi } from 'vitest';
import { prepareWhileChecking, prepareWhileDownloading, warmUp, warmUpWhileDownloading } from '@/data/dataset-warm-up';
import type { Dataset } from '@/domain/dataset/model';

const dataset = { id: 'd', events: [], actors: [] } as unknown as Dataset;

describe('prepareWhileChecking', () => {
  it('runs every registered preparer, skips one that throws, and stops after removal', () => {
    const seen: string[] = [];
    const removeA = prepareWhileChecking((d) => seen.push(`a:${d.id}`));
    const removeB = prepareWhileChecking(() => {
      throw new Error('not ready');
    });
    const removeC = prepareWhileChecking((d) => seen.push(`c:${d.id}`));
    warmUp(dataset);
    expect(seen).toEqual(['a:d', 'c:d']);
    removeA();
    warmUp(dataset);
    expect(seen).toEqual(['a:d', 'c:d', 'c:d']);
    removeB();
    removeC();
  });
});

describe('prepareWhileDownloading', () => {
  it('runs every registered preparer later, not in the call that starts the download, and skips one that throws', () => {
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      const removeA = prepareWhileDownloading(() => seen.push('a'));
      const removeB = prepareWhileDownloading(() => {
        throw new Error('no formats');
      });
      const removeC = prepareWhileDownloading(() => seen.push('c'));
      warmUpWhileDownloading();
      expect(seen).toEqual([]);
      vi.runAllTimers();
      expect(seen).toEqual(['a', 'c']);
      removeA();
      removeB();
      removeC();
      warmUpWhileDownloading();
      vi.runAllTimers();
      expect(seen).toEqual(['a', 'c']);
    } finally {
      vi.useRealTimers();
    }
  });
});
