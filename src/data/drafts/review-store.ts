/**
 * The review of an article's proposals, kept in this tab's session storage
 * beside its draft: a reload, or a crash of the page, finds the proposals
 * still to review as the person left them. The draft itself, with every
 * accepted proposal, is in IndexedDB (draft-storage.ts); the review is the
 * person's worksheet for it and lasts as long as the tab.
 */
import type { Review } from '@/domain/review/review-model';

const KEY_PREFIX = 'linimasa-review:';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a stored value has the shape of a review (as this page wrote it; anything else is dropped). */
function looksLikeReview(value: unknown): value is Review {
  if (!isObject(value) || typeof value.sourceId !== 'string' || !isObject(value.matches)) return false;
  const { extraction, items, actors } = value;
  if (!isObject(extraction) || typeof extraction.text !== 'string' || typeof extraction.published !== 'string')
    return false;
  if (extraction.language !== 'id' && extraction.language !== 'en') return false;
  if (!Array.isArray(extraction.furniture) || !Array.isArray(actors) || !Array.isArray(items)) return false;
  return items.every(
    (item: unknown) =>
      isObject(item) &&
      isObject(item.proposal) &&
      typeof item.proposal.id === 'string' &&
      Array.isArray(item.proposal.evidence) &&
      Array.isArray(item.proposal.cues),
  );
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // A page whose storage is refused (sandboxed, blocked) keeps the review in the page only.
    return null;
  }
}

/** Keeps the review of draft `draftId`; nothing happens when the browser refuses or the storage is full. */
export function saveReview(draftId: string, review: Review): void {
  try {
    storage()?.setItem(KEY_PREFIX + draftId, JSON.stringify(review));
  } catch {
    // Full or refused: the review then lives in the page only, and the accepted events are saved all the same.
  }
}

/** The review kept for draft `draftId` in this tab, or null when there is none (or it cannot be read). */
export function loadReview(draftId: string): Review | null {
  try {
    const stored = storage()?.getItem(KEY_PREFIX + draftId);
    if (!stored) return null;
    const value: unknown = JSON.parse(stored);
    return looksLikeReview(value) ? value : null;
  } catch {
    return null;
  }
}
