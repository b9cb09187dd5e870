import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDataset } from '@/domain/import/import-dataset';

const FIXTURES = resolve(__dirname, '../../../fixtures');
const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

describe('importDataset', () => {
  it('reads a linimasa/1 dataset as it is, with its source texts', () => {
    const texts = new Map([['sources/minimal.txt', fixture('valid/sources/minimal.txt')]]);
    const { format, result, report } = importDataset(fixture('valid/minimal.json'), 'minimal.json', {
      sourceTexts: texts,
    });
    expect(format).toBe('linimasa');
    expect(result.ok).toBe(true);
    expect(report).toEqual([]);
    if (result.ok) expect(result.dataset.sourceTexts.size).toBe(1);
  });

  it('passes the source texts on, so evidence is checked against them', () => {
    const texts = new Map([['sources/minimal.txt', 'something else entirely']]);
    const { result } = importDataset(fixture('valid/minimal.json'), 'minimal.json', { sourceTexts: texts });
    expect(result.ok).toBe(false);
  });

  it('recognises a TimelineJS timeline by its events with start dates, and converts it', () => {
    const { format, result, report } = importDataset(fixture('import/timelinejs-basic.json'), 'timeline.json');
    expect(format).toBe('timelinejs');
    expect(result.ok).toBe(true);
    expect(report.length).toBeGreaterThan(0);
  });

  it('recognises CSV by a .csv name or by a header with date and title', () => {
    expect(importDataset(fixture('import/events.csv'), 'events.csv').format).toBe('csv');
    expect(importDataset(fixture('import/events.csv')).format).toBe('csv');
    expect(importDataset(fixture('import/events-semicolon.csv'), 'events.txt').format).toBe('csv');
    expect(importDataset('"Date" , "Title"\n2022,A\n').format).toBe('csv');
    expect(importDataset('just,some,columns\n1,2,3\n', 'x.CSV')).toMatchObject({
      format: 'csv',
      result: { ok: false },
    });
  });

  it('passes the actors sheet and id to the CSV importer', () => {
    const { result } = importDataset(fixture('import/events.csv'), 'events.csv', {
      actorsCsv: fixture('import/actors.csv'),
      id: 'union',
    });
    expect(result.ok && result.dataset.id).toBe('union');
    expect(result.ok && result.dataset.actors.find((a) => a.id === 'putin')?.kind).toBe('person');
  });

  it('returns the importer’s errors, with their CSV places, as a failed parse', () => {
    const { format, result } = importDataset(fixture('import/broken.csv'), 'broken.csv');
    expect(format).toBe('csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('row 2, column "date"');
  });

  it('leaves JSON that is neither to parseDataset, which names what is missing', () => {
    const { format, result } = importDataset('{"events": [{"date": "2022"}]}', 'x.json');
    expect(format).toBe('linimasa');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('format');
  });

  it('reports text that is neither JSON nor CSV as parseDataset does', () => {
    const { format, result } = importDataset('hello there', 'x.json');
    expect(format).toBe('linimasa');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ path: '$', message: expect.stringMatching(/not JSON/) });
  });

  it('says when the file is an HTML page', () => {
    const { report } = importDataset('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>', 'data.json');
    expect(report).toEqual([{ path: '$', message: expect.stringMatching(/HTML page/) }]);
  });

  it('tolerates a byte order mark in every format', () => {
    expect(importDataset(`\uFEFF${fixture('valid/minimal.json')}`).result.ok).toBe(true);
    expect(importDataset(`\uFEFF${fixture('import/timelinejs-basic.json')}`).format).toBe('timelinejs');
    expect(importDataset(`\uFEFF${fixture('import/events.csv')}`)).toMatchObject({
      format: 'csv',
      result: { ok: true },
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify(v) ?? ''),
        ),
        fc.constantFrom(undefined, 'a.csv', 'a.json'),
        (text, name) => {
          const { result } = importDataset(text, name);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
