/**
 * Validates `linimasa/1` dataset text off the main thread: the page builds
 * the dataset from the same text meanwhile (see `buildValidDataset`) and
 * shows it only when this says it is valid. Text in, a verdict out (errors
 * and warnings, never the dataset: copying it back would cost the page what
 * reading it costs).
 */
import { registerEdtfGrammar } from '@/domain/dates';
import type { DatasetIssue } from '@/domain/model';
import { datasetNeedsEdtfGrammar, parseDataset } from '@/domain/parse-dataset';
import { recogniseDataset } from '@/domain/recognise-dataset';

/** What the page asks: dataset text, its file name, and the source texts it has fetched. */
export interface ValidateRequest {
  readonly text: string;
  readonly fileName?: string;
  readonly sourceTexts: readonly (readonly [string, string])[];
}

/** The answer: `parseDataset`'s result without the dataset. */
export type ValidateReply =
  | { readonly ok: true; readonly warnings: readonly DatasetIssue[] }
  | { readonly ok: false; readonly errors: readonly DatasetIssue[]; readonly warnings: readonly DatasetIssue[]; readonly truncated: number };

self.onmessage = async (event: MessageEvent<ValidateRequest>) => {
  const { text, fileName, sourceTexts } = event.data;
  const recognised = recogniseDataset(text, fileName);
  const input = recognised.format === 'linimasa' ? recognised.input : text;
  if (datasetNeedsEdtfGrammar(input)) registerEdtfGrammar((await import('@/domain/edtf-grammar')).edtfGrammar);
  const result = parseDataset(input, { sourceTexts: new Map(sourceTexts) });
  const reply: ValidateReply = result.ok
    ? { ok: true, warnings: result.warnings }
    : { ok: false, errors: result.errors, warnings: result.warnings, truncated: result.truncated };
  (self as unknown as Worker).postMessage(reply);
};
