import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildValidDataset } from '@/domain/dataset/build-dataset';
import { datasetNeedsEdtfGrammar, datesNeedingEdtfGrammar } from '@/domain/dataset/grammar-needs';
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';
import { generateDataset } from '@/domain/generate/generate-dataset';
import { checkDataset, parseDataset } from '@/domain/dataset/parse-dataset';

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
      if (parsed.ok) expect(buildValidDataset(input, texts), name).toEqual(parsed.value);
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
    if (parsed.ok) expect(built).toEqual(parsed.value);
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

  it('builds plain dates without the EDTF grammar, and the others once it is registered, as datasetNeedsEdtfGrammar says', () => {
    registerEdtfGrammar(null);
    try {
      expect(datasetNeedsEdtfGrammar(withDate('2022-06-20/2022-06-26'))).toBe(false);
      expect(buildValidDataset(withDate('2022-06-20/2022-06-26')).events[0]?.date.interval).toBe(true);
      expect(datasetNeedsEdtfGrammar(withDate('199X'))).toBe(true);
    } finally {
      registerEdtfGrammar(edtfGrammar);
    }
    expect(buildValidDataset(withDate('199X')).events[0]?.date).toMatchObject({ precision: 'decade', uncertain: true });
  });

  it('datesNeedingEdtfGrammar names the event dates and publication days beyond plain years, months and days', () => {
    expect(datesNeedingEdtfGrammar(withDate('2022'))).toEqual([]);
    expect(datesNeedingEdtfGrammar(withDate('199X')).every((path) => /^events\[\d+\]\.date$/.test(path))).toBe(true);
    expect(datesNeedingEdtfGrammar(withDate('2022', '-0044-03-15'))).toEqual(['sources[0].published']);
    expect(datasetNeedsEdtfGrammar(withDate('2022', '-0044-03-15'))).toBe(true);
    expect(datasetNeedsEdtfGrammar('not a dataset')).toBe(false);
    expect(datasetNeedsEdtfGrammar(null)).toBe(false);
  });
});

describe('checkDataset', () => {
  it('gives the same verdict and warnings as parseDataset, without a dataset', () => {
    const valid = json('tests/fixtures/valid/minimal.json');
    const full = parseDataset(valid);
    const check = checkDataset(valid);
    expect(check.ok).toBe(true);
    expect(check.ok && check.value).toBeNull();
    expect(check.warnings).toEqual(full.warnings);
    const broken = { ...(valid as Record<string, unknown>), events: 'none' };
    const brokenCheck = checkDataset(broken);
    const brokenFull = parseDataset(broken);
    expect(brokenCheck.ok).toBe(false);
    expect(!brokenCheck.ok && !brokenFull.ok && brokenCheck.problems).toEqual(!brokenFull.ok && brokenFull.problems);
  });
});
