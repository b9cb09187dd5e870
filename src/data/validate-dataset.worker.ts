/**
 * Validates `linimasa/1` dataset text off the main thread: the page builds
 * the dataset from the same text meanwhile (see `buildValidDataset`) and
 * shows it only when this says it is valid. Text in, a verdict out (errors
 * and warnings, never the dataset: copying it back would cost the page what
 * reading it costs).
 */
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import { datasetNeedsEdtfGrammar, parseDataset, type CheckResult } from '@/domain/dataset/parse-dataset';
import { recogniseDataset } from '@/domain/import/recognise-dataset';
import { sourceTextPaths } from '@/domain/dataset/source-text-paths';

/**
 * What the page sends: first the dataset, as text or as UTF-8 bytes (parsed
 * at once, alongside the page's own parse), then the source texts it has fetched.
 */
export type ValidateRequest =
  | { readonly kind: 'text'; readonly text: string; readonly fileName?: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly fileName?: string }
  | { readonly kind: 'sources'; readonly sourceTexts: readonly (readonly [string, string])[] };

/** The answer: `parseDataset`'s check, without a dataset. */
export type ValidateReply = CheckResult;

let input: unknown = null;
// The check without source texts, started as soon as the dataset is read when
// it names none: the page's list of them will then be empty, and need not be waited for.
let checkWithoutTexts: Promise<CheckResult> | null = null;

async function check(value: unknown, sourceTexts: ReadonlyMap<string, string>): Promise<CheckResult> {
  if (datasetNeedsEdtfGrammar(value)) registerEdtfGrammar((await import('@/domain/dates/edtf-grammar')).edtfGrammar);
  // A check only: the page builds the dataset itself.
  return parseDataset(value, { sourceTexts, checkOnly: true });
}

self.onmessage = async (event: MessageEvent<ValidateRequest>) => {
  const request = event.data;
  if (request.kind === 'text' || request.kind === 'bytes') {
    const text = request.kind === 'text' ? request.text : new TextDecoder('utf-8').decode(request.bytes);
    const recognised = recogniseDataset(text, request.fileName);
    input = recognised.format === 'linimasa' ? recognised.input : text;
    if (sourceTextPaths(input).length === 0) checkWithoutTexts = check(input, new Map());
    return;
  }
  const sourceTexts = new Map(request.sourceTexts);
  const reply: ValidateReply = await (checkWithoutTexts !== null && sourceTexts.size === 0 ? checkWithoutTexts : check(input, sourceTexts));
  (self as unknown as Worker).postMessage(reply);
};
