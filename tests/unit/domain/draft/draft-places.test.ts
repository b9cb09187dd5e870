import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { draftFromDataset, draftToDataset } from '@/domain/draft/draft-dataset';
import { formatDraftFile, parseDraftFile } from '@/domain/draft/read-draft';
import { EMPTY_HISTORY } from '@/domain/draft/draft-history';

const DATA = resolve(__dirname, '../../../../data');
const raw = JSON.parse(readFileSync(resolve(DATA, 'russia-belarus-2022.json'), 'utf8')) as Record<string, unknown>;
const text = readFileSync(resolve(DATA, 'sources/republika-2022-07-01.txt'), 'utf8');

function bundledDraft() {
  const parsed = parseDataset(structuredClone(raw), { sourceTexts: { 'republika-2022-07-01': text } });
  if (!parsed.ok) throw new Error(parsed.problems.map((e) => `${e.path}: ${e.message}`).join('; '));
  return draftFromDataset(parsed.value, 'draft-places');
}

describe("a story's places in a draft", () => {
  it('go through a draft unchanged: the places, the events that happened at them and the dateline', () => {
    const { json } = draftToDataset(bundledDraft());
    expect(json.places).toEqual(raw.places);
    const events = (json.events as { id: string; places?: string[] }[]).map((e) => [e.id, e.places]);
    const expected = (raw.events as { id: string; places?: string[] }[]).map((e) => [e.id, e.places]);
    expect(events).toEqual(expected);
    expect((json.sources as { place?: string }[])[0]?.place).toBe('moscow');
  });

  it('survive a draft file moved to another browser', () => {
    const draft = bundledDraft();
    const read = parseDraftFile(formatDraftFile({ draft, history: EMPTY_HISTORY }));
    expect(read.ok && read.draft.places).toEqual(draft.places);
    expect(read.ok && read.draft.events.map((e) => e.places)).toEqual(draft.events.map((e) => e.places));
    expect(read.ok && read.draft.sources[0]?.place).toBe('moscow');
  });

  it('a story without places gives a dataset without them', () => {
    const { places: _, ...rest } = raw;
    const parsed = parseDataset({
      ...rest,
      sources: (raw.sources as Record<string, unknown>[]).map(({ place: __, text: ___, ...s }) => s),
      events: (raw.events as Record<string, unknown>[]).map(({ places: ____, evidence, ...e }) => ({
        ...e,
        evidence: (evidence as Record<string, unknown>[]).map(({ start: _s, end: _e, ...ev }) => ev),
      })),
    });
    expect(parsed.ok).toBe(true);
    const { json } = draftToDataset(draftFromDataset(parsed.ok ? parsed.value : (null as never), 'draft-none'));
    expect(json).not.toHaveProperty('places');
    expect((json.events as Record<string, unknown>[]).some((e) => 'places' in e)).toBe(false);
  });
});
