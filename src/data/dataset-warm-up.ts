import type { Dataset } from '@/domain/dataset/model';

/**
 * Work the views will need for a dataset, done while its validation worker
 * is still checking it: the page has built the dataset by then and would
 * otherwise wait idle. Views register what to prepare (derived data kept per
 * events array, so the first render finds it ready). Nothing is drawn, and a
 * dataset found invalid is simply dropped with what was prepared for it.
 */
const preparers = new Set<(dataset: Dataset) => void>();

/** Registers `prepare` to run on every dataset built before its verdict; returns a function that removes it. */
export function prepareWhileChecking(prepare: (dataset: Dataset) => void): () => void {
  preparers.add(prepare);
  return () => preparers.delete(prepare);
}

/** Runs the registered preparers on `dataset`; a preparer that throws is skipped (the view will do the work itself). */
export function warmUp(dataset: Dataset): void {
  for (const prepare of preparers) {
    try {
      prepare(dataset);
    } catch {
      // The view computes it again when it draws.
    }
  }
}

const downloadPreparers = new Set<() => void>();

/**
 * Registers `prepare` to run once the page is idle after a dataset's
 * download has begun, for work the first drawing needs that does not depend
 * on the data (such as loading the browser's date formats); returns a
 * function that removes it.
 */
export function prepareWhileDownloading(prepare: () => void): () => void {
  downloadPreparers.add(prepare);
  return () => downloadPreparers.delete(prepare);
}

/** Runs the download preparers in the page's next idle moment, while the network works; one that throws is skipped. */
export function warmUpWhileDownloading(): void {
  const run = () => {
    for (const prepare of downloadPreparers) {
      try {
        prepare();
      } catch {
        // The view does it itself when it draws.
      }
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
  else setTimeout(run, 0);
}
