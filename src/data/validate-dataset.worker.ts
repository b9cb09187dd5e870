/**
 * Validates `linimasa/1` dataset text off the main thread: the page builds
 * the dataset from the same text meanwhile (see `buildValidDataset`) and
 * shows it only when this says it is valid. Text in, a verdict out (errors
 * and warnings, never the dataset: copying it back would cost the page what
 * reading it costs).
 */
import { registerEdtfGrammar } from '@/domain/dates';
import { datasetNeedsEdtfGrammar, parseDataset, type CheckResult } from '@/domain/parse-dataset';
import { recogniseDataset } from '@/domain/recognise-dataset';

/** What the page sends: first the dataset text (parsed at once, alongside the page's own parse), then the source texts it has fetched. */
export type ValidateRequest =
  | { readonly kind: 'text'; readonly text: string; readonly fileName?: string }
  | { readonly kind: 'sources'; readonly sourceTexts: readonly (readonly [string, string])[] };

/** The answer: `parseDataset`'s check, without a dataset. */
export type ValidateReply = CheckResult;

let input: unknown = null;

self.onmessage = async (event: MessageEvent<ValidateRequest>) => {
  const request = event.data;
  if (request.kind === 'text') {
    const recognised = recogniseDataset(request.text, request.fileName);
    input = recognised.format === 'linimasa' ? recognised.input : request.text;
    return;
  }
  if (datasetNeedsEdtfGrammar(input)) registerEdtfGrammar((await import('@/domain/edtf-grammar')).edtfGrammar);
  // A check only: the page builds the dataset itself.
  const reply: ValidateReply = parseDataset(input, { sourceTexts: new Map(request.sourceTexts), checkOnly: true });
  (self as unknown as Worker).postMessage(reply);
};
