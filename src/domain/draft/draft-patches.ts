/**
 * Patches between two versions of plain data (objects, lists, strings,
 * numbers): what undo and redo replay, and what the history keeps across
 * reloads. A patch is found by comparing two versions that share what did
 * not change (commands copy only the path they change), so it holds only
 * the changed parts; it can be applied forwards or inverted.
 */

/** A step into plain data: an object key or a list index. */
export type PatchPath = readonly (string | number)[];

/** One change: a value set at a path (undefined before or after: absent), or items replaced in a list. */
export type Change =
  | { readonly kind: 'set'; readonly path: PatchPath; readonly before: unknown; readonly after: unknown }
  | {
      readonly kind: 'splice';
      readonly path: PatchPath;
      readonly index: number;
      readonly removed: readonly unknown[];
      readonly inserted: readonly unknown[];
    };

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diffInto(a: unknown, b: unknown, path: PatchPath, out: Change[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i += 1) diffInto(a[i], b[i], [...path, i], out);
      return;
    }
    // Items kept at either end (the same objects) are left out of the splice.
    let head = 0;
    while (head < a.length && head < b.length && Object.is(a[head], b[head])) head += 1;
    let tail = 0;
    while (
      tail < a.length - head &&
      tail < b.length - head &&
      Object.is(a[a.length - 1 - tail], b[b.length - 1 - tail])
    )
      tail += 1;
    out.push({
      kind: 'splice',
      path,
      index: head,
      removed: a.slice(head, a.length - tail),
      inserted: b.slice(head, b.length - tail),
    });
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of Object.keys(a)) {
      if (!Object.hasOwn(b, key)) out.push({ kind: 'set', path: [...path, key], before: a[key], after: undefined });
      else diffInto(a[key], b[key], [...path, key], out);
    }
    for (const key of Object.keys(b)) {
      if (!Object.hasOwn(a, key)) out.push({ kind: 'set', path: [...path, key], before: undefined, after: b[key] });
    }
    return;
  }
  out.push({ kind: 'set', path, before: a, after: b });
}

/** The changes that turn `before` into `after`; empty when they are equal. */
export function diffValues(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  diffInto(before, after, [], out);
  return out;
}

/** A copy of `value` with `path` replaced by `update(old)`; only the objects along the path are copied. */
function updateAt(value: unknown, path: PatchPath, depth: number, update: (old: unknown) => unknown): unknown {
  if (depth === path.length) return update(value);
  const key = path[depth] as string | number;
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = value.slice();
    copy[key] = updateAt(value[key], path, depth + 1, update);
    return copy;
  }
  const base: Plain = isPlainObject(value) ? value : {};
  const next = updateAt(Object.hasOwn(base, String(key)) ? base[String(key)] : undefined, path, depth + 1, update);
  const copy: Plain = { ...base };
  if (next === undefined) delete copy[String(key)];
  else Object.defineProperty(copy, String(key), { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

function applyOne<T>(value: T, change: Change): T {
  if (change.kind === 'set') return updateAt(value, change.path, 0, () => change.after) as T;
  return updateAt(value, change.path, 0, (old) => {
    const list = Array.isArray(old) ? old.slice() : [];
    list.splice(change.index, change.removed.length, ...change.inserted);
    return list;
  }) as T;
}

/** `value` with `changes` applied in order; `value` itself is left as it was. */
export function applyChanges<T>(value: T, changes: readonly Change[]): T {
  return changes.reduce(applyOne, value);
}

/** The changes that undo `changes`: each inverted, in reverse order. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return changes
    .slice()
    .reverse()
    .map((c) =>
      c.kind === 'set'
        ? { kind: 'set', path: c.path, before: c.after, after: c.before }
        : { kind: 'splice', path: c.path, index: c.index, removed: c.inserted, inserted: c.removed },
    );
}

function samePath(a: PatchPath, b: PatchPath): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/**
 * `first` followed by `second` as one list of changes; a value set twice at
 * the same path becomes one change (typing a word is one step, not one per key).
 */
export function concatChanges(first: readonly Change[], second: readonly Change[]): Change[] {
  const only = (list: readonly Change[]) => (list.length === 1 ? list[0] : undefined);
  const a = only(first);
  const b = only(second);
  if (a?.kind === 'set' && b?.kind === 'set' && samePath(a.path, b.path)) {
    return [{ kind: 'set', path: a.path, before: a.before, after: b.after }];
  }
  return [...first, ...second];
}
