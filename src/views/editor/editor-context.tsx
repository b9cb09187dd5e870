/**
 * What every part of the editor needs: the draft, the way to change it,
 * the editor's words, the problems the parser found (by JSON path), and
 * the way to go to a field.
 */
import { createContext, useContext } from 'react';
import type { DatasetIssue } from '@/domain/dataset/model';
import type { Draft } from '@/domain/draft/draft-model';
import { isWithin } from '@/domain/draft/draft-paths';
import type { EditorT } from '@/views/editor/use-editor-t';

/** The editor's shared state and actions. */
export interface EditorContextValue {
  readonly draft: Draft;
  /** Applies a command; changes with the same `key` close in time are one undo step. */
  readonly apply: (command: (draft: Draft) => Draft, key?: string) => void;
  readonly t: EditorT;
  /** The interface language, for dates and names of languages. */
  readonly language: string;
  readonly errors: readonly DatasetIssue[];
  readonly warnings: readonly DatasetIssue[];
  /** Shows the field at a JSON path (switching part and item as needed) and focuses it. */
  readonly goTo: (path: string) => void;
}

const EditorContext = createContext<EditorContextValue | null>(null);

/** Provides the editor's context. */
export const EditorProvider = EditorContext.Provider;

/** The editor's context; only inside the editor. */
export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor needs the editor around it');
  return value;
}

/** The problems to show at a field: those at its path or inside it, and those at `group` itself (a text in several languages, a list). */
export function useFieldProblems(path: string, group?: string): { errors: DatasetIssue[]; warnings: DatasetIssue[] } {
  const { errors, warnings } = useEditor();
  const mine = (issue: DatasetIssue) => isWithin(issue.path, path) || issue.path === group;
  return { errors: errors.filter(mine), warnings: warnings.filter(mine) };
}

/** An element id for the field at a JSON path. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
