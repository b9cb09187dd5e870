/**
 * The app's own validation of a draft: the draft as a `linimasa/1` dataset
 * with its source texts, read by the parser that reads every dataset, so the
 * editor says exactly what the viewer and `npm run validate` would. This is
 * the one place the editor calls the parser; when every input goes through
 * one function, this is what changes.
 */
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import type { ParseResult } from '@/domain/dataset/model';
import { datasetNeedsEdtfGrammar, parseDataset } from '@/domain/dataset/parse-dataset';
import { draftToDataset } from '@/domain/draft/draft-dataset';
import type { Draft } from '@/domain/draft/draft-model';

/** Most problems listed for a draft; the rest are counted. */
const MAX_PROBLEMS = 200;

let grammar: Promise<void> | null = null;

/** Registers the EDTF grammar (for dates beyond plain years, months and days), fetching its code once. */
export function loadEdtfGrammar(): Promise<void> {
  grammar ??= import('@/domain/dates/edtf-grammar').then(
    ({ edtfGrammar }) => registerEdtfGrammar(edtfGrammar),
    (error: unknown) => {
      grammar = null;
      throw error;
    },
  );
  return grammar;
}

/** The verdict on a draft: the dataset it makes, or its errors with JSON paths (`events[2].date`), and warnings either way. */
export async function checkDraft(draft: Draft): Promise<ParseResult> {
  const { json, sourceTexts } = draftToDataset(draft);
  if (datasetNeedsEdtfGrammar(json)) await loadEdtfGrammar();
  return parseDataset(json, { sourceTexts, maxErrors: MAX_PROBLEMS });
}
