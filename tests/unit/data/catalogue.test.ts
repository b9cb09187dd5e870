import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '@/data/catalogue';

const BASE = 'https://example.org/app/';

describe('parseCatalogue', () => {
  it('reads each well-formed entry, with its file resolved against the app', () => {
    const entries = parseCatalogue(
      { datasets: [{ id: 'story', file: 'data/story.json', title: { en: 'A story', id: 'Sebuah kisah' } }] },
      BASE,
    );
    expect(entries).toEqual([
      { id: 'story', url: 'https://example.org/app/data/story.json', title: { en: 'A story', id: 'Sebuah kisah' } },
    ]);
  });

  it('leaves out entries that are not objects or lack an id, a file or a title object', () => {
    const entries = parseCatalogue(
      {
        datasets: [
          null,
          ['story', 'data/story.json'],
          { id: 'no-file', title: { en: 'x' } },
          { id: 'bad-title', file: 'x.json', title: 'A story' },
          { id: 'list-title', file: 'x.json', title: ['A story'] },
          { id: 'ok', file: 'ok.json', title: { en: 'OK' } },
        ],
      },
      BASE,
    );
    expect(entries.map((e) => e.id)).toEqual(['ok']);
  });

  it('says what is wrong with a catalogue that is not an object with a datasets list', () => {
    for (const raw of [null, [], { datasets: 'x' }, 'datasets'])
      expect(() => parseCatalogue(raw, BASE)).toThrow('the dataset catalogue must be an object with a "datasets" list');
  });
});
