import { queryOptions } from '@tanstack/react-query';
import type { Dataset, DatasetIssue } from '@/domain/model';
import { parseDataset } from '@/domain/parse-dataset';
import { DEFAULT_FETCH_LIMITS, FetchError, fetchTextLimited } from '@/data/fetch-limited';

/** A dataset that was fetched but did not validate: its errors, with JSON paths. */
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

/** A loaded, valid dataset and the warnings it raised. */
export interface LoadedDataset {
  readonly url: string;
  readonly dataset: Dataset;
  readonly warnings: readonly DatasetIssue[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `sources[i].text` paths of a raw dataset, read defensively (it is not validated yet). */
function sourceTextPaths(raw: unknown): { index: number; id: string; path: string }[] {
  if (!isRecord(raw) || !Array.isArray(raw.sources)) return [];
  return raw.sources.flatMap((s: unknown, index) =>
    isRecord(s) && typeof s.id === 'string' && typeof s.text === 'string' ? [{ index, id: s.id, path: s.text }] : [],
  );
}

function resolveRelative(path: string, base: string): string | null {
  // Source texts sit beside their dataset: a relative path, never another scheme or host.
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return null;
  try {
    return new URL(path, base).href;
  } catch {
    return null;
  }
}

/**
 * Fetches a dataset and the source texts it names, then validates it;
 * throws `FetchError` when it cannot be fetched and `DatasetError` when it is invalid.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const absolute = new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
  const text = await fetchTextLimited(absolute, { ...DEFAULT_FETCH_LIMITS, signal });
  let raw: unknown = text;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Left as text: parseDataset reports where the JSON breaks.
  }
  const sourceTexts = new Map<string, string>();
  const textIssues: DatasetIssue[] = [];
  await Promise.all(
    sourceTextPaths(raw).map(async ({ index, id, path }) => {
      const textUrl = resolveRelative(path, absolute);
      const at = `sources[${index}].text`;
      if (!textUrl) {
        textIssues.push({ path: at, message: `"${path}" must be a path relative to the dataset file` });
        return;
      }
      try {
        sourceTexts.set(id, await fetchTextLimited(textUrl, { ...DEFAULT_FETCH_LIMITS, signal }));
      } catch (error) {
        textIssues.push({ path: at, message: `the source text could not be loaded: ${(error as Error).message}` });
      }
    }),
  );
  const result = parseDataset(raw, { sourceTexts });
  if (!result.ok || textIssues.length > 0) {
    const issues = [...textIssues, ...(result.ok ? [] : result.errors)];
    throw new DatasetError(absolute, issues, result.ok ? 0 : result.truncated);
  }
  return { url: absolute, dataset: result.dataset, warnings: result.warnings };
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
