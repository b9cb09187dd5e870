import { queryOptions } from '@tanstack/react-query';
import { EdtfGrammarMissingError, registerEdtfGrammar } from '@/domain/dates/edtf';
import type { ImportDatasetResult } from '@/domain/import/import-dataset';
import type { Dataset, DatasetIssue } from '@/domain/dataset/model';
import { buildValidDataset, publishedDatesNeedEdtfGrammar } from '@/domain/dataset/build-dataset';
import { recogniseDataset, type DatasetFormat, type RecognisedDataset } from '@/domain/import/recognise-dataset';
import { sourceTextPaths } from '@/domain/dataset/source-text-paths';
import { loadDatasetParser } from '@/data/dataset-parser';
import { startDatasetValidator, type DatasetValidator } from '@/data/dataset-validator';
import { warmUp, warmUpWhileDownloading } from '@/data/dataset-warm-up';
import { DEFAULT_FETCH_LIMITS, FetchError, fetchLimited, fetchTextLimited } from '@/data/fetch-limited';

/** A dataset that was read but did not validate: its errors, with JSON paths. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly url: string,
    readonly issues: readonly DatasetIssue[],
    readonly truncated: number,
  ) {
    super(`${url} has ${issues.length + truncated} errors`);
  }
}

/** A loaded, valid dataset, where it came from, and what the loader has to say about it. */
export interface LoadedDataset {
  /** The absolute URL it was fetched from, or `file:<name>` for a file opened from the computer. */
  readonly url: string;
  readonly dataset: Dataset;
  readonly warnings: readonly DatasetIssue[];
  /** The format it was read in; other than `linimasa`, it was converted. */
  readonly format: DatasetFormat;
  /** What a conversion could not carry over. */
  readonly report: readonly DatasetIssue[];
  /** The converted `linimasa/1` JSON, for imported files. */
  readonly converted?: unknown;
}

function resolveRelative(path: string, base: string): string | null {
  // Source texts sit beside their dataset: a relative path, never another scheme or host.
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('/')) return null;
  try {
    return new URL(path, base).href;
  } catch {
    return null;
  }
}

/** Fetches the source texts a parsed `linimasa/1` dataset names (`raw` is the parsed JSON, or anything else for none). */
async function fetchSourceTexts(raw: unknown, base: string, signal?: AbortSignal) {
  const sourceTexts = new Map<string, string>();
  const issues: DatasetIssue[] = [];
  await Promise.all(
    sourceTextPaths(raw).map(async ({ index, id, path }) => {
      const textUrl = resolveRelative(path, base);
      const at = `sources[${index}].text`;
      if (!textUrl) {
        issues.push({ path: at, message: `"${path}" must be a path relative to the dataset file` });
        return;
      }
      try {
        sourceTexts.set(id, await fetchTextLimited(textUrl, { ...DEFAULT_FETCH_LIMITS, signal }));
      } catch (error) {
        issues.push({ path: at, message: `the source text could not be loaded: ${(error as Error).message}` });
      }
    }),
  );
  return { sourceTexts, issues };
}

/** Registers edtf's grammar, downloading it on first use. */
async function loadEdtfGrammar(): Promise<void> {
  const { edtfGrammar } = await import('@/domain/dates/edtf-grammar');
  registerEdtfGrammar(edtfGrammar);
}

/**
 * `buildValidDataset`, with the EDTF grammar downloaded and the building done
 * again when one of the dates needs it; null when the input is not a valid
 * dataset (the verdict says why).
 */
async function buildWithGrammar(input: unknown, sourceTexts: ReadonlyMap<string, string>): Promise<Dataset | null> {
  try {
    return buildValidDataset(input, sourceTexts);
  } catch (error) {
    if (!(error instanceof EdtfGrammarMissingError)) return null;
  }
  await loadEdtfGrammar();
  try {
    return buildValidDataset(input, sourceTexts);
  } catch {
    return null;
  }
}

/**
 * Recognises and validates dataset text. A `linimasa/1` file is validated by
 * `validator` (a worker) while this thread builds the dataset from the same
 * text, with the EDTF grammar downloaded only when one of its dates needs
 * it; the dataset is used only once the verdict says it is valid. A
 * TimelineJS or CSV file downloads the importers, and the grammar, to convert it.
 */
