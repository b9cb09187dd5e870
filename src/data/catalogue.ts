import { field, isJsonObject } from '@/domain/dataset/json';
import type { LocalizedText } from '@/domain/dataset/model';
import { fetchTextLimited } from '@/data/fetch-limited';

/** One bundled dataset: its id, its file's URL and its title. */
export interface CatalogueEntry {
  readonly id: string;
  readonly url: string;
  readonly title: LocalizedText;
}

/** Where the bundled datasets are listed, relative to the app. */
export const CATALOGUE_PATH = 'data/catalogue.json';

/** Reads the catalogue file; entries that are not well formed are left out. */
export function parseCatalogue(raw: unknown, baseUrl: string): CatalogueEntry[] {
  const datasets = field(raw, 'datasets');
  if (!Array.isArray(datasets)) {
    throw new Error('the dataset catalogue must be an object with a "datasets" list');
  }
  return datasets.flatMap((d: unknown) => {
    const id = field(d, 'id');
    const file = field(d, 'file');
    const title = field(d, 'title');
    if (typeof id !== 'string' || typeof file !== 'string' || !isJsonObject(title)) return [];
    return [{ id, url: new URL(file, baseUrl).href, title: title as LocalizedText }];
  });
}

/** The catalogue's URL for an app whose base is `appBase` (absolute). */
export function catalogueUrl(appBase: string): string {
  return new URL(CATALOGUE_PATH, appBase).href;
}

/** Fetches and reads the catalogue at `url` (1 MB within 10 s at most). */
export async function fetchCatalogue(url: string, signal?: AbortSignal): Promise<CatalogueEntry[]> {
  const limits = { maxBytes: 1024 * 1024, timeoutMs: 10_000, ...(signal ? { signal } : {}) };
  return parseCatalogue(JSON.parse(await fetchTextLimited(url, limits)), url);
}

/** The entry a page asks for with `?dataset=<id>` (null: none asked), else the first: the default. */
export function chooseCatalogueEntry(
  entries: readonly CatalogueEntry[],
  datasetId: string | null,
): CatalogueEntry | undefined {
  return entries.find((d) => d.id === datasetId) ?? entries[0];
}
