/**
 * Undo and redo for a draft: a history of steps, each the patch one command
 * made (draft-patches.ts). Consecutive changes to the same field within a
 * moment become one step, as a text field's own undo does; the history keeps
 * the last `HISTORY_LIMIT` steps and is stored with the draft, so undo works
 * across reloads. Instants are ms since epoch.
 */
import { applyChanges, concatChanges, invertChanges, type Change } from '@/domain/draft/draft-patches';

/** Steps kept for undo (and for redo). */
export const HISTORY_LIMIT = 100;

/** Changes to one field closer together than this (ms) join one step. */
export const COALESCE_MS = 1000;

/** One step of the history: the changes of one command (or of a run of typing in one field). */
export interface HistoryStep {
  readonly changes: readonly Change[];
  /** When the step was last extended, ms since epoch. */
  readonly at: number;
  /** Steps with the same key close in time join (the field being typed in); none: never joined. */
  readonly key?: string;
}

/** What can be undone (oldest first) and redone (next first). */
export interface DraftHistory {
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
}

/** A history with nothing to undo or redo. */
export const EMPTY_HISTORY: DraftHistory = { past: [], future: [] };

/**
 * The history after a command made `changes` at `at` (ms): a new step, or
 * the last one extended when it has the same `key` and is less than
 * `COALESCE_MS` old. Redo is forgotten, as in any editor.
 */
export function recordStep(history: DraftHistory, changes: readonly Change[], at: number, key?: string): DraftHistory {
  if (changes.length === 0) return history;
  const last = history.past[history.past.length - 1];
  if (last && key !== undefined && last.key === key && at - last.at < COALESCE_MS) {
    const joined: HistoryStep = { changes: concatChanges(last.changes, changes), at, key };
    return { past: [...history.past.slice(0, -1), joined], future: [] };
  }
  const step: HistoryStep = key === undefined ? { changes, at } : { changes, at, key };
  return { past: [...history.past, step].slice(-HISTORY_LIMIT), future: [] };
}

/** The outcome of an undo or redo: the document, the history, and the step that was replayed. */
export interface Replayed<T> {
  readonly document: T;
  readonly history: DraftHistory;
  readonly step: HistoryStep;
}

/** Undoes the last step of `history` on `document`; null when there is nothing to undo. */
export function undoStep<T>(document: T, history: DraftHistory): Replayed<T> | null {
  const step = history.past[history.past.length - 1];
  if (!step) return null;
  return {
    document: applyChanges(document, invertChanges(step.changes)),
    // A replayed step never joins the next change.
    history: { past: history.past.slice(0, -1), future: [{ changes: step.changes, at: step.at }, ...history.future] },
    step,
  };
}

/** Redoes the next undone step of `history` on `document`; null when there is nothing to redo. */
export function redoStep<T>(document: T, history: DraftHistory): Replayed<T> | null {
  const step = history.future[0];
  if (!step) return null;
  return {
    document: applyChanges(document, step.changes),
    history: {
      past: [...history.past, { changes: step.changes, at: step.at }].slice(-HISTORY_LIMIT),
      future: history.future.slice(1),
    },
    step,
  };
}
