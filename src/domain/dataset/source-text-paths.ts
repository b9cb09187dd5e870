/**
 * Where a `linimasa/1` dataset's sources keep their plain-text copies, read
 * from the raw JSON before it is validated: the loader fetches these, and
 * the validation worker need not wait for them when there are none.
 */

import { isJsonObject } from '@/domain/dataset/json';

/** A source that names a text file: its index in `sources`, its id and the path it gives (relative to the dataset). */
export interface SourceTextPath {
  readonly index: number;
  readonly id: string;
  readonly path: string;
}

/** The `sources[i].text` paths of a raw dataset (anything else: none), read defensively: it is not validated yet. */
export function sourceTextPaths(raw: unknown): SourceTextPath[] {
  if (!isJsonObject(raw) || !Array.isArray(raw.sources)) return [];
  return raw.sources.flatMap((s: unknown, index) =>
    isJsonObject(s) && typeof s.id === 'string' && typeof s.text === 'string'
      ? [{ index, id: s.id, path: s.text }]
      : [],
  );
}
