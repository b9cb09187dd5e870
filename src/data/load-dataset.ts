/**
 * The one way in for a dataset, with its asynchronous side. Every source (the
 * bundled story, a `?data=` address, a file, an editor's draft, an
 * extractor's result) goes through `loadDataset`, which answers with the
 * dataset or the problems that stop it: a `DatasetResult`, the shape
 * `readDataset` (src/domain/import/read-dataset.ts, the one definition of a
 * valid dataset) answers in. Only a download that fails rejects, with a
 * `FetchError`; a bad dataset never throws.
 *
 *   1. The input arrives: fetched with size and time limits, or read from a
 *      file; the reading code (dataset-reader.ts) is fetched alongside.
 *   2. Its text is parsed once, and the source texts it names are fetched.
 *   3. The EDTF grammar is downloaded when its dates need it.
 *   4. It is read once: by `readDataset` on the page, or, for a download of
 *      `CHECK_IN_WORKER_FROM_BYTES` or more, checked in a worker (started as
 *      soon as the size is known) while the page builds it.
 */
import type { DatasetResult } from '@/domain/dataset/model';
import type { DatasetInput, ReadDataset } from '@/domain/import/read-dataset';
import { startDatasetChecker, type DatasetChecker } from '@/data/dataset-checker';
import { decodeUtf8, DEFAULT_FETCH_LIMITS, fetchLimited } from '@/data/fetch-limited';

/** Where a dataset comes from. */
export type DatasetSource =
  /** An address, absolute or relative to the page's base. */
  | { readonly kind: 'url'; readonly url: string }
  /** A file a person opened from the computer; it never leaves the browser. */
  | { readonly kind: 'file'; readonly file: File }
  /** Text or a value already in memory (an editor's draft, an extractor's result), with the source texts it names. */
  | {
      readonly kind: 'input';
      readonly input: DatasetInput;
      readonly sourceTexts?: ReadonlyMap<string, string>;
      /** Most errors to list (default 100). */
      readonly maxErrors?: number;
    };

/** A dataset read, and where it came from. */
export interface LoadedDataset extends ReadDataset {
  /** The absolute URL it was fetched from, `file:<name>` for a file opened from the computer, `input:` for one given in memory. */
  readonly url: string;
}

/** What `loadDataset` answers. */
export type LoadResult = DatasetResult<LoadedDataset>;

/**
 * From this many bytes of `linimasa/1` JSON on, a worker checks the dataset
 * while the page builds it; below, the page checks and builds it in one go,
 * sooner than a worker could start. Measured in Chromium on the project's
 * 2-core machine (see docs/benchmarks.md, "Where a dataset is checked").
 */
export const CHECK_IN_WORKER_FROM_BYTES = 1024 * 1024;

/** The largest file a person may open from their computer, bytes. */
export const MAX_FILE_BYTES = DEFAULT_FETCH_LIMITS.maxBytes;

type Reader = typeof import('@/data/dataset-reader');
let reader: Promise<Reader> | null = null;

/** Fetches the reading code once; a failed fetch is tried again on the next call. */
function loadReader(): Promise<Reader> {
  reader ??= import('@/data/dataset-reader').catch((error: unknown) => {
    reader = null;
    throw new Error(
      `the dataset could not be read: the code that reads it could not be loaded (${error instanceof Error ? error.message : String(error)})`,
    );
  });
  return reader;
}

/** The page's base address, against which relative addresses are resolved. */
export function pageBase(): string {
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? 'http://localhost/';
}

/** The app's absolute base URL (Vite's `base`, resolved against the page), where its catalogue and bundled datasets are. */
export function appBase(): string {
  return new URL(import.meta.env.BASE_URL, pageBase()).href;
}

function fileNameOf(url: string): string | undefined {
  return new URL(url).pathname.split('/').pop() || undefined;
}

/** A worker to check a large input while the page builds it; none for a small one, which the page checks itself. */
function withChecker(large: boolean): DatasetChecker | null {
  return large ? startDatasetChecker() : null;
}

async function fromUrl(url: string, reading: Promise<Reader>, signal?: AbortSignal): Promise<LoadResult> {
  const absolute = new URL(url, pageBase()).href;
  // Set in the progress callback, which TypeScript does not follow.
  let checker = null as DatasetChecker | null;
  try {
    const { bytes, text } = await fetchLimited(absolute, {
      ...DEFAULT_FETCH_LIMITS,
      ...(signal ? { signal } : {}),
      // Started as soon as the download is known to be large, so its code arrives alongside the data.
      onProgress: (received, declared) => {
        checker ??= withChecker(Math.max(received, declared ?? 0) >= CHECK_IN_WORKER_FROM_BYTES);
      },
    });
    const fileName = fileNameOf(absolute);
    // The worker gets the bytes (moved, not copied: this thread has decoded them already) and parses alongside.
    checker?.begin(bytes, fileName);
    const input = fileName === undefined ? { text } : { text, fileName };
    const { readInput } = await reading;
    const result = await readInput({ input, base: absolute, checker, ...(signal ? { signal } : {}) });
    return result.ok ? { ...result, value: { ...result.value, url: absolute } } : result;
  } catch (error) {
    checker?.dispose();
    throw error;
  }
}

async function fromFile(file: File, reading: Promise<Reader>): Promise<LoadResult> {
  if (file.size > MAX_FILE_BYTES) {
    const message = `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    return { ok: false, problems: [{ path: '$', message }], warnings: [], truncated: 0 };
  }
  const checker = withChecker(file.size >= CHECK_IN_WORKER_FROM_BYTES);
  try {
    let text: string;
    if (checker) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      text = decodeUtf8(bytes);
      checker.begin(bytes, file.name);
    } else text = await file.text();
    const { readInput } = await reading;
    const result = await readInput({ input: { text, fileName: file.name }, checker });
    return result.ok ? { ...result, value: { ...result.value, url: `file:${file.name}` } } : result;
  } catch (error) {
    checker?.dispose();
    throw error;
  }
}

/**
 * Loads a dataset from any source: the dataset, or the problems that stop it,
 * each at a JSON path. Rejects only when the input cannot be had (a
 * `FetchError`: not found, too large, too slow, offline) or the code that
 * reads it cannot be loaded.
 */
export async function loadDataset(source: DatasetSource, signal?: AbortSignal): Promise<LoadResult> {
  // Asked for first, so the reading code downloads alongside the data; a failure is met once it is awaited.
  const reading = loadReader();
  reading.catch(() => undefined);
  switch (source.kind) {
    case 'url':
      return fromUrl(source.url, reading, signal);
    case 'file':
      return fromFile(source.file, reading);
    default: {
      const { readInput } = await reading;
      const given = {
        ...(source.sourceTexts === undefined ? {} : { sourceTexts: source.sourceTexts }),
        ...(source.maxErrors === undefined ? {} : { maxErrors: source.maxErrors }),
      };
      const result = await readInput({ input: source.input, ...given });
      return result.ok ? { ...result, value: { ...result.value, url: 'input:' } } : result;
    }
  }
}
