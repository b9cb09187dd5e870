import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '@/domain/dataset/dataset-issues';
import { parseDataset } from '@/domain/dataset/parse-dataset';

const MINIMAL = readFileSync(resolve(__dirname, '../../../fixtures/valid/minimal.json'), 'utf8');
const MINIMAL_TEXTS = (() => {
  const raw = JSON.parse(MINIMAL) as { sources: { id: string; text?: string }[] };
  return new Map(
    raw.sources
      .filter((s) => s.text)
      .map((s) => [s.id, readFileSync(resolve(__dirname, '../../../fixtures/valid', s.text!), 'utf8')]),
  );
})();

function expectWellFormedIssues(input: unknown): void {
  const result = parseDataset(input);
  for (const issue of [...(result.ok ? [] : result.problems), ...result.warnings]) {
    expect(issue.path).not.toBe('');
    expect(issue.message).not.toBe('');
  }
  if (!result.ok) expect(result.problems.length + result.truncated).toBeGreaterThan(0);
}

describe('parseDataset properties', () => {
  it('parseDataset never throws on any JSON value and every issue has a path and a message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormedIssues(value)),
      { numRuns: 300 },
    );
  });

  it('parseDataset never throws on any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), fc.string(), (json, noise) => {
        expectWellFormedIssues(json);
        expectWellFormedIssues(json + noise);
      }),
      { numRuns: 300 },
    );
  });

  it('parseDataset never throws when any value in a valid dataset is replaced', () => {
    const base = JSON.parse(MINIMAL) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (typeof value === 'object' && value !== null)
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, replacement) => {
        type Node = Record<string | number, unknown>;
        const copy = JSON.parse(MINIMAL) as Node;
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key] as Node;
        parent[path.at(-1) as string | number] = replacement;
        expectWellFormedIssues(copy);
      }),
      { numRuns: 500 },
    );
  });

  it("parseDataset reports a field changed to a value of the wrong type at that field's path", () => {
    const base = JSON.parse(MINIMAL) as unknown;
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      if (path.length > 0) leaves.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (typeof value === 'object' && value !== null)
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(base, []);
    // A value of another JSON type than the one there now: always wrong for that field.
    const wrongFor = (value: unknown): fc.Arbitrary<unknown> =>
      typeof value === 'string'
        ? fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([1]))
        : typeof value === 'number'
          ? fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.constant({}))
          : Array.isArray(value)
            ? fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant({}))
            : fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant([]));
    const cases = fc.constantFrom(...leaves).chain((path) => {
      type Node = Record<string | number, unknown>;
      let node = base as Node;
      for (const key of path) node = node[key] as Node;
      return fc.tuple(fc.constant(path), wrongFor(node));
    });
    fc.assert(
      fc.property(cases, ([path, replacement]) => {
        type Node = Record<string | number, unknown>;
        const copy = JSON.parse(MINIMAL) as Node;
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key] as Node;
        parent[path.at(-1) as string | number] = replacement;
        const result = parseDataset(copy, { sourceTexts: MINIMAL_TEXTS });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.map((e) => e.path)).toContain(formatPath(path));
      }),
      { numRuns: 400 },
    );
  });
});
