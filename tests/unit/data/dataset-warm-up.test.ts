import { describe, expect, it } from 'vitest';
import { prepareWhileChecking, warmUp } from '@/data/dataset-warm-up';
import type { Dataset } from '@/domain/model';

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
