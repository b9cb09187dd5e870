/**
 * Checks a large `linimasa/1` dataset off the main thread, while the page
 * builds it from the same text (see `buildValidDataset`): the page shows it
 * only once this says it is valid. Bytes in, then the source texts; out, a
 * `CheckResult`, the same `DatasetResult` shape as every reading answers in
 * (never the dataset: copying it back would cost the page what building it
 * costs).
 */
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import type { CheckResult } from '@/domain/dataset/model';
import { checkDataset } from '@/domain/dataset/parse-dataset';
import { datasetNeedsEdtfGrammar } from '@/domain/dataset/grammar-needs';
import { sourceTextPaths } from '@/domain/dataset/source-text-paths';
import { recogniseDataset } from '@/domain/import/recognise-dataset';

/** What the page sends: first the dataset's UTF-8 bytes (parsed at once, alongside the page's own parse), then the source texts it has fetched. */
export type CheckRequest =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly fileName?: string }
  | { readonly kind: 'sources'; readonly sourceTexts: readonly (readonly [string, string])[] };

/** The answer. */
export type CheckReply = CheckResult;

// The parsed JSON; a file that is no linimasa/1 JSON is the page's to read (it stops this worker).
let json: unknown = null;
// The check without source texts, started as soon as the dataset is read when
// it names none: the page's list of them will then be empty, and need not be waited for.
let checkWithoutTexts: Promise<CheckResult> | null = null;

async function check(sourceTexts: ReadonlyMap<string, string>): Promise<CheckResult> {
  if (datasetNeedsEdtfGrammar(json)) registerEdtfGrammar((await import('@/domain/dates/edtf-grammar')).edtfGrammar);
  return checkDataset(json, { sourceTexts });
}

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  if (request.kind === 'bytes') {
    const text = new TextDecoder('utf-8').decode(request.bytes);
    const recognised = recogniseDataset(request.fileName === undefined ? { text } : { text, fileName: request.fileName });
    if (recognised.format !== 'linimasa') return;
    json = recognised.json;
    if (sourceTextPaths(json).length === 0) checkWithoutTexts = check(new Map());
    return;
  }
  const sourceTexts = new Map(request.sourceTexts);
  const reply: CheckReply = await (checkWithoutTexts !== null && sourceTexts.size === 0
    ? checkWithoutTexts
    : check(sourceTexts));
  (self as unknown as Worker).postMessage(reply);
};
