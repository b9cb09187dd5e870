/**
 * The parts the dataset schema (schema.ts) is built from: limits, patterns,
 * and zod/mini field schemas whose error messages a person can act on
 * ("expected a slug such as `russia`, got 42").
 */
import { z } from 'zod/mini';

// The app runs under a Content Security Policy without 'unsafe-eval'; jitless
// stops zod from compiling validators with `new Function`.
z.config({ jitless: true });

/** Size limits that keep the app responsive; counts are items, lengths are UTF-16 code units. */
export const LIMITS = {
  events: 200_000,
  actors: 20_000,
  sources: 1_000,
  locales: 100,
  /** Items in an event's `actors`, `recipients`, `evidence`, `context` or `tags`. */
  listItems: 1_000,
  stringLength: 100_000,
  titleLength: 160,
  summaryLength: 2_000,
} as const;

/** An id: 1–64 lower-case letters, digits and hyphens, not starting with a hyphen. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A reasonable BCP 47 tag: language, then optional script, region, variants, extensions and private use. */
export const LANGUAGE_TAG_PATTERN =
  /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[A-WYZa-wyz0-9](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$/;

/** An ISO 3166-1 alpha-3 country code such as `RUS`. */
export const COUNTRY_PATTERN = /^[A-Z]{3}$/;

/** A Wikidata item id such as `Q159`. */
export const WIKIDATA_PATTERN = /^Q[1-9][0-9]*$/;

// A source text path stays inside the dataset's folder: no scheme, no leading
// slash, no backslash and no `..` segment.
export const TEXT_PATH_PATTERN = /^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/)(?!.*\\)(?!(?:.*\/)?\.\.(?:\/|$)).+$/;

export const HTTP_URL_PATTERN = /^https?:\/\/\S+$/i;

export type ErrorMap = z.core.$ZodErrorMap;

/** Describes a JSON value for an error message, e.g. `the string "abc"` or `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

/** An error map for the wrong JSON type that names what was wanted; other issues fall through. */
export function expecting(what: string): ErrorMap {
  return (issue) =>
    issue.code === 'invalid_type' && issue.input !== undefined
      ? `expected ${what}, got ${describeValue(issue.input)}`
      : undefined;
}

export function quoted(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
    : describeValue(value);
}

export function lengthOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

export function tooLong(limit: number, where: string): ErrorMap {
  return (issue) =>
    `is ${lengthOf(issue.input).toLocaleString('en')} characters long; ${where} may be at most ${limit.toLocaleString('en')}`;
}

export function tooMany(limit: number, what: string): ErrorMap {
  return (issue) =>
    `has ${lengthOf(issue.input).toLocaleString('en')} ${what}; at most ${limit.toLocaleString('en')} are allowed, a limit that keeps the app responsive`;
}

/** A plain string of at most `LIMITS.stringLength` characters. */
export function text(what = 'a string', ...checks: z.core.$ZodCheck<string>[]) {
  return z
    .string({ error: expecting(what) })
    .check(z.maxLength(LIMITS.stringLength, { error: tooLong(LIMITS.stringLength, 'a string') }), ...checks);
}

export function slug(what: string) {
  return z.string({ error: expecting(`${what} (a string)`) }).check(
    z.regex(SLUG_PATTERN, {
      error: (issue) =>
        `${quoted(issue.input)} is not a valid id: use 1–64 lower-case letters, digits and hyphens, starting with a letter or digit`,
    }),
  );
}

/** A reference to another record's id; whether it resolves is checked by parseDataset. */
export function reference(what: string) {
  return text(`${what} (a string)`, z.minLength(1, { error: `must not be empty: give ${what}` }));
}

export function languageTag() {
  return z.string({ error: expecting('a BCP 47 language tag (a string)') }).check(
    z.regex(LANGUAGE_TAG_PATTERN, {
      error: (issue) => `${quoted(issue.input)} is not a BCP 47 language tag (examples: en, id, pt-BR)`,
    }),
  );
}

/** A text in several languages: language tag → non-empty plain text of at most `maxLength` characters. */
export function localizedText(maxLength: number = LIMITS.stringLength, where = 'a text') {
  return z
    .record(
      z.string().check(z.regex(LANGUAGE_TAG_PATTERN)),
      z
        .string({ error: expecting('a string') })
        .check(
          z.minLength(1, { error: 'must not be empty: leave the language out instead' }),
          z.maxLength(maxLength, { error: tooLong(maxLength, where) }),
        ),
      {
        error: (issue) => {
          if (issue.code === 'invalid_key') {
            return `${quoted(issue.input)} is not a BCP 47 language tag (examples: en, id, pt-BR)`;
          }
          return expecting('an object of texts by language, such as {"en": "…"}')(issue);
        },
      },
    )
    .check(z.refine((value) => Object.keys(value).length > 0, { error: 'needs a text in at least one language' }))
    .register(z.globalRegistry, { minProperties: 1 });
}

export function enumOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.code === 'invalid_value'
        ? `${quoted(issue.input)} is not ${what} (expected one of ${values.join(', ')})`
        : expecting(`${what} (a string)`)(issue),
  });
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const urlError: ErrorMap = (issue) => {
  const scheme =
    typeof issue.input === 'string' ? /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(issue.input.trim())?.[1] : undefined;
  if (scheme && !/^https?$/i.test(scheme)) {
    return `"${scheme.toLowerCase()}:" links are not allowed: a URL must be an absolute https: or http: address`;
  }
  return `${quoted(issue.input)} is not an absolute https: or http: URL`;
};

export const idList = (what: string, noun: string, ...checks: z.core.$ZodCheck<string[]>[]) =>
  z
    .array(reference(`${noun}`), { error: expecting(`a list of ${what}`) })
    .check(z.maxLength(LIMITS.listItems, { error: tooMany(LIMITS.listItems, what) }), ...checks);

export const stringList = (what: string) =>
  z
    .array(text(), { error: expecting(`a list of ${what}`) })
    .check(z.maxLength(LIMITS.listItems, { error: tooMany(LIMITS.listItems, what) }));
