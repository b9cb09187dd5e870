import type { CheckResult } from '@/domain/dataset/model';
import type { CheckReply, CheckRequest } from '@/data/validate-dataset.worker';

/**
 * A check of a large `linimasa/1` dataset in a Web Worker, while the page
 * builds the dataset from the same text. Started as soon as a download is
 * known to be large, so the worker's code arrives alongside the data.
 */
export interface DatasetChecker {
  /** Hands the dataset's UTF-8 bytes over (moved, not copied: the caller must not use them again), so the worker parses them alongside the page. */
  begin(bytes: Uint8Array, fileName: string | undefined): void;
  /** The verdict, once the worker has the source texts the page fetched. */
  check(sourceTexts: ReadonlyMap<string, string>): Promise<CheckResult>;
  /** Stops the worker, when its verdict is no longer wanted. */
  dispose(): void;
}

/** Starts the worker; null where there are none (tests, old browsers): the page then checks the dataset itself. */
export function startDatasetChecker(): DatasetChecker | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./validate-dataset.worker.ts', import.meta.url), { type: 'module' });
  // The worker may fail (its code not fetched) before it is asked anything: remember it.
  let failure: Error | null = null;
  let fail: (error: Error) => void = (error) => (failure = error);
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(`the dataset could not be checked: ${event.message || 'the code that checks it could not be loaded'}`));
  };
  return {
    begin(bytes, fileName) {
      const request: CheckRequest = { kind: 'bytes', bytes, ...(fileName === undefined ? {} : { fileName }) };
      worker.postMessage(request, [bytes.buffer]);
    },
    check(sourceTexts) {
      return new Promise<CheckResult>((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        fail = reject;
        worker.onmessage = (event: MessageEvent<CheckReply>) => {
          worker.terminate();
          resolve(event.data);
        };
        const request: CheckRequest = { kind: 'sources', sourceTexts: [...sourceTexts] };
        worker.postMessage(request);
      });
    },
    dispose: () => worker.terminate(),
  };
}
