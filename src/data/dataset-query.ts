/**
 * The TanStack Query options of the app's data: one factory per resource,
 * its key holding everything its query function reads. A load the page
 * started before the app ran (early-load.ts) is taken over, not repeated.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { catalogueUrl, fetchCatalogue } from '@/data/catalogue';
import { takeEarlyCatalogue, takeEarlyDataset, takeSettledEarlyLoads } from '@/data/early-load';
import { FetchError } from '@/data/fetch-limited';
import { loadDataset } from '@/data/load-dataset';

/** Query options for the dataset at an absolute URL: loaded once; its answer is the dataset or its problems. */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url] as const,
    queryFn: ({ signal }) => takeEarlyDataset(url)?.promise ?? loadDataset({ kind: 'url', url }, signal),
    staleTime: Infinity,
    // Only a flaky network is worth another try; a bad dataset is an answer, not an error.
    retry: (count, error) => error instanceof FetchError && error.reason === 'network' && count < 2,
  });
}

/** Query options for a file opened from the computer (`key` tells one opening from another); it never leaves the browser. */
export function fileDatasetQueryOptions(file: File, key: string) {
  return queryOptions({
    queryKey: ['dataset-file', key] as const,
    queryFn: () => loadDataset({ kind: 'file', file }),
    staleTime: Infinity,
    retry: false,
  });
}

function catalogueQuery(url: string) {
  return queryOptions({
    queryKey: ['catalogue', url] as const,
    queryFn: ({ signal }) => takeEarlyCatalogue(url)?.promise ?? fetchCatalogue(url, signal),
    staleTime: Infinity,
    retry: false,
  });
}

/** Query options for the catalogue of bundled datasets of the app at `appBase` (absolute). */
export function catalogueQueryOptions(appBase: string) {
  return catalogueQuery(catalogueUrl(appBase));
}

/** Puts what the page loaded before the app ran, and has already arrived, into `client`'s cache: the first render then draws it. */
export function seedFromEarlyLoads(client: QueryClient): void {
  const { datasets, catalogues } = takeSettledEarlyLoads();
  for (const [url, result] of datasets) client.setQueryData(datasetQueryOptions(url).queryKey, result);
  for (const [url, entries] of catalogues) client.setQueryData(catalogueQuery(url).queryKey, entries);
}

/** Query options for an editor draft shown in the viewer: read from the browser's storage (code fetched on demand) each time it is opened; its answer is the dataset or its problems. */
export function draftDatasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['dataset-draft', id] as const,
    queryFn: () => import('@/data/drafts/draft-dataset-source').then((m) => m.loadDraftDataset(id)),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
