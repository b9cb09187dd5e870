/**
 * The plain-text copies of sources a `linimasa/1` dataset names
 * (`sources[i].text`), fetched from beside the dataset file so evidence
 * offsets can be checked and quotes shown in context.
 */
import type { DatasetIssue } from '@/domain/dataset/model';
import { sourceTextPaths } from '@/domain/dataset/source-text-paths';
import { DEFAULT_FETCH_LIMITS, fetchTextLimited } from '@/data/fetch-limited';

function resolveRelative(path: string, base: string): string | null {
  // Source texts sit beside their dataset: a relative path, never another scheme or host.
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('/')) return null;
  try {
    return new URL(path, base).href;
  } catch {
    return null;
  }
}

/**
 * Fetches the source texts `json` (a parsed dataset, not yet checked) names,
 * relative to `base` (the dataset's URL); each one that cannot be fetched is
 * a problem at its `sources[i].text`.
 */
export async function fetchSourceTexts(
  json: unknown,
  base: string,
  signal?: AbortSignal,
): Promise<{ readonly sourceTexts: Map<string, string>; readonly problems: DatasetIssue[] }> {
  const sourceTexts = new Map<string, string>();
  const problems: DatasetIssue[] = [];
  await Promise.all(
    sourceTextPaths(json).map(async ({ index, id, path }) => {
      const textUrl = resolveRelative(path, base);
      const at = `sources[${index}].text`;
      if (!textUrl) {
        problems.push({ path: at, message: `"${path}" must be a path relative to the dataset file` });
        return;
      }
      try {
        sourceTexts.set(id, await fetchTextLimited(textUrl, { ...DEFAULT_FETCH_LIMITS, ...(signal ? { signal } : {}) }));
      } catch (error) {
        problems.push({ path: at, message: `the source text could not be loaded: ${(error as Error).message}` });
      }
    }),
  );
  return { sourceTexts, problems };
}
