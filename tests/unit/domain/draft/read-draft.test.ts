import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { draftFromDataset } from '@/domain/draft/draft-dataset';
import { diffValues } from '@/domain/draft/draft-patches';
import { recordStep, EMPTY_HISTORY } from '@/domain/draft/draft-history';
import { DRAFT_SCHEMA_VERSION, createEmptyDraft } from '@/domain/draft/draft-model';
import { formatDraftFile, parseDraftFile, readStoredDraft } from '@/domain/draft/read-draft';

const DATA = resolve(__dirname, '../../../../data');

describe('reading drafts back', () => {
  it('a draft file holds the draft and its history, and reads back equal', () => {
    const text = readFileSync(join(DATA, 'russia-belarus-2022.json'), 'utf8');
    const source = readFileSync(join(DATA, 'sources/republika-2022-07-01.txt'), 'utf8');
    const parsed = parseDataset(text, { sourceTexts: { 'republika-2022-07-01': source } });
    if (!parsed.ok) throw new Error('invalid');
    const draft = draftFromDataset(parsed.value, 'draft-1');
    const edited = { ...draft, story: { ...draft.story, title: { ...draft.story.title, en: 'Edited' } } };
    const history = recordStep(EMPTY_HISTORY, diffValues(draft, edited), 5);
    const read = parseDraftFile(formatDraftFile({ draft: edited, history }));
    expect(read).toEqual({ ok: true, draft: edited, history });
  });

  it('parseDraftFile gives the draft a new id when asked, so an import never overwrites a draft', () => {
    const read = parseDraftFile(
      formatDraftFile({ draft: createEmptyDraft('old', ['en']), history: EMPTY_HISTORY }),
      'new',
    );
    expect(read.ok && read.draft.id).toBe('new');
  });

  it('parseDraftFile says what a file is when it is not a draft', () => {
    expect(parseDraftFile('{')).toEqual({ ok: false, message: 'the file is not JSON' });
    const dataset = parseDraftFile('{"format": "linimasa/1"}');
    expect(!dataset.ok && dataset.message).toMatch(/not a Linimasa draft.*Edit this story/);
  });

  it('readStoredDraft refuses a draft from a newer version rather than mangle it', () => {
    const read = readStoredDraft({ draft: { schemaVersion: DRAFT_SCHEMA_VERSION + 1, id: 'x' } });
    expect(!read.ok && read.message).toMatch(/newer version of Linimasa/);
  });

  it('readStoredDraft fills fields a draft lacks with empty values and drops a history it cannot read', () => {
    const read = readStoredDraft({
      draft: { schemaVersion: 1, id: 'x', events: [{ id: 'e', type: 'NOPE', evidence: [{ quote: 'q', start: -1 }] }] },
      history: { past: [{ changes: 'garbage' }], future: [] },
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.history).toEqual(EMPTY_HISTORY);
    expect(read.draft.story.locales).toEqual([]);
    expect(read.draft.events[0]).toMatchObject({
      type: '',
      dateBasis: 'stated',
      evidence: [{ source: '', quote: 'q' }],
    });
    expect(read.draft.events[0]?.evidence[0]).not.toHaveProperty('start');
  });
});
