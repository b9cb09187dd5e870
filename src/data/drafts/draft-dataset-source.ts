/**
 * A draft shown in the viewer ("Open in the viewer"): read from the
 * browser's storage and checked as the editor checks it. Fetched on demand,
 * so the viewer's first download carries none of this.
 */
import type { DatasetIssue } from '@/domain/dataset/model';
import { checkDraft } from '@/data/drafts/check-draft';
import { openDraftStorage } from '@/data/drafts/draft-storage';
import type { LoadResult } from '@/data/load-dataset';

function problem(message: string): LoadResult {
  const problems: DatasetIssue[] = [{ path: '$', message }];
  return { ok: false, problems, warnings: [], truncated: 0 };
}

/** The dataset draft `id` makes, or the problems that stop it (a draft missing from this browser is one). */
export async function loadDraftDataset(id: string): Promise<LoadResult> {
  const storage = await openDraftStorage();
  const loaded = await storage.load(id);
  if (!loaded) return problem('this draft is not in this browser');
  if (!loaded.read.ok) return problem(loaded.read.message);
  const result = await checkDraft(loaded.read.draft);
  if (!result.ok) return result;
  const value = { url: `draft:${id}`, dataset: result.value, format: 'linimasa' as const, report: [] };
  return { ok: true, value, warnings: result.warnings };
}
