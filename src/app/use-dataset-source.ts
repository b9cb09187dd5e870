import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { chooseCatalogueEntry, type CatalogueEntry } from '@/data/catalogue';
import { ALLOWED_DATA_ORIGINS, checkDataUrl } from '@/data/data-origin';
import {
  catalogueQueryOptions,
  datasetQueryOptions,
  draftDatasetQueryOptions,
  fileDatasetQueryOptions,
} from '@/data/dataset-query';
import { appBase, pageBase, type LoadResult } from '@/data/load-dataset';

/** Where the dataset on screen comes from. */
export type DatasetOrigin =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'url'; readonly url: string; readonly foreign: boolean; readonly host: string }
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'draft'; readonly id: string };

/** The dataset to show, its origin, its loading state, and a way to open a file instead. */
export interface DatasetSource {
  readonly origin: DatasetOrigin;
  /** The dataset, or the problems that stop it; undefined while it loads. */
  readonly result: LoadResult | undefined;
  /** Why it could not be had at all: a failed download, a catalogue that could not be read. */
  readonly error: Error | null;
  readonly retry: () => void;
  readonly openFile: (file: File) => void;
  /** Back to what the link asked for, after a file that failed. */
  readonly closeFile: () => void;
  /** A `?data=` value that was refused, with why. */
  readonly refusedDataUrl: string | null;
  readonly unknownDatasetId: boolean;
}

/** Stands in for a file while none is open (its query is disabled then). */
const NO_FILE = typeof File === 'undefined' ? (null as unknown as File) : new File([], '');

/**
 * Chooses the dataset: a file the person opened, else an editor draft
 * (`draftId`, outside the editor), else `?data=`, else `?dataset=` from the
 * catalogue, else the first bundled one.
 */
export function useDatasetSource(
  datasetId: string | null,
  dataUrl: string | null,
  draftId: string | null = null,
): DatasetSource {
  const [file, setFile] = useState<{ file: File; key: string } | null>(null);
  const check = dataUrl ? checkDataUrl(dataUrl, pageBase(), ALLOWED_DATA_ORIGINS) : null;
  const useDraft = !file && draftId !== null;
  const useUrl = !file && !useDraft && check?.ok === true;
  const catalogue = useQuery({ ...catalogueQueryOptions(appBase()), enabled: !file && !useUrl && !useDraft });
  const entry: CatalogueEntry | undefined = catalogue.data
    ? chooseCatalogueEntry(catalogue.data, datasetId)
    : undefined;
  const url = useUrl && check?.ok ? check.url : (entry?.url ?? '');
  const fromUrl = useQuery({ ...datasetQueryOptions(url), enabled: !file && !useDraft && url !== '' });
  const fromFile = useQuery({
    ...fileDatasetQueryOptions(file?.file ?? NO_FILE, file?.key ?? ''),
    enabled: file !== null,
  });
  const fromDraft = useQuery({ ...draftDatasetQueryOptions(draftId ?? ''), enabled: useDraft });
  const origin: DatasetOrigin = file
    ? { kind: 'file', name: file.file.name }
    : useDraft && draftId
      ? { kind: 'draft', id: draftId }
      : useUrl && check?.ok
        ? { kind: 'url', url: check.url, foreign: check.foreign, host: check.host }
        : { kind: 'bundled' };
  const active = file ? fromFile : useDraft ? fromDraft : fromUrl;
  return {
    origin,
    result: active.data,
    error: file ? fromFile.error : useDraft ? fromDraft.error : (catalogue.error ?? fromUrl.error),
    retry: () =>
      void (file
        ? fromFile.refetch()
        : useDraft
          ? fromDraft.refetch()
          : catalogue.error
            ? catalogue.refetch()
            : fromUrl.refetch()),
    openFile: (f) => setFile({ file: f, key: `${f.name}:${f.size}:${f.lastModified}:${Date.now()}` }),
    closeFile: () => setFile(null),
    refusedDataUrl: check && !check.ok ? check.reason : null,
    unknownDatasetId:
      !useUrl && datasetId !== null && Boolean(catalogue.data) && !catalogue.data?.some((d) => d.id === datasetId),
  };
}
