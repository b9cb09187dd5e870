import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, ParseResult } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { resolveRelativeDate } from '@/domain/dates/relative-dates';

const DATA = resolve(__dirname, '../../../../data');
const CATALOGUE = join(DATA, 'catalogue.json');

/** Every string in the catalogue that names a .json file: the catalogue's shape belongs to the data layer. */
function datasetFiles(value: unknown): string[] {
  if (typeof value === 'string') return value.endsWith('.json') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(datasetFiles);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(datasetFiles);
  return [];
}

const files = existsSync(CATALOGUE) ? [...new Set(datasetFiles(JSON.parse(readFileSync(CATALOGUE, 'utf8'))))] : [];

function load(file: string): ParseResult {
  const path = join(DATA, file);
  const text = readFileSync(path, 'utf8');
  const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { sources?: { id?: unknown; text?: unknown }[] };
  const sourceTexts = new Map<string, string>();
  for (const source of raw.sources ?? []) {
    if (typeof source.id === 'string' && typeof source.text === 'string') {
      sourceTexts.set(source.id, readFileSync(join(dirname(path), source.text), 'utf8'));
    }
  }
  return parseDataset(text, { sourceTexts });
}

describe('bundled datasets', () => {
  it('the catalogue names at least one dataset', () => {
    expect(existsSync(CATALOGUE), 'data/catalogue.json is missing').toBe(true);
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)('%s', (file) => {
    const result = load(file);

    it('parses with no errors and no warnings', () => {
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(result.warnings).toEqual([]);
    });

    it('dates every relative event to what its phrase resolves to against the source publication day', () => {
      if (!result.ok) return;
      const dataset: Dataset = result.value;
      const sources = new Map(dataset.sources.map((s) => [s.id, s]));
      for (const event of dataset.events.filter((e) => e.dateBasis === 'relative')) {
        const source = sources.get(event.evidence[0]?.source ?? '');
        expect(source, `${event.id} has no evidence source`).toBeDefined();
        if (!source) continue;
        const phrase =
          event.dateText && Object.hasOwn(event.dateText, source.language)
            ? event.dateText[source.language]
            : undefined;
        expect(phrase, `${event.id} has no dateText in ${source.language}`).toBeDefined();
        expect(
          resolveRelativeDate(phrase ?? '', source.published),
          `${event.id}: "${phrase}" on ${source.published}`,
        ).toBe(event.date.edtf);
      }
    });
  });
});
