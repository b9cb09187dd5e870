import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';
import { inputNeedsEdtfGrammar, readDataset } from '@/domain/import/read-dataset';
import { recogniseDataset } from '@/domain/import/recognise-dataset';

const FIXTURES = resolve(__dirname, '../../../fixtures');
const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');
const minimal = (): Record<string, unknown> & { events: Record<string, unknown>[] } =>
  JSON.parse(fixture('valid/minimal.json')) as Record<string, unknown> & { events: Record<string, unknown>[] };

describe('recogniseDataset', () => {
  it('recognises CSV by a .csv name or by a header with date and title', () => {
    expect(recogniseDataset({ text: fixture('import/events.csv'), fileName: 'events.csv' }).format).toBe('csv');
    expect(recogniseDataset({ text: fixture('import/events.csv') }).format).toBe('csv');
    expect(recogniseDataset({ text: fixture('import/events-semicolon.csv'), fileName: 'events.txt' }).format).toBe(
      'csv',
    );
    expect(recogniseDataset({ text: '"Date" , "Title"\n2022,A\n' }).format).toBe('csv');
    expect(recogniseDataset({ text: 'just,some,columns\n1,2,3\n', fileName: 'x.CSV' }).format).toBe('csv');
  });

  it('recognises a TimelineJS timeline by its events with start dates, given as text or as an object', () => {
    const text = fixture('import/timelinejs-basic.json');
    expect(recogniseDataset({ text }).format).toBe('timelinejs');
    expect(recogniseDataset({ json: JSON.parse(text) }).format).toBe('timelinejs');
  });

  it('parses text once and keeps the parsed JSON; an object given is not its to change', () => {
    const text = fixture('valid/minimal.json');
    expect(recogniseDataset({ text })).toMatchObject({ format: 'linimasa', json: JSON.parse(text), owned: true });
    const draft = minimal();
    expect(recogniseDataset({ json: draft })).toMatchObject({ format: 'linimasa', json: draft, owned: false });
  });

  it('says where text stops being JSON, and what it looks like instead', () => {
    expect(recogniseDataset({ text: 'hello there', fileName: 'x.json' })).toEqual({
      format: 'unreadable',
      message: expect.stringMatching(/not JSON/),
      report: [],
    });
    expect(recogniseDataset({ text: '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>' })).toMatchObject({
      format: 'unreadable',
      report: [{ path: '$', message: expect.stringMatching(/HTML page/) }],
    });
  });
});

describe('readDataset', () => {
  afterEach(() => registerEdtfGrammar(edtfGrammar));

  it('reads a linimasa/1 dataset as it is, with its source texts', () => {
    const texts = new Map([['sources/minimal.txt', fixture('valid/sources/minimal.txt')]]);
    const result = readDataset(
      { text: fixture('valid/minimal.json'), fileName: 'minimal.json' },
      { sourceTexts: texts },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('linimasa');
    expect(result.value.report).toEqual([]);
    expect(result.value.converted).toBeUndefined();
    expect(result.value.dataset.sourceTexts.size).toBe(1);
  });

  it('reads an editor draft given as an object, without changing it, into the same dataset as its text', () => {
    const draft = minimal();
    const before = JSON.stringify(draft);
    const fromObject = readDataset({ json: draft });
    const fromText = readDataset({ text: before });
    expect(JSON.stringify(draft)).toBe(before);
    expect(fromObject.ok && fromText.ok && fromObject.value.dataset).toEqual(fromText.ok && fromText.value.dataset);
  });

  it('reads what recogniseDataset made of a text, so the text is parsed once', () => {
    const recognised = recogniseDataset({ text: fixture('valid/minimal.json') });
    expect(readDataset(recognised).ok).toBe(true);
  });

  it('answers a draft with problems at JSON paths, and its warnings, as values', () => {
    const draft = minimal();
    draft.events[0] = { ...draft.events[0], date: '2022-02-30', colour: 'red' };
    const result = readDataset({ json: draft });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: 'events[0].date', message: expect.stringContaining('February 2022 has no day 30') }],
      warnings: [{ path: 'events[0].colour', message: 'unknown field "colour" is ignored' }],
      truncated: 0,
    });
  });

  it('passes the source texts on, so evidence is checked against them', () => {
    const texts = new Map([['sources/minimal.txt', 'something else entirely']]);
    expect(readDataset({ text: fixture('valid/minimal.json') }, { sourceTexts: texts }).ok).toBe(false);
  });

  it('converts a TimelineJS timeline, with the converted JSON and what it could not carry over', () => {
    const result = readDataset({ text: fixture('import/timelinejs-basic.json'), fileName: 'timeline.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('timelinejs');
    expect(result.value.report.length).toBeGreaterThan(0);
    expect(result.value.converted).toMatchObject({ format: 'linimasa/1' });
  });

  it('passes the actors sheet and id to the CSV importer', () => {
    const result = readDataset(
      { text: fixture('import/events.csv'), fileName: 'events.csv' },
      { actorsCsv: fixture('import/actors.csv'), id: 'union' },
    );
    expect(result.ok && result.value.dataset.id).toBe('union');
    expect(result.ok && result.value.dataset.actors.find((a) => a.id === 'putin')?.kind).toBe('person');
  });

  it('returns the importer’s errors, with their CSV places', () => {
    const result = readDataset({ text: fixture('import/broken.csv'), fileName: 'broken.csv' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('row 2, column "date"');
  });

  it('leaves JSON that is neither to parseDataset, which names what is missing', () => {
    const result = readDataset({ text: '{"events": [{"date": "2022"}]}', fileName: 'x.json' });
    expect(!result.ok && result.problems[0]?.path).toBe('format');
  });

  it('reports text that is neither JSON nor CSV at $', () => {
    const result = readDataset({ text: 'hello there', fileName: 'x.json' });
    expect(!result.ok && result.problems).toEqual([{ path: '$', message: expect.stringMatching(/not JSON/) }]);
  });

  it('tolerates a byte order mark in every format', () => {
    expect(readDataset({ text: `\uFEFF${fixture('valid/minimal.json')}` }).ok).toBe(true);
    const timeline = readDataset({ text: `\uFEFF${fixture('import/timelinejs-basic.json')}` });
    expect(timeline.ok && timeline.value.format).toBe('timelinejs');
    const csv = readDataset({ text: `\uFEFF${fixture('import/events.csv')}` });
    expect(csv.ok && csv.value.format).toBe('csv');
  });

  it('says before reading whether the EDTF grammar is needed, and never passes such a date without it', () => {
    const draft = minimal();
    expect(inputNeedsEdtfGrammar(recogniseDataset({ json: draft }))).toBe(false);
    draft.events[0] = { ...draft.events[0], date: '199X' };
    const recognised = recogniseDataset({ json: draft });
    expect(inputNeedsEdtfGrammar(recognised)).toBe(true);
    expect(inputNeedsEdtfGrammar(recogniseDataset({ text: fixture('import/events.csv') }))).toBe(true);
    registerEdtfGrammar(null);
    const without = readDataset(recognised);
    expect(!without.ok && without.problems[0]).toEqual({
      path: 'events[0].date',
      message: 'reading "199X" needs the EDTF grammar, which was not loaded',
    });
    registerEdtfGrammar(edtfGrammar);
    expect(readDataset(recognised).ok).toBe(true);
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
          const result = readDataset(name === undefined ? { text } : { text, fileName: name });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the object', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        expect(typeof readDataset({ json }).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
