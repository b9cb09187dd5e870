import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readInput } from '@/data/dataset-reader';
import type { DatasetChecker } from '@/data/dataset-checker';
import type { CheckResult } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';

const FIXTURES = resolve(__dirname, '../../fixtures');
const text = readFileSync(resolve(FIXTURES, 'valid/minimal.json'), 'utf8');

/** A stand-in for the worker: answers `verdict`, and records the source texts it was given. */
function checker(verdict: CheckResult): DatasetChecker & { readonly given: ReadonlyMap<string, string>[] } {
  const given: ReadonlyMap<string, string>[] = [];
  return {
    given,
    begin: vi.fn(),
    check: async (sourceTexts) => {
      given.push(sourceTexts);
      return verdict;
    },
    dispose: vi.fn(),
  };
}

describe('readInput with a worker checking', () => {
  it('builds the dataset the page would have read, with the worker’s warnings, once the worker says it is valid', async () => {
    const warning = { path: 'x', message: 'a warning from the worker' };
    const worker = checker({ ok: true, value: null, warnings: [warning] });
    const texts = new Map([['sources/minimal.txt', readFileSync(resolve(FIXTURES, 'valid/sources/minimal.txt'), 'utf8')]]);
    const result = await readInput({ input: { text }, checker: worker, sourceTexts: texts });
    const expected = parseDataset(text, { sourceTexts: texts });
    expect(result.ok && expected.ok && result.value.dataset).toEqual(expected.ok && expected.value);
    expect(result.warnings).toEqual([warning]);
    expect(worker.given).toEqual([texts]);
  });

  it('answers the worker’s problems, and no dataset, when it says the dataset is invalid', async () => {
    const problems = { ok: false as const, problems: [{ path: 'events[0].date', message: 'bad' }], warnings: [], truncated: 3 };
    const result = await readInput({ input: { text }, checker: checker(problems) });
    expect(result).toEqual(problems);
  });

  it('stops the worker and reads on the page what is not linimasa/1 JSON', async () => {
    const worker = checker({ ok: true, value: null, warnings: [] });
    const result = await readInput({ input: { text: 'date,title\n2022-06-26,A\n', fileName: 'a.csv' }, checker: worker });
    expect(worker.dispose).toHaveBeenCalled();
    expect(worker.given).toEqual([]);
    expect(result.ok || result.problems.length > 0).toBe(true);
  });
});
