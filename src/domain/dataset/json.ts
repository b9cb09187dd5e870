/**
 * Reading unknown JSON (parsed input, a message, a catalogue) before it is
 * validated: whether a value is a JSON object, and its fields and lists,
 * read so that keys such as `__proto__` or `constructor` are only data.
 */

/** A JSON object: its fields by key. */
export type Json = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True for an object as `JSON.parse` makes it, whose prototype is
 * `Object.prototype` itself: a check that reads its fields as properties
 * meets no getter or class on the way.
 */
export function isPlainJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A field of a JSON object, or undefined; own properties only, so ids and keys like `__proto__` or `constructor` are data. */
export function field(value: unknown, key: string): unknown {
  return isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The value when it is a list, else an empty one. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
