/**
 * One open draft: the document, its undo history, and saving it. Every
 * change is a command (domain/draft/draft-commands.ts) recorded as a patch;
 * saving starts only once the stored copy has been loaded, is throttled
 * (a change is written within `SAVE_DELAY_MS`, never later than a second),
 * retries a failed write with a growing pause while saying so, and is
 * flushed when the page is hidden or closed. Tabs are told of each other
 * (draft-channel.ts), and a save is refused when another tab wrote first
 * (draft-storage.ts), so two tabs never overwrite each other silently.
 */
import {
  EMPTY_HISTORY,
  recordStep,
  redoStep,
  undoStep,
  type DraftHistory,
  type HistoryStep,
} from '@/domain/draft/draft-history';
import { diffValues } from '@/domain/draft/draft-patches';
import type { Draft } from '@/domain/draft/draft-model';
import { openDraftChannel, type DraftChannel, type DraftMessage } from '@/data/drafts/draft-channel';
import { describeStorageError, type DraftStorage } from '@/data/drafts/draft-storage';

/** How long after a change it is written, ms: well within the second a change may wait. */
export const SAVE_DELAY_MS = 300;
/** The longest pause between retries of a failed write, ms. */
const MAX_RETRY_MS = 30_000;
/** How long a tab taking a draft over waits for the other tab to save and let go, ms. */
const RELEASE_WAIT_MS = 3000;

/** Where the draft's saving stands. Instants are ms since epoch. */
export type SaveState =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string }
  /** The browser keeps no drafts here: the draft lives only in this page until it is downloaded. */
  | { readonly kind: 'unavailable'; readonly message: string };

/**
 * This tab's hold on the draft: editing it (`owner`); told that another tab
 * has it open (`elsewhere`); handed it to another tab (`taken`); or found
 * that another tab saved it meanwhile (`conflict`). Only the owner saves.
 */
export type TabHold = 'owner' | 'elsewhere' | 'taken' | 'conflict';

/** What the editor draws from. */
export interface SessionSnapshot {
  readonly draft: Draft;
  readonly history: DraftHistory;
  readonly save: SaveState;
  readonly hold: TabHold;
  /** The step the last undo or redo replayed, for showing where it changed things. */
  readonly replayed: { readonly kind: 'undo' | 'redo'; readonly step: HistoryStep; readonly serial: number } | null;
}

/** What a session needs from its surroundings; tests give their own. */
export interface SessionOptions {
  /** Null: the browser refused storage (the message says why); the draft is kept in memory only. */
  readonly storage: DraftStorage | null;
  readonly unavailableMessage?: string;
  readonly openChannel?: (receive: (message: DraftMessage) => void) => DraftChannel;
  /** Where `pagehide` and `visibilitychange` are heard; none in tests. */
  readonly page?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly now?: () => number;
}

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A new id for a draft in storage. */
export function newDraftId(): string {
  return `draft-${randomId()}`;
}

/** One open draft; read it with `getSnapshot`/`subscribe` (as `useSyncExternalStore` does), change it with `apply`, `undo`, `redo`. */
export class DraftSession {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly tab = randomId();
  private readonly channel: DraftChannel;
  private revision: number;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private retryMs = 1000;
  private serial = 0;
  private releaseWaiter: (() => void) | null = null;
  private disposed = false;
  private readonly now: () => number;

  constructor(
    draft: Draft,
    history: DraftHistory,
    revision: number,
    private readonly options: SessionOptions,
  ) {
    this.revision = revision;
    this.now = options.now ?? Date.now;
    const save: SaveState = options.storage
      ? { kind: 'saved', at: this.now() }
      : { kind: 'unavailable', message: options.unavailableMessage ?? 'the browser keeps no drafts here' };
    this.snapshot = { draft, history, save, hold: 'owner', replayed: null };
    this.channel = (options.openChannel ?? openDraftChannel)((message) => this.receive(message));
    options.page?.addEventListener('pagehide', this.onHide);
    options.page?.addEventListener('visibilitychange', this.onHide);
    // Ask whether another tab is editing this draft already; one that is answers "here".
    if (options.storage) this.channel.post({ type: 'open', draftId: draft.id, tab: this.tab });
    // A draft that was never stored (a new one) is written at once.
    if (options.storage && revision === 0) this.markDirty();
  }

  /** The current snapshot; a new object after every change. */
  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  /**
   * Applies a command to the draft and records it for undo; changes with the
   * same `key` (a field being typed in) close together make one step.
   * Nothing happens unless this tab holds the draft.
   */
  apply(command: (draft: Draft) => Draft, key?: string): void {
    if (this.snapshot.hold !== 'owner') return;
    const before = this.snapshot.draft;
    const after = command(before);
    const changes = diffValues(before, after);
    if (changes.length === 0) return;
    this.set({ draft: after, history: recordStep(this.snapshot.history, changes, this.now(), key) });
    this.markDirty();
  }

  /** Undoes the last step, if any. */
  undo(): void {
    this.replay('undo');
  }

  /** Redoes the last undone step, if any. */
  redo(): void {
    this.replay('redo');
  }

  private replay(kind: 'undo' | 'redo'): void {
    if (this.snapshot.hold !== 'owner') return;
    const replayed = (kind === 'undo' ? undoStep : redoStep)(this.snapshot.draft, this.snapshot.history);
    if (!replayed) return;
    this.serial += 1;
    this.set({
      draft: replayed.document,
      history: replayed.history,
      replayed: { kind, step: replayed.step, serial: this.serial },
    });
    this.markDirty();
  }

