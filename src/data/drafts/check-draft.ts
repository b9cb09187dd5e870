/**
 * The app's own validation of a draft: the draft as a `linimasa/1` dataset
 * with its source texts, given to `loadDataset`, the one way in every
 * dataset takes (with the EDTF grammar loaded when its dates need it), so the
 * editor says exactly what the viewer and `npm run validate` would.
 */
import type { ParseResult } from '@/domain/dataset/model';
import { draftToDataset } from '@/domain/draft/draft-dataset';
import type { Draft } from '@/domain/draft/draft-model';
import { loadDataset } from '@/data/load-dataset';

/** Most problems listed for a draft; the rest are counted. */
const MAX_PROBLEMS = 200;

/** The verdict on a draft: the dataset it makes, or its errors with JSON paths (`events[2].date`), and warnings either way. */
export async function checkDraft(draft: Draft): Promise<ParseResult> {
  const { json, sourceTexts } = draftToDataset(draft);
  const result = await loadDataset({ kind: 'input', input: { json }, sourceTexts, maxErrors: MAX_PROBLEMS });
  return result.ok ? { ok: true, value: result.value.dataset, warnings: result.warnings } : result;
}
