/**
 * A draft shown in the viewer ("Open in the viewer"): read from the
 * browser's storage and checked as the editor checks it. Fetched on demand,
 * so the viewer's first download carries none of this.
 */
import { DatasetError, type LoadedDataset } from '@/data/dataset-query';
import { checkDraft } from '@/data/drafts/check-draft';
import { openDraftStorage } from '@/data/drafts/draft-storage';

/** The dataset draft `id` makes; rejects with `DatasetError` when the draft is missing or has errors. */
export async function loadDraftDataset(id: string): Promise<LoadedDataset> {
  const where = `draft:${id}`;
  const storage = await openDraftStorage();
  const loaded = await storage.load(id);
  if (!loaded) throw new DatasetError(where, [{ path: '$', message: 'this draft is not in this browser' }], 0);
  if (!loaded.read.ok) throw new DatasetError(where, [{ path: '$', message: loaded.read.message }], 0);
  const result = await checkDraft(loaded.read.draft);
  if (!result.ok) throw new DatasetError(where, result.errors, result.truncated);
  return { url: where, dataset: result.dataset, warnings: result.warnings, format: 'linimasa', report: [] };
}
