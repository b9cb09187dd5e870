/**
 * Checks of one object of a dataset, whatever its kind: fields the format
 * does not know, texts in languages the dataset does not list, references to
 * ids. Each reports to an `IssueSink`, and builds a path only for what it
 * reports.
 */
import { didYouMean, type IssueSink, type Path } from '@/domain/dataset/dataset-issues';
import { field, isJsonObject, list, type Json } from '@/domain/dataset/json';
import { actorSchema, datasetSchema, eventSchema, evidenceSchema, sourceSchema } from '@/domain/dataset/schema';
import { placeSchema } from '@/domain/dataset/place-schema';

/** The kinds of object in a dataset. */
export type ObjectKind = 'dataset' | 'source' | 'actor' | 'event' | 'evidence' | 'place';

// Known fields per object, from the schema itself so the two cannot drift.
const KNOWN_FIELDS: Readonly<Record<ObjectKind, readonly string[]>> = {
  dataset: Object.keys(datasetSchema.shape),
  source: Object.keys(sourceSchema.shape),
  actor: Object.keys(actorSchema.shape),
  event: Object.keys(eventSchema.shape),
  evidence: Object.keys(evidenceSchema.shape),
  place: Object.keys(placeSchema.shape),
};

/** The fields objects of each kind have. */
export const KNOWN_FIELD_SETS: Readonly<Record<ObjectKind, ReadonlySet<string>>> = {
  dataset: new Set(KNOWN_FIELDS.dataset),
  source: new Set(KNOWN_FIELDS.source),
  actor: new Set(KNOWN_FIELDS.actor),
  event: new Set(KNOWN_FIELDS.event),
  evidence: new Set(KNOWN_FIELDS.evidence),
  place: new Set(KNOWN_FIELDS.place),
};

/** Where an object of each kind sits, from its index (and, for evidence, its event's index). */
const PATH_OF: Readonly<Record<ObjectKind, (i: number, k: number) => Path>> = {
  dataset: () => [],
  source: (i) => ['sources', i],
  actor: (i) => ['actors', i],
  event: (i) => ['events', i],
  evidence: (i, k) => ['events', i, 'evidence', k],
  place: (i) => ['places', i],
};

/** Warns about each field of `value` that objects of its kind do not have; `i` and `k` place it. */
export function warnUnknownFields(value: unknown, kind: ObjectKind, i: number, k: number, sink: IssueSink): void {
  if (!isJsonObject(value)) return;
  const known = KNOWN_FIELD_SETS[kind];
  for (const key in value) {
    if (!Object.hasOwn(value, key) || known.has(key)) continue;
    sink.warn(
      [...PATH_OF[kind](i, k), key],
      `unknown field ${JSON.stringify(key)} is ignored${didYouMean(key, KNOWN_FIELDS[kind])}`,
    );
  }
}

/** Warns about unknown fields of one event and of each piece of its evidence. */
export function warnUnknownEventFields(event: unknown, i: number, sink: IssueSink): void {
  warnUnknownFields(event, 'event', i, 0, sink);
  const evidence = list(field(event, 'evidence'));
  for (let k = 0; k < evidence.length; k += 1) warnUnknownFields(evidence[k], 'evidence', i, k, sink);
}

function textPath(collection: string | null, i: number, name: string): Path {
  return collection === null ? [name] : [collection, i, name];
}

/** The dataset's languages (`locales`, the first being the default), against which each text is checked. */
export class LocaleRules {
  readonly locales: readonly unknown[];
  /** The listed tags in lower case, in the order of `locales`. */
  readonly tags: readonly string[];
  private readonly defaultLocale: string | undefined;
  private readonly defaultTag: string | undefined;
  private readonly listed: ReadonlySet<string>;
  private readonly tagSet: ReadonlySet<string>;

  constructor(root: Json) {
    const locales = list(field(root, 'locales'));
    const tags = locales.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.toLowerCase());
    this.locales = locales;
    this.tags = tags;
    this.defaultLocale = typeof locales[0] === 'string' ? locales[0] : undefined;
    this.defaultTag = this.defaultLocale?.toLowerCase();
    // Tags as written are the usual case; lower-casing is left for the others.
    this.listed = new Set([...locales.filter((tag): tag is string => typeof tag === 'string'), ...tags]);
    this.tagSet = new Set(tags);
  }

  /** True when a text may have `key` as a language: every key may when `locales` lists none. */
  isListed(key: string): boolean {
    return this.tags.length === 0 || this.listed.has(key) || this.tagSet.has(key.toLowerCase());
  }

  /** True when `key` names the default language; every key does when there is none. */
  isDefault(key: string): boolean {
    return this.defaultLocale === undefined || key === this.defaultLocale || key.toLowerCase() === this.defaultTag;
  }

  /** Checks one text (language → string) at `collection[i].name`, or at `name` on the root when `collection` is null. */
  check(value: unknown, collection: string | null, i: number, name: string, sink: IssueSink): void {
    if (!isJsonObject(value)) return;
    let hasDefault = false;
    let empty = true;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      empty = false;
      // zod's record skips a `__proto__` key entirely, so it is checked here.
      if (key === '__proto__')
        sink.error(
          [...textPath(collection, i, name), key],
          '"__proto__" is not a BCP 47 language tag (examples: en, id, pt-BR)',
        );
      else if (!this.isListed(key))
        sink.warn(
          [...textPath(collection, i, name), key],
          `language ${JSON.stringify(key)} is not listed in "locales"`,
        );
      if (!hasDefault && this.isDefault(key)) hasDefault = true;
    }
    if (!empty && !hasDefault) {
      sink.error(
        textPath(collection, i, name),
        `has no text in the default language ${JSON.stringify(this.defaultLocale)} (the first of "locales")`,
      );
    }
  }

  /** Checks the three texts of one event. */
  checkEvent(event: unknown, i: number, sink: IssueSink): void {
    this.check(field(event, 'dateText'), 'events', i, 'dateText', sink);
    this.check(field(event, 'title'), 'events', i, 'title', sink);
    this.check(field(event, 'summary'), 'events', i, 'summary', sink);
  }
}

/** Reports `value` at `path` when it is a non-empty string that is not one of `ids`; the schema reports the other values. */
export function checkReference(
  value: unknown,
  ids: ReadonlyMap<string, number>,
  kind: string,
  path: Path,
  sink: IssueSink,
): void {
  if (typeof value !== 'string' || value === '' || ids.has(value)) return;
  sink.error(path, () => `no ${kind} has the id ${JSON.stringify(value)}${didYouMean(value, ids.keys())}`);
}

/** Ids of one kind mapped to the index that first used each. */
export function firstIndexById(items: readonly unknown[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (let i = 0; i < items.length; i += 1) {
    const id = field(items[i], 'id');
    if (typeof id === 'string' && !ids.has(id)) ids.set(id, i);
  }
  return ids;
}

/** Ids of one kind mapped to the index that first used each; later uses are reported as duplicates. */
export function collectIds(
  items: readonly unknown[],
  kind: string,
  collection: string,
  sink: IssueSink,
): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const id = field(item, 'id');
    if (typeof id !== 'string') return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else
      sink.error(
        [collection, i, 'id'],
        `duplicate ${kind} id ${JSON.stringify(id)}: ${collection}[${first}] already uses it`,
      );
  });
  return ids;
}
