/**
 * Runs the extractor off the main thread: an article's text, publication day
 * and language in, the draft of proposed events out (or the reason it failed).
 * Started by `extractInWorker` the first time a person asks for a draft, so its
 * code (the tables, the gazetteer, the country names) loads only then.
 */
import { extractEvents } from '@/domain/extract/extract-events';
import type { ArticleLanguage, ExtractionDraft } from '@/domain/extract/proposal-model';
import { prepareExtractor } from '@/domain/extract/warm-up';

/**
 * One article to read (`id` pairs the answer with the question), or, with
 * `prepare`, no article: the worker gets its tables and code ready and answers
 * with an empty draft.
 */
export interface ExtractRequest {
  readonly id: number;
  readonly text: string;
  readonly published: string;
  readonly language: ArticleLanguage;
  readonly prepare?: boolean;
}

/** The draft (null after `prepare`), with the time the work took in the worker (ms), or why there is none. */
export type ExtractReply =
  | { readonly id: number; readonly ok: true; readonly draft: ExtractionDraft | null; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly message: string };

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { id, text, published, language, prepare } = event.data;
  let reply: ExtractReply;
  try {
    const start = performance.now();
    if (prepare) prepareExtractor();
    const draft = prepare ? null : extractEvents(text, { published, language });
    reply = { id, ok: true, draft, ms: performance.now() - start };
  } catch (error) {
    // The extractor is written never to throw; if it does, the page is told why rather than left waiting.
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
