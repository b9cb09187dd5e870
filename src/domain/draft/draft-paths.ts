/**
 * Where a JSON path of the published dataset (`events[2].title.en`, as the
 * parser names its problems) is in the draft: which part of the editor, and
 * which item. Also the other way: the JSON path of a change to the draft,
 * so undo can show the field it changed.
 */
import { formatPath } from '@/domain/dataset/dataset-issues';
import type { PatchPath } from '@/domain/draft/draft-patches';

/** The part of the editor a path belongs to, and the index of its item (-1 for the list as a whole). */
export interface DraftPlace {
  readonly part: 'story' | 'sources' | 'actors' | 'events';
  readonly index: number;
}

const LIST = /^(sources|actors|events)(?:\[(\d+)\])?/;

/** The part of the editor and the item a JSON path (`events[2].date`, `title.en`, `$`) points into. */
export function placeOfPath(path: string): DraftPlace {
  const match = LIST.exec(path);
  if (!match) return { part: 'story', index: -1 };
  return { part: match[1] as DraftPlace['part'], index: match[2] === undefined ? -1 : Number(match[2]) };
}

/** The path one step up (`events[2].title.en` → `events[2].title` → `events[2]` → `events`), or null at the top. */
export function parentPath(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : null;
}

/** True when a problem at `problem` belongs to the field at `field`: the same path, or one inside it. */
export function isWithin(problem: string, field: string): boolean {
  return problem === field || problem.startsWith(`${field}.`) || problem.startsWith(`${field}[`);
}

/** The JSON path of a place in the draft: `['story', 'title', 'en']` is `title.en`, a source's text (or its path) is `sources[0].text`. */
export function jsonPathOf(path: PatchPath): string {
  if (path[0] === 'story') return formatPath(path.slice(1));
  if (path[0] === 'sources' && path[2] === 'textPath') return formatPath([...path.slice(0, 2), 'text']);
  return formatPath(path);
}
