import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { draftToDataset, type DraftDatasetInput } from '@/domain/extract/draft-to-dataset';
import { extractEvents } from '@/domain/extract/extract-events';

const ARTICLE = readFileSync(new URL('../../../fixtures/extract/republika-2022-07-01.txt', import.meta.url), 'utf8');
const draft = extractEvents(ARTICLE, { published: '2022-07-01', language: 'id' });

function input(overrides: Partial<DraftDatasetInput> = {}): DraftDatasetInput {
  return {
    text: ARTICLE,
    language: 'id',
    published: '2022-07-01',
    proposals: draft.proposals,
    actors: draft.actors,
    source: { publisher: 'Republika', textPath: 'sources/republika.txt', via: 'Al Jazeera' },
    ...overrides,
  };
}

describe('draftToDataset', () => {
  it('draftToDataset builds a dataset parseDataset accepts, evidence offsets checked against the article', () => {
    const result = draftToDataset(input());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = parseDataset(result.dataset, { sourceTexts: { 'sources/republika.txt': ARTICLE } });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.locales).toEqual(['id']);
    expect(parsed.value.events).toHaveLength(draft.proposals.length);
    expect(parsed.value.events[0]).toMatchObject({ date: { edtf: '1997' }, type: 'SUPPORT' });
    expect(parsed.value.events.map((e) => e.date.edtf)).toContain('2022-06-20/2022-06-26');
  });

  it('draftToDataset gives texts in the article language only and keeps the actors the events name', () => {
    const result = draftToDataset(input({ proposals: draft.proposals.filter((p) => p.type === 'MOBILIZE') }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { dataset } = result;
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]?.title).toEqual({
      id: 'Putin: Rusia akan segera menempatkan rudal yang mampu membawa hulu ledak nuklir di Belarus',
    });
    expect(dataset.events[0]?.dateText).toEqual({ id: 'Pada Ahad (26/6/2022)' });
    // Putin, and Russia because he acts for it.
    expect(dataset.actors.map((a) => a.id)).toEqual(['russia', 'vladimir-putin']);
    expect(dataset.actors[1]).toMatchObject({ role: { id: 'Presiden Rusia' }, affiliation: 'russia', country: 'RUS' });
  });

  it('draftToDataset reports proposals that still need a type or an actor, or whose quote no longer matches', () => {
    const [first, second, third] = draft.proposals;
    if (!first || !second || !third) throw new Error('the bundled article has proposals');
    const result = draftToDataset(
      input({
        proposals: [
          { ...first, type: null },
          { ...second, actors: [] },
          { ...third, evidence: [{ start: 0, end: 5, quote: 'other' }] },
        ],
      }),
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.proposal, p.problem])).toEqual([
      [first.id, 'type-needed'],
      [second.id, 'actor-needed'],
      [third.id, 'evidence-mismatch'],
    ]);
  });

  it('draftToDataset reports an empty acceptance and an actor that is not in the list', () => {
    expect(draftToDataset(input({ proposals: [] }))).toMatchObject({ ok: false, problems: [{ problem: 'no-events' }] });
    const [first] = draft.proposals;
    if (!first) throw new Error('the bundled article has proposals');
    const result = draftToDataset(input({ proposals: [{ ...first, actors: ['nobody'] }] }));
    expect(result.ok ? [] : result.problems.map((p) => p.problem)).toEqual(['unknown-actor']);
  });
});