  private markDirty(): void {
    if (!this.options.storage) return;
    this.dirty = true;
    if (this.snapshot.save.kind !== 'failed') this.set({ save: { kind: 'pending' } });
    this.schedule(SAVE_DELAY_MS);
  }

  private schedule(delay: number): void {
    // Throttled, not debounced: steady typing is still written every SAVE_DELAY_MS.
    if (this.timer !== null || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, delay);
  }

  /** Writes the draft now if it has unsaved changes; resolves once written (or failed). */
  flush = async (): Promise<void> => {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.write();
  };

  // On `pagehide`, and on `visibilitychange` too: a phone may hide a tab and never fire pagehide.
  // With nothing unsaved, a flush writes nothing.
  private onHide = (): void => void this.flush();

  private async write(): Promise<void> {
    if (this.writing) {
      await this.writing;
      if (this.dirty) await this.write();
      return;
    }
    const { storage } = this.options;
    if (!storage || !this.dirty || this.snapshot.hold !== 'owner') return;
    this.writing = this.writeOnce(storage);
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
  }

  private async writeOnce(storage: DraftStorage, force = false): Promise<void> {
    const { draft, history } = this.snapshot;
    this.dirty = false;
    this.set({ save: { kind: 'saving' } });
    try {
      const outcome = await storage.save(draft, history, this.revision, force);
      if (!outcome.ok) {
        this.dirty = true;
        this.set({ hold: 'conflict', save: { kind: 'pending' } });
        return;
      }
      this.revision = outcome.revision;
      this.retryMs = 1000;
      this.channel.post({ type: 'saved', draftId: draft.id, tab: this.tab, revision: outcome.revision });
      // Changes made while writing are written next.
      this.set({ save: this.dirty ? { kind: 'pending' } : { kind: 'saved', at: this.now() } });
      if (this.dirty) this.schedule(SAVE_DELAY_MS);
    } catch (error) {
      this.dirty = true;
      this.set({ save: { kind: 'failed', message: describeStorageError(error) } });
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    }
  }

  private receive(message: DraftMessage): void {
    const { draft } = this.snapshot;
    if (message.draftId !== draft.id || message.tab === this.tab || this.disposed) return;
    const { hold } = this.snapshot;
    switch (message.type) {
      case 'open':
        if (hold === 'owner') this.channel.post({ type: 'here', draftId: draft.id, tab: this.tab });
        break;
      case 'here':
        if (hold === 'owner' && this.revision > 0) this.set({ hold: 'elsewhere' });
        break;
      case 'take-over':
        if (hold === 'owner' || hold === 'conflict') {
          const release = () => {
            this.set({ hold: 'taken' });
            this.channel.post({ type: 'released', draftId: draft.id, tab: this.tab });
          };
          if (hold === 'owner') void this.flush().then(release);
          else release();
        }
        break;
      case 'released':
        this.releaseWaiter?.();
        break;
      case 'saved':
        if (hold === 'owner') this.set({ hold: 'conflict' });
        break;
    }
  }

  /** Reads the draft again from storage (what another tab saved), dropping this tab's unsaved changes. */
  async reload(): Promise<void> {
    const { storage } = this.options;
    if (!storage) return;
    const loaded = await storage.load(this.snapshot.draft.id);
    if (!loaded?.read.ok) return;
    this.revision = loaded.revision;
    this.dirty = false;
    const hold = this.snapshot.hold === 'conflict' ? 'owner' : this.snapshot.hold;
    this.set({ draft: loaded.read.draft, history: loaded.read.history, hold, save: { kind: 'saved', at: this.now() } });
  }

  /**
   * Makes this tab the one that edits the draft: the other tab saves what it
   * has and lets go. After a conflict this tab's version is kept and
   * written over the other's; otherwise the latest saved version is read first.
   */
  async takeOver(): Promise<void> {
    const { storage } = this.options;
    if (!storage) return;
    const draftId = this.snapshot.draft.id;
    const keepMine = this.snapshot.hold === 'conflict';
    await new Promise<void>((resolve) => {
      const timeout = setTimeout(resolve, RELEASE_WAIT_MS);
      this.releaseWaiter = () => {
        clearTimeout(timeout);
        resolve();
      };
      this.channel.post({ type: 'take-over', draftId, tab: this.tab });
    });
    this.releaseWaiter = null;
    if (keepMine) {
      this.set({ hold: 'owner' });
      this.dirty = true;
      await this.writeOnce(storage, true);
      return;
    }
    this.set({ hold: 'owner' });
    await this.reload();
  }

  /** Stops listening and writes what is unsaved. */
  async dispose(): Promise<void> {
    this.options.page?.removeEventListener('pagehide', this.onHide);
    this.options.page?.removeEventListener('visibilitychange', this.onHide);
    await this.flush();
    this.disposed = true;
    this.channel.close();
  }
}

/** Opens draft `id` from storage; null when there is no such draft, or a sentence when it cannot be read. */
export async function openDraftSession(
  id: string,
  options: SessionOptions & { readonly storage: DraftStorage },
): Promise<DraftSession | { readonly message: string } | null> {
  const loaded = await options.storage.load(id);
  if (!loaded) return null;
  if (!loaded.read.ok) return { message: loaded.read.message };
  return new DraftSession(loaded.read.draft, loaded.read.history, loaded.revision, options);
}

/** Starts a session on a new draft (written at once when there is storage). */
export function createDraftSession(draft: Draft, options: SessionOptions, history = EMPTY_HISTORY): DraftSession {
  return new DraftSession(draft, history, 0, options);
}
