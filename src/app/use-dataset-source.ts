import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { catalogueQueryOptions, type CatalogueEntry } from '@/data/catalogue';
import { checkDataUrl } from '@/data/data-origin';
import {
  datasetQueryOptions,
  draftDatasetQueryOptions,
  fileDatasetQueryOptions,
  type LoadedDataset,
} from '@/data/dataset-query';

/** Where the dataset on screen comes from. */
export type DatasetOrigin =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'url'; readonly url: string; readonly foreign: boolean; readonly host: string }
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'draft'; readonly id: string };

/** The dataset to show, its origin, its loading state, and a way to open a file instead. */
export interface DatasetSource {
  readonly origin: DatasetOrigin;
  readonly loaded: LoadedDataset | undefined;
  readonly error: Error | null;
  readonly retry: () => void;
  readonly openFile: (file: File) => void;
  /** Back to what the link asked for, after a file that failed. */
  readonly closeFile: () => void;
  /** A `?data=` value that was refused, with why. */
  readonly refusedDataUrl: string | null;
  readonly unknownDatasetId: boolean;
}

function appBase(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

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
  const check = dataUrl
    ? checkDataUrl(dataUrl, window.location.href, import.meta.env.VITE_ALLOWED_DATA_ORIGINS ?? '')
    : null;
  const useDraft = !file && draftId !== null;
  const useUrl = !file && !useDraft && check?.ok === true;
  const catalogue = useQuery({ ...catalogueQueryOptions(appBase()), enabled: !file && !useUrl && !useDraft });
  const entry: CatalogueEntry | undefined = catalogue.data?.find((d) => d.id === datasetId) ?? catalogue.data?.[0];
  const url = useUrl && check?.ok ? check.url : (entry?.url ?? '');
  const fromUrl = useQuery({ ...datasetQueryOptions(url), enabled: !file && !useDraft && url !== '' });
  const fromFile = useQuery({
    ...fileDatasetQueryOptions(file?.file ?? new File([], ''), file?.key ?? ''),
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
    loaded: active.data,
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
