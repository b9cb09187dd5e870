import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, createStoredZip } from '@/domain/draft/store-zip';

describe('createStoredZip', () => {
  it('crc32 gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('a zip of a dataset and its source texts opens with another zip reader, names and bytes intact', () => {
    const encoder = new TextEncoder();
    const files = {
      'cerita.json': '{"format": "linimasa/1"}\n',
      'sources/républika 🇮🇩.txt': 'Pekan lalu, Menteri Pertahanan Rusia…\n',
    };
    const zip = createStoredZip(
      Object.entries(files).map(([path, text]) => ({ path, bytes: encoder.encode(text) })),
      Date.UTC(2022, 6, 1, 12, 30),
    );
    const opened = unzipSync(zip);
    expect(Object.keys(opened)).toEqual(Object.keys(files));
    for (const [path, text] of Object.entries(files)) expect(new TextDecoder().decode(opened[path])).toBe(text);
  });

  it('any set of files comes back out of the zip as it went in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            // fflate's reader answers with a plain object keyed by path, where "__proto__" cannot be a key.
            path: fc.stringMatching(/^[a-z0-9/._-]{1,20}$/).filter((p) => !p.endsWith('/') && p !== '__proto__'),
            bytes: fc.uint8Array({ maxLength: 300 }),
          }),
          {
            selector: (e) => e.path,
            maxLength: 5,
          },
        ),
        (entries) => {
          const opened = unzipSync(createStoredZip(entries, 0));
          expect(Object.keys(opened).sort()).toEqual(entries.map((e) => e.path).sort());
          for (const entry of entries) expect(opened[entry.path]).toEqual(entry.bytes);
        },
      ),
    );
  });
});
