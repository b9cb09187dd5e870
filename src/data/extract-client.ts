/**
 * The editor's way to the extractor: `extractInWorker` sends an article to a
 * Web Worker (extract.worker.ts) and resolves with the draft. The worker and
 * its code are fetched on the first call only, so the viewer's first script
 * never carries the extractor; it then stays for the next article. Where
 * there are no workers (tests, old browsers) the extractor is imported on
 * demand and runs in this thread.
 */
import type { ExtractReply, ExtractRequest } from '@/data/extract.worker';
import type { ArticleLanguage, ExtractionDraft } from '@/domain/extract/proposal-model';

/** What the extractor needs besides the text, and a signal to give up waiting. */
export interface ExtractInWorkerOptions {
  /** EDTF day the article was published, e.g. `2022-07-01`; relative dates resolve against it. */
  readonly published: string;
  readonly language: ArticleLanguage;
  /** Aborting rejects the promise with an `AbortError`; the worker's answer is then dropped. */
  readonly signal?: AbortSignal;
}

interface Pending {
  readonly resolve: (draft: ExtractionDraft | null) => void;
  readonly reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function abortError(): Error {
  return new DOMException('the draft was no longer wanted', 'AbortError');
}

function startWorker(): Worker {
  const started = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<ExtractReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.draft);
    else waiting.reject(new Error(`the article could not be read: ${reply.message}`));
  };
  started.onerror = (event) => {
    // The worker's code could not load or it crashed: everyone waiting is told, and the next call starts afresh.
    event.preventDefault();
    started.terminate();
    if (worker === started) worker = null;
    const error = new Error(`the article could not be read: ${event.message || 'the extractor could not be loaded'}`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  return started;
}

/**
 * Proposes the events of an article in a Web Worker: `text` as pasted (the
 * draft's offsets index into it), its publication day and language. Resolves
 * with the draft; rejects when the extractor cannot load or fails, or with an
 * `AbortError` when `signal` aborts.
 */
export function extractInWorker(text: string, options: ExtractInWorkerOptions): Promise<ExtractionDraft> {
  const { published, language, signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  if (typeof Worker === 'undefined') {
    return import('@/domain/extract/extract-events').then(({ extractEvents }) => {
      if (signal?.aborted) throw abortError();
      return extractEvents(text, { published, language });
    });
  }
  worker ??= startWorker();
  const id = nextId;
  nextId += 1;
  return new Promise<ExtractionDraft>((resolve, reject) => {
    const onAbort = () => {
      pending.delete(id);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    pending.set(id, {
      resolve: (draft) => {
        signal?.removeEventListener('abort', onAbort);
        if (draft) resolve(draft);
        else reject(new Error('the article could not be read: the extractor answered without a draft'));
      },
      reject: (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    });
    const request: ExtractRequest = { id, text, published, language };
    worker?.postMessage(request);
  });
}

/**
 * Starts the extractor's worker and has it build its tables and warm up on a
 * short sample, so the first article is read at full speed: call it when a
 * person opens "Draft from article", before they have pasted anything. Resolves
 * when the worker is ready (at once where there are no workers); never rejects.
 */
export function prepareExtractWorker(): Promise<void> {
  if (typeof Worker === 'undefined') return Promise.resolve();
  worker ??= startWorker();
  const id = nextId;
  nextId += 1;
  return new Promise<void>((resolve) => {
    pending.set(id, { resolve: () => resolve(), reject: () => resolve() });
    const request: ExtractRequest = { id, text: '', published: '', language: 'id', prepare: true };
    worker?.postMessage(request);
  });
}

/** Stops the extractor's worker, if one runs (when the editor closes); drafts still awaited are rejected. */
export function stopExtractWorker(): void {
  worker?.terminate();
  worker = null;
  for (const waiting of pending.values()) waiting.reject(abortError());
  pending.clear();
}
