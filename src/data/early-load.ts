/**
 * Loading started as the page starts, before the app's code has run: the
 * entry module calls `startLoadingEarly` first, so the dataset (and, for the
 * bundled story, the catalogue naming it) is on its way while React and the
 * views are still being fetched and started. The app's queries then take
 * these loads over instead of starting their own (see dataset-query.ts).
 * This module stays small: it is part of the entry script.
 */
// The catalogue as built, to start a bundled dataset's download without waiting for the catalogue's
// own: the app still reads the catalogue it fetches, and a dataset it names otherwise is loaded then.
import builtCatalogue from '../../data/catalogue.json';
import {
  catalogueUrl,
  chooseCatalogueEntry,
  fetchCatalogue,
  parseCatalogue,
  type CatalogueEntry,
} from '@/data/catalogue';
import { ALLOWED_DATA_ORIGINS, checkDataUrl } from '@/data/data-origin';
import { appBase, loadDataset, pageBase, type LoadResult } from '@/data/load-dataset';

/** A load started early: its promise, and its answer once it has settled. */
export interface EarlyLoad<T> {
  readonly promise: Promise<T>;
  settled: { readonly value: T } | null;
}

const datasets = new Map<string, EarlyLoad<LoadResult>>();
const catalogues = new Map<string, EarlyLoad<CatalogueEntry[]>>();
/** Settles once the dataset the address asks for has loaded (or failed to), or at once when none was started. */
let asked: Promise<unknown> = Promise.resolve();

function track<T>(promise: Promise<T>): EarlyLoad<T> {
  const load: EarlyLoad<T> = { promise, settled: null };
  promise.then(
    (value) => (load.settled = { value }),
    () => undefined,
  );
  return load;
}

function startDataset(url: string): Promise<LoadResult> {
  let load = datasets.get(url);
  if (!load) {
    load = track(loadDataset({ kind: 'url', url }));
    datasets.set(url, load);
  }
  return load.promise;
}

/** The entry of the catalogue as built that `?dataset=` asks for (or its first); none if it cannot be read. */
function builtEntry(url: string, datasetId: string | null): CatalogueEntry | undefined {
  try {
    return chooseCatalogueEntry(parseCatalogue(builtCatalogue, url), datasetId);
  } catch {
    // Only a head start is lost: the catalogue fetched names the dataset.
    return undefined;
  }
}

/**
 * Starts loading what the page's address (its query string, `search`) asks
 * for: the dataset at `?data=` (when it is an address the app would open),
 * else the catalogue and the entry `?dataset=` names, or its first (found in
 * the catalogue as built, so both downloads start at once); nothing for an
 * editor's draft (`?draft=`).
 */
export function startLoadingEarly(search: string): void {
  const params = new URLSearchParams(search);
  // A draft is read from the browser's storage, not downloaded.
  if (params.has('draft')) return;
  const data = params.get('data');
  if (data) {
    const check = checkDataUrl(data, pageBase(), ALLOWED_DATA_ORIGINS);
    if (check.ok) asked = startDataset(check.url);
    return;
  }
  const url = catalogueUrl(appBase());
  const built = builtEntry(url, params.get('dataset'));
  if (built) startDataset(built.url);
  const catalogue = track(fetchCatalogue(url));
  catalogues.set(url, catalogue);
  asked = catalogue.promise.then((entries) => {
    const entry = chooseCatalogueEntry(entries, params.get('dataset'));
    return entry ? startDataset(entry.url) : undefined;
  });
  // A failure is the app's query's to show, when it takes the load over; here it is only waited for.
  asked.catch(() => undefined);
}

/** Resolves once the dataset the address asks for has loaded or failed, or after `maxMs`, whichever comes first. */
export function earlyLoadSettled(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    asked.then(done, done);
  });
}

/** The early load of the dataset at `url`, handed over once: the first query that asks takes it. */
export function takeEarlyDataset(url: string): EarlyLoad<LoadResult> | undefined {
  const load = datasets.get(url);
  datasets.delete(url);
  return load;
}

/** The early load of the catalogue at `url`, handed over once. */
export function takeEarlyCatalogue(url: string): EarlyLoad<CatalogueEntry[]> | undefined {
  const load = catalogues.get(url);
  catalogues.delete(url);
  return load;
}

function takeSettled<T>(loads: Map<string, EarlyLoad<T>>): Map<string, T> {
  const taken = new Map<string, T>();
  for (const [url, load] of loads) {
    if (!load.settled) continue;
    taken.set(url, load.settled.value);
    loads.delete(url);
  }
  return taken;
}

/** The early loads that have already answered (by URL), handed over once: the app puts them in its query cache before its first render. */
export function takeSettledEarlyLoads(): {
  readonly datasets: ReadonlyMap<string, LoadResult>;
  readonly catalogues: ReadonlyMap<string, CatalogueEntry[]>;
} {
  return { datasets: takeSettled(datasets), catalogues: takeSettled(catalogues) };
}
