import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, ParseResult } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { draftFromDataset, draftToDataset, publicationFiles } from '@/domain/draft/draft-dataset';
import { createEmptyDraft, createEmptyEvent } from '@/domain/draft/draft-model';

const DATA = resolve(__dirname, '../../../../data');

function bundled(): Dataset {
  const text = readFileSync(join(DATA, 'russia-belarus-2022.json'), 'utf8');
  const source = readFileSync(join(DATA, 'sources/republika-2022-07-01.txt'), 'utf8');
  const result = parseDataset(text, { sourceTexts: { 'republika-2022-07-01': source } });
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  return result.value;
}

/** A dataset as comparable data: its source texts as an object. */
function comparable(result: ParseResult) {
  if (!result.ok) return result.problems;
  return { ...result.value, sourceTexts: Object.fromEntries(result.value.sourceTexts) };
}

describe('draft ⇄ dataset', () => {
  it('a draft of the bundled dataset, published unchanged, parses to the same dataset', () => {
    const original = bundled();
    const { json, sourceTexts } = draftToDataset(draftFromDataset(original, 'd1'));
    const again = parseDataset(json, { sourceTexts });
    expect(comparable(again)).toEqual(comparable({ ok: true, value: original, warnings: [] }));
  });

  it('draftToDataset names each source text file beside the dataset and keeps a path it was given', () => {
    const draft = draftFromDataset(bundled(), 'd1');
    const files = publicationFiles(draft);
    expect(files.map((f) => f.path)).toEqual(['russia-belarus-2022.json', 'sources/republika-2022-07-01.txt']);
    const renamed = { ...draft, sources: draft.sources.map((s) => ({ ...s, id: 'rep', textPath: '' })) };
    expect(draftToDataset(renamed).files.map((f) => f.path)).toEqual(['sources/rep.txt']);
  });

  it('draftToDataset leaves empty optional fields out and keeps required ones for the parser to name', () => {
    const draft = { ...createEmptyDraft('d2', ['en', 'id']), events: [createEmptyEvent('event-1')] };
    const { json } = draftToDataset(draft);
    expect(json).toEqual({
      format: 'linimasa/1',
      id: 'my-story',
      title: {},
      locales: ['en', 'id'],
      sources: [],
      actors: [],
      events: [{ id: 'event-1', date: '', dateBasis: 'stated', title: {}, actors: [], evidence: [] }],
    });
    const result = parseDataset(json);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((e) => e.path);
    expect(result.ok ? [] : result.problems.find((e) => e.path === 'events[0].type')?.message).toBe(
      'required field "type" is missing',
    );
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'sources', 'events[0].title', 'events[0].type', 'events[0].actors']),
    );
  });

  it('draftToDataset drops texts left empty in one language and keeps the others', () => {
    const draft = createEmptyDraft('d3', ['en', 'id']);
    const { json } = draftToDataset({ ...draft, story: { ...draft.story, title: { en: 'A story', id: '' } } });
    expect(json.title).toEqual({ en: 'A story' });
  });
});
