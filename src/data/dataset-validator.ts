import type { ParseResult } from '@/domain/dataset/model';
import { loadDatasetParser } from '@/data/dataset-parser';
import type { ValidateReply, ValidateRequest } from '@/data/validate-dataset.worker';

/** A verdict on dataset text: `parseDataset`'s result, with the dataset only when it was checked in this thread. */
export type Verdict = ValidateReply | ParseResult;

/** Checks `linimasa/1` text; `dispose` frees the worker if the verdict is no longer wanted. */
export interface DatasetValidator {
  /** True when validation runs in a worker, so the page can build the dataset meanwhile. */
  readonly inWorker: boolean;
  /**
   * Hands the dataset over as soon as it has arrived, so the worker parses it
   * alongside the page: its text, or its UTF-8 bytes, which the worker
   * decodes itself (cheaper for the page than handing over the text). The
   * bytes are moved to the worker: with `handOver` the caller's own (it must
   * not use them again), else a copy.
   */
  begin(data: string | Uint8Array, fileName: string | undefined, handOver?: boolean): void;
  validate(text: string, fileName: string | undefined, sourceTexts: ReadonlyMap<string, string>): Promise<Verdict>;
  dispose(): void;
}

/**
 * A validator in a Web Worker, started before the text arrives so its code
 * downloads alongside the data; where there are no workers (tests, old
 * browsers) it validates in this thread, after the page's own work.
 */
export function startDatasetValidator(): DatasetValidator {
  if (typeof Worker === 'undefined') {
    return {
      inWorker: false,
      begin() {},
      async validate(text, fileName, sourceTexts) {
        const { recogniseDataset, datasetNeedsEdtfGrammar, parseDataset } = await loadDatasetParser();
        const recognised = recogniseDataset(text, fileName);
        const input = recognised.format === 'linimasa' ? recognised.input : text;
        if (datasetNeedsEdtfGrammar(input)) {
          const [{ registerEdtfGrammar }, { edtfGrammar }] = await Promise.all([import('@/domain/dates/edtf'), import('@/domain/dates/edtf-grammar')]);
          registerEdtfGrammar(edtfGrammar);
        }
        return parseDataset(input, { sourceTexts });
      },
      dispose() {},
    };
  }
  const worker = new Worker(new URL('./validate-dataset.worker.ts', import.meta.url), { type: 'module' });
  // The worker may fail (its code not fetched) before it is asked anything: remember it.
  let failure: Error | null = null;
  let fail: (error: Error) => void = (error) => (failure = error);
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(`the dataset could not be checked: ${event.message || 'the code that checks it could not be loaded'}`));
  };
  let begun = false;
  const begin = (data: string | Uint8Array, fileName: string | undefined, handOver = false) => {
    if (begun) return;
    begun = true;
    const name = fileName === undefined ? {} : { fileName };
    if (typeof data === 'string') {
      const request: ValidateRequest = { kind: 'text', text: data, ...name };
      worker.postMessage(request);
      return;
    }
    // Moved, not cloned; a copy when the caller still needs its bytes.
    const bytes = handOver ? data : data.slice();
    const request: ValidateRequest = { kind: 'bytes', bytes, ...name };
    worker.postMessage(request, [bytes.buffer]);
  };
  return {
    inWorker: true,
    begin,
    validate(text, fileName, sourceTexts) {
      return new Promise<Verdict>((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        fail = reject;
        worker.onmessage = (event: MessageEvent<ValidateReply>) => {
          worker.terminate();
          resolve(event.data);
        };
        begin(text, fileName);
        const request: ValidateRequest = { kind: 'sources', sourceTexts: [...sourceTexts] };
        worker.postMessage(request);
      });
    },
    dispose: () => worker.terminate(),
  };
}
