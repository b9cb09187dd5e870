import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildValidDataset } from '@/domain/build-dataset';
import { registerEdtfGrammar } from '@/domain/dates';
import { edtfGrammar } from '@/domain/edtf-grammar';
import { generateDataset } from '@/domain/generate-dataset';
import { parseDataset } from '@/domain/parse-dataset';

registerEdtfGrammar(edtfGrammar);
const root = resolve(__dirname, '../../..');
const json = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

describe('buildValidDataset', () => {
  it('builds exactly the dataset parseDataset gives, for every valid dataset at hand', () => {
    const bundledTexts = new Map([['republika-2022-07-01', readFileSync(resolve(root, 'data/sources/republika-2022-07-01.txt'), 'utf8')]]);
    const cases: [string, unknown, ReadonlyMap<string, string>][] = [
      ['bundled', json('data/russia-belarus-2022.json'), bundledTexts],
      ['generated', generateDataset({ events: 3000, actors: 80, seed: 9 }), new Map()],
      ...readdirSync(resolve(root, 'tests/fixtures/valid'))
        .filter((name) => name.endsWith('.json'))
        .map((name): [string, unknown, ReadonlyMap<string, string>] => [name, json(`tests/fixtures/valid/${name}`), new Map()]),
    ];
    for (const [name, input, texts] of cases) {
      const parsed = parseDataset(input, { sourceTexts: texts });
      expect(parsed.ok, name).toBe(true);
      if (parsed.ok) expect(buildValidDataset(input, texts), name).toEqual(parsed.dataset);
    }
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
