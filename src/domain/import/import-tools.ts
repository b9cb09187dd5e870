/**
 * What every importer shares: its result and the notes it keeps, ids made
 * from names, texts cut to their limits, the dataset's id, title and locale,
 * and the stand-in actor for events whose actors are not known.
 */
import type { DatasetIssue } from '@/domain/dataset/model';
import type { DateSpan } from '@/domain/dates/date-span';
import { formatEdtfDay } from '@/domain/dates/edtf';
import { EDTF_DAY_PATTERN } from '@/domain/dates/plain-dates';
import { type RawDataset } from '@/domain/dataset/schema';
import { LANGUAGE_TAG_PATTERN, SLUG_PATTERN } from '@/domain/dataset/schema-fields';

/** Something an importer changed or could not carry over, at a path in its input (`events[3].media`, `row 4, column "date"`). */
export interface ImportNote {
  readonly path: string;
  readonly message: string;
}

/** What an importer returns: a `linimasa/1` object ready for `parseDataset`, or errors at paths in its input. */
export type ImportResult =
  | { readonly ok: true; readonly json: RawDataset; readonly report: readonly ImportNote[] }
  | { readonly ok: false; readonly errors: readonly DatasetIssue[]; readonly report: readonly ImportNote[] };

/** Options every importer takes. */
export interface ImportOptions {
  /** The dataset id; made from the title or file name when absent. */
  readonly id?: string;
  /** BCP 47 tag of the language the texts are written in (default `en`). */
  readonly locale?: string;
  /** Name of the imported file, used for the dataset's id and title when the input names none. */
  readonly fileName?: string;
}

/** Collects import notes; a grouped note is listed once, with a count of the other places it applies to. */
export class ImportNotes {
  private readonly notes: { path: string; message: string; more: number }[] = [];
  private readonly groups = new Map<string, { path: string; message: string; more: number }>();

  /** Adds a note at one path. */
  add(path: string, message: string): void {
    this.notes.push({ path, message, more: 0 });
  }

  /** Adds a note that may recur: only the first path is listed, later ones are counted. */
  group(key: string, path: string, message: string): void {
    const existing = this.groups.get(key);
    if (existing) {
      existing.more += 1;
      return;
    }
    const note = { path, message, more: 0 };
    this.groups.set(key, note);
    this.notes.push(note);
  }

  /** The notes in the order they were first made. */
  list(): ImportNote[] {
    return this.notes.map(({ path, message, more }) => ({
      path,
      message: more === 0 ? message : `${message} (and ${more.toLocaleString('en')} more like it)`,
    }));
  }
}

/** Turns a name into an id of at most `maxLength` lower-case letters, digits and hyphens; `''` when nothing is left (for example a name in Cyrillic). */
export function slugify(text: string, maxLength = 64): string {
  const slug = text
    .slice(0, 512)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-/, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** Returns a function that makes unique ids from names: a slug, or `fallback` when the name has none, with `-2`, `-3`… on repeats. */
export function createIdAllocator(taken: Iterable<string> = []): (name: string, fallback: string) => string {
  const used = new Set(taken);
  return (name, fallback) => {
    const base = slugify(name) || fallback;
    let id = base;
    for (let n = 2; used.has(id); n += 1) {
      const suffix = `-${n}`;
      id = `${base.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    used.add(id);
    return id;
  };
}

/** Cuts `text` to at most `max` UTF-16 units, at a word boundary when one is near, ending in `…`; short texts come back unchanged. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  const space = text.lastIndexOf(' ', end);
  if (space > end - 30 && space > 0) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Checks an importer's `id` and `locale` options, and picks the dataset id. */
export function resolveDatasetOptions(
  options: ImportOptions,
  fallbackName: string,
  notes: ImportNotes,
): { ok: true; id: string; locale: string } | { ok: false; errors: DatasetIssue[] } {
  const locale = options.locale ?? 'en';
  if (!LANGUAGE_TAG_PATTERN.test(locale)) {
    return {
      ok: false,
      errors: [
        { path: 'locale', message: `${JSON.stringify(locale)} is not a BCP 47 language tag (examples: en, id, pt-BR)` },
      ],
    };
  }
  if (options.id !== undefined && SLUG_PATTERN.test(options.id)) return { ok: true, id: options.id, locale };
  const baseName = (options.fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '');
  const id = slugify(options.id ?? '') || slugify(baseName) || slugify(fallbackName) || 'imported';
  if (options.id !== undefined)
    notes.add('id', `${JSON.stringify(options.id)} is not a valid id; the dataset id is ${JSON.stringify(id)}`);
  return { ok: true, id, locale };
}

const UNSPECIFIED: Readonly<Record<string, string>> = { en: 'Unspecified', id: 'Tidak disebutkan' };

/** The placeholder actor for events whose actors the input does not name. */
export function unknownActor(locale: string): { id: string; kind: 'group'; name: Record<string, string> } {
  return { id: 'unknown', kind: 'group', name: { [locale]: UNSPECIFIED[locale.toLowerCase()] ?? 'Unspecified' } };
}

/** The latest day (`YYYY-MM-DD`) any of `spans` reaches, for a source that must name when it was published. */
export function latestDay(spans: readonly DateSpan[]): string | undefined {
  const instants = spans
    .flatMap((span) => [span.latest, span.earliest])
    .filter(Number.isFinite)
    .sort((a, b) => b - a);
  // Years past 9999 have no EDTF day form; the latest day that has one is used instead.
  return instants.map(formatEdtfDay).find((day) => EDTF_DAY_PATTERN.test(day));
}
