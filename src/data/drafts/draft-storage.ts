/**
 * Drafts in the browser's IndexedDB (through `idb`): each draft with its
 * undo history and a revision number, and beside it a small summary for the
 * list of drafts (title, event count, last change). A save names the
 * revision it builds on and is refused when another tab has written since,
 * so no tab overwrites another's work silently.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DraftHistory } from '@/domain/draft/draft-history';
import type { Draft, DraftText } from '@/domain/draft/draft-model';
import { readStoredDraft, type ReadDraftResult } from '@/domain/draft/read-draft';

const DB_NAME = 'linimasa-drafts';
const DB_VERSION = 1;

/** A draft in the list of drafts. `updated` is ms since epoch. */
export interface DraftSummary {
  readonly id: string;
  readonly title: DraftText;
  readonly eventCount: number;
  readonly updated: number;
}

interface DraftRow {
  readonly id: string;
  readonly revision: number;
  readonly updated: number;
  /** `{ draft, history }`, read back through `readStoredDraft`. */
  readonly stored: unknown;
}

interface DraftsDb extends DBSchema {
  drafts: { key: string; value: DraftRow };
  summaries: { key: string; value: DraftSummary };
}

/** A draft read from storage, with the revision a save must build on. */
export interface LoadedDraft {
  readonly read: ReadDraftResult;
  readonly revision: number;
}

/** The outcome of a save: the new revision, or the revision another tab wrote meanwhile. */
export type SaveOutcome =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly conflict: true; readonly revision: number };

/** The browser refused to keep drafts (private mode, storage blocked or full); `reason` says what it said. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** Where drafts are kept; one connection, shared by whoever needs it. */
export interface DraftStorage {
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<LoadedDraft | null>;
  /** Saves a draft built on `baseRevision` (0: a new draft); refused when another tab saved a newer one, unless `force`. */
  save(draft: Draft, history: DraftHistory, baseRevision: number, force?: boolean): Promise<SaveOutcome>;
  remove(id: string): Promise<void>;
}

function describe(error: unknown): string {
  if (error instanceof DOMException) return `${error.name}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

class IdbDraftStorage implements DraftStorage {
  constructor(private readonly db: IDBPDatabase<DraftsDb>) {}

  async list(): Promise<DraftSummary[]> {
    const all = await this.db.getAll('summaries');
    return all.sort((a, b) => b.updated - a.updated);
  }

  async load(id: string): Promise<LoadedDraft | null> {
    const row = await this.db.get('drafts', id);
    return row ? { read: readStoredDraft(row.stored), revision: row.revision } : null;
  }

  async save(draft: Draft, history: DraftHistory, baseRevision: number, force = false): Promise<SaveOutcome> {
    const tx = this.db.transaction(['drafts', 'summaries'], 'readwrite');
    const drafts = tx.objectStore('drafts');
    const current = await drafts.get(draft.id);
    const revision = current?.revision ?? 0;
    if (revision !== baseRevision && !force) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, conflict: true, revision };
    }
    const updated = Date.now();
    const next = revision + 1;
    await drafts.put({ id: draft.id, revision: next, updated, stored: { draft, history } });
    await tx.objectStore('summaries').put({
      id: draft.id,
      title: draft.story.title,
      eventCount: draft.events.length,
      updated,
    });
    await tx.done;
    return { ok: true, revision: next };
  }

  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(['drafts', 'summaries'], 'readwrite');
    await Promise.all([tx.objectStore('drafts').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
  }
}

let opening: Promise<DraftStorage> | null = null;

/**
 * Opens the drafts database once; rejects with `StorageUnavailableError`
 * when the browser refuses (no IndexedDB, private mode, blocked by
 * settings), and a later call tries again.
 */
export function openDraftStorage(): Promise<DraftStorage> {
  opening ??= (async () => {
    if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('this browser keeps no IndexedDB here');
    try {
      const db = await openDB<DraftsDb>(DB_NAME, DB_VERSION, {
        upgrade(database) {
          database.createObjectStore('drafts', { keyPath: 'id' });
          database.createObjectStore('summaries', { keyPath: 'id' });
        },
      });
      return new IdbDraftStorage(db);
    } catch (error) {
      throw new StorageUnavailableError(describe(error));
    }
  })().catch((error: unknown) => {
    opening = null;
    throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(describe(error));
  });
  return opening;
}

/** A sentence for a failed write or read, naming a full disk plainly. */
export function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'the browser has no room left for drafts (storage is full)';
  }
  return describe(error);
}
