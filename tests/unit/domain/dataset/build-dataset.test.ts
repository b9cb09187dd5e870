import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildValidDataset,
  datasetNeedsEdtfGrammar,
  publishedDatesNeedEdtfGrammar,
} from '@/domain/dataset/build-dataset';
import { EdtfGrammarMissingError, registerEdtfGrammar } from '@/domain/dates/edtf';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';
import { generateDataset } from '@/domain/generate/generate-dataset';
import { parseDataset } from '@/domain/dataset/parse-dataset';

registerEdtfGrammar(edtfGrammar);
const root = resolve(__dirname, '../../../..');
const json = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

describe('buildValidDataset', () => {
  it('builds exactly the dataset parseDataset gives, for every valid dataset at hand', () => {
    const bundledTexts = new Map([
      ['republika-2022-07-01', readFileSync(resolve(root, 'data/sources/republika-2022-07-01.txt'), 'utf8')],
    ]);
    const cases: [string, unknown, ReadonlyMap<string, string>][] = [
      ['bundled', json('data/russia-belarus-2022.json'), bundledTexts],
      ['generated', generateDataset({ events: 3000, actors: 80, seed: 9 }), new Map()],
      ...readdirSync(resolve(root, 'tests/fixtures/valid'))
        .filter((name) => name.endsWith('.json'))
        .map((name): [string, unknown, ReadonlyMap<string, string>] => [
          name,
          json(`tests/fixtures/valid/${name}`),
          new Map(),
        ]),
    ];
    for (const [name, input, texts] of cases) {
      const parsed = parseDataset(input, { sourceTexts: texts });
      expect(parsed.ok, name).toBe(true);
      if (parsed.ok) expect(buildValidDataset(input, texts), name).toEqual(parsed.dataset);
    }
  });
});

describe('buildValidDataset on JSON with keys that name Object.prototype', () => {
  const minimal = readFileSync(resolve(root, 'tests/fixtures/valid/minimal.json'), 'utf8');

  it('builds what parseDataset builds when ids are named like Object.prototype members', () => {
    const text = minimal.replaceAll('"russia"', '"constructor"').replaceAll('"belarus"', '"hasownproperty"');
    const parsed = parseDataset(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    const built = buildValidDataset(JSON.parse(text));
    if (parsed.ok) expect(built).toEqual(parsed.dataset);
    expect(built.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['constructor', 'hasownproperty']));
    expect(built.events.some((e) => e.actors.includes('constructor'))).toBe(true);
  });

  it('keeps a "__proto__" text key as data (parseDataset rejects such a dataset), touching no prototype', () => {
    // The dataset's title and the event's title, both read from the JSON.
    const text = minimal.replaceAll(
      '"title": {',
      '"title": {\n    "__proto__": {"polluted": "yes"},\n    "constructor": "a key named constructor",',
    );
    expect(parseDataset(JSON.parse(text)).ok).toBe(false);
    const built = buildValidDataset(JSON.parse(text));
    for (const title of [built.title, built.events[0]?.title ?? {}]) {
      expect(Object.getPrototypeOf(title)).toBe(Object.prototype);
      expect(Object.hasOwn(title, '__proto__')).toBe(true);
      expect(Object.hasOwn(title, 'constructor')).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('buildValidDataset and the EDTF grammar', () => {
  const withDate = (date: string, published = '2022-07-01'): unknown => {
    const input = json('tests/fixtures/valid/minimal.json') as {
      events: { date: string }[];
      sources: { published: string }[];
    };
    for (const event of input.events) event.date = date;
    for (const source of input.sources) source.published = published;
    return input;
  };

  it('throws EdtfGrammarMissingError when a date needs the grammar and none is registered, and builds once it is', () => {
    registerEdtfGrammar(null);
    try {
      expect(() => buildValidDataset(withDate('199X'))).toThrow(EdtfGrammarMissingError);
      expect(buildValidDataset(withDate('2022-06-20/2022-06-26')).events[0]?.date.interval).toBe(true);
    } finally {
      registerEdtfGrammar(edtfGrammar);
    }
    expect(buildValidDataset(withDate('199X')).events[0]?.date).toMatchObject({ precision: 'decade', uncertain: true });
  });

  it('publishedDatesNeedEdtfGrammar looks at sources only; datasetNeedsEdtfGrammar at events too', () => {
    expect(publishedDatesNeedEdtfGrammar(withDate('199X'))).toBe(false);
    expect(datasetNeedsEdtfGrammar(withDate('199X'))).toBe(true);
    expect(publishedDatesNeedEdtfGrammar(withDate('2022', '-0044-03-15'))).toBe(true);
    expect(datasetNeedsEdtfGrammar(withDate('2022', '-0044-03-15'))).toBe(true);
    expect(publishedDatesNeedEdtfGrammar('not a dataset')).toBe(false);
  });
});

describe('parseDataset with checkOnly', () => {
  it('gives the same verdict and warnings without a dataset', () => {
    const valid = json('tests/fixtures/valid/minimal.json');
    const full = parseDataset(valid);
    const check = parseDataset(valid, { checkOnly: true });
    expect(check.ok).toBe(true);
    expect('dataset' in check).toBe(false);
    expect(check.warnings).toEqual(full.warnings);
    const broken = { ...(valid as Record<string, unknown>), events: 'none' };
    const brokenCheck = parseDataset(broken, { checkOnly: true });
    const brokenFull = parseDataset(broken);
    expect(brokenCheck.ok).toBe(false);
    expect(!brokenCheck.ok && !brokenFull.ok && brokenCheck.errors).toEqual(!brokenFull.ok && brokenFull.errors);
  });
});