async function importAnyDataset(
  text: string,
  fileName: string | undefined,
  sourceTexts: ReadonlyMap<string, string>,
  recognised: RecognisedDataset,
  validator: DatasetValidator,
): Promise<ImportDatasetResult> {
  if (recognised.format !== 'linimasa') {
    validator.dispose();
    const [{ importDataset }] = await Promise.all([import('@/domain/import/import-dataset'), loadEdtfGrammar()]);
    return importDataset(text, fileName, { sourceTexts });
  }
  const { input } = recognised;
  const checking = validator.validate(text, fileName, sourceTexts);
  let built: Dataset | null = null;
  if (validator.inWorker) {
    // The views read sources' dates; building finds out itself whether an event's date needs the grammar.
    if (publishedDatesNeedEdtfGrammar(input)) await loadEdtfGrammar();
    built = await buildWithGrammar(input, sourceTexts);
  }
  // The worker is still checking: prepare what the views will need meanwhile.
  if (built) warmUp(built);
  const verdict = await checking;
  const report = recognised.report;
  if (!verdict.ok) return { format: 'linimasa', result: verdict, report };
  const dataset = 'dataset' in verdict ? verdict.dataset : built;
  if (dataset) return { format: 'linimasa', result: { ok: true, dataset, warnings: verdict.warnings }, report };
  // Valid, yet not built here: read it in this thread after all.
  const { parseDataset, datasetNeedsEdtfGrammar } = await loadDatasetParser();
  if (datasetNeedsEdtfGrammar(input)) await loadEdtfGrammar();
  return { format: 'linimasa', result: parseDataset(input, { sourceTexts }), report };
}

/** Reads dataset text in any supported format (linimasa/1, TimelineJS, CSV) and validates it; rejects with `DatasetError` when invalid. */
export async function readDataset(
  text: string,
  where: string,
  fileName: string | undefined,
  sourceTexts: ReadonlyMap<string, string> = new Map(),
  extraIssues: readonly DatasetIssue[] = [],
  recognised: RecognisedDataset = recogniseDataset(text, fileName),
  validator: DatasetValidator = startDatasetValidator(),
): Promise<LoadedDataset> {
  const imported = await importAnyDataset(text, fileName, sourceTexts, recognised, validator);
  const { result } = imported;
  if (!result.ok || extraIssues.length > 0) {
    const issues = [...extraIssues, ...(result.ok ? [] : result.errors)];
    throw new DatasetError(where, issues, result.ok ? 0 : result.truncated);
  }
  return {
    url: where,
    dataset: result.dataset,
    warnings: result.warnings,
    format: imported.format,
    report: imported.report,
    ...(imported.converted === undefined ? {} : { converted: imported.converted }),
  };
}

/**
 * Fetches a dataset (and the source texts it names) and validates it;
 * throws `FetchError` when it cannot be fetched and `DatasetError` when it is invalid.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const absolute = new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
  // Started first, so the validator's code downloads alongside the data.
  const validator = startDatasetValidator();
  try {
    const fetching = fetchLimited(absolute, { ...DEFAULT_FETCH_LIMITS, signal });
    warmUpWhileDownloading();
    const { bytes, text } = await fetching;
    const fileName = new URL(absolute).pathname.split('/').pop();
    // The worker gets the bytes (moved, not copied: this thread has decoded them already) and parses alongside.
    validator.begin(bytes, fileName, true);
    // This thread parses the text once: for the source texts it names, and to build the dataset.
    const recognised = recogniseDataset(text, fileName);
    const { sourceTexts, issues } = await fetchSourceTexts(recognised.format === 'linimasa' ? recognised.input : null, absolute, signal);
    return await readDataset(text, absolute, fileName, sourceTexts, issues, recognised, validator);
  } catch (error) {
    validator.dispose();
    throw error;
  }
}

/** Query options for one dataset URL: fetched once, validated in the query function. */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url] as const,
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Infinity,
    // Only a flaky network is worth another try; a bad dataset stays bad.
    retry: (count, error) => error instanceof FetchError && error.reason === 'network' && count < 2,
  });
}

/** The largest file a person may open from their computer, bytes. */
export const MAX_FILE_BYTES = DEFAULT_FETCH_LIMITS.maxBytes;

/** Query options for a file opened from the computer; it never leaves the browser. */
export function fileDatasetQueryOptions(file: File, key: string) {
  return queryOptions({
    queryKey: ['dataset-file', key] as const,
    queryFn: async () => {
      if (file.size > MAX_FILE_BYTES) {
        throw new DatasetError(`file:${file.name}`, [{ path: '$', message: `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` }], 0);
      }
      return readDataset(await file.text(), `file:${file.name}`, file.name);
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** Query options for an editor draft shown in the viewer: read from the browser's storage (code fetched on demand) each time it is opened. */
export function draftDatasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['dataset-draft', id] as const,
    queryFn: () => import('@/data/drafts/draft-dataset-source').then((m) => m.loadDraftDataset(id)),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
