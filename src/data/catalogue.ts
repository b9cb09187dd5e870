import { queryOptions } from '@tanstack/react-query';
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

/** Query options for the catalogue of bundled datasets. */
export function catalogueQueryOptions(appBase: string) {
  const url = new URL(CATALOGUE_PATH, appBase).href;
  return queryOptions({
    queryKey: ['catalogue', url] as const,
    queryFn: async ({ signal }) =>
      parseCatalogue(JSON.parse(await fetchTextLimited(url, { maxBytes: 1024 * 1024, timeoutMs: 10_000, signal })), url),
    staleTime: Infinity,
    retry: false,
  });
}
