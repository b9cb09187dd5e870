import { describe, expect, it } from 'vitest';
import { sourceTextPaths } from '@/domain/dataset/source-text-paths';

describe('sourceTextPaths', () => {
  it('lists the sources that name a text file, with their index, id and path', () => {
    const raw = {
      sources: [
        { id: 'a', text: 'sources/a.txt' },
        { id: 'b' },
        { id: 'c', text: 'sources/c.txt' },
        { id: 7, text: 'sources/seven.txt' },
        'not a source',
      ],
    };
    expect(sourceTextPaths(raw)).toEqual([
      { index: 0, id: 'a', path: 'sources/a.txt' },
      { index: 2, id: 'c', path: 'sources/c.txt' },
    ]);
  });

  it('finds none in anything that is not a dataset with sources', () => {
    expect(sourceTextPaths(null)).toEqual([]);
    expect(sourceTextPaths('{"sources": []}')).toEqual([]);
    expect(sourceTextPaths({ sources: 'none' })).toEqual([]);
    expect(sourceTextPaths([{ id: 'a', text: 'a.txt' }])).toEqual([]);
  });
});
