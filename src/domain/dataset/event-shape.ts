/**
 * Direct checks of the shape of one event and of one actor, the records a
 * dataset has by the thousand, for speed: zod in jitless mode (the app's
 * content security policy forbids generated code) spends most of a large
 * dataset's validation time on them. `isWellFormedEvent` and
 * `isWellFormedActor` accept only what `eventSchema` and `actorSchema`
 * accept too (property tests hold them to that), and answer false at any
 * doubt; the parser then asks zod, whose messages stay the only ones a
 * person sees.
 */
import { isJsonObject } from '@/domain/dataset/json';
import { ACTOR_KINDS, EVENT_TYPES } from '@/domain/dataset/model';
import { MAX_EDTF_LENGTH } from '@/domain/dates/plain-dates';
import {
  COUNTRY_PATTERN,
  LANGUAGE_TAG_PATTERN,
  LIMITS,
  SLUG_PATTERN,
  WIKIDATA_PATTERN,
} from '@/domain/dataset/schema-fields';

/** The event types `eventSchema` accepts. */
export const KNOWN_EVENT_TYPES: ReadonlySet<unknown> = new Set(EVENT_TYPES);
/** The date bases `eventSchema` accepts. */
export const DATE_BASES: ReadonlySet<unknown> = new Set(['stated', 'relative', 'external']);
const KINDS: ReadonlySet<unknown> = new Set(ACTOR_KINDS);

// Language keys repeat on every text of a dataset ("en", "id"): test each once.
const languageKeys = new Map<string, boolean>();
/** True when `key` is a language tag `eventSchema` accepts as a key of a text. */
export function isLanguageKey(key: string): boolean {
  let ok = languageKeys.get(key);
  if (ok === undefined) {
    ok = LANGUAGE_TAG_PATTERN.test(key);
    if (languageKeys.size < 1000) languageKeys.set(key, ok);
  }
  return ok;
}

/** True for a string of `min` to `max` characters (UTF-16 code units). */
export function isText(value: unknown, min: number, max: number): boolean {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isLocalizedText(value: unknown, max: number): boolean {
  if (!isJsonObject(value)) return false;
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    if (!isLanguageKey(key) || !isText(value[key], 1, max)) return false;
    count += 1;
  }
  return count > 0;
}

function isOptionalLocalizedText(value: unknown, max: number): boolean {
  return value === undefined || isLocalizedText(value, max);
}

/** True for a list of at most `LIMITS.listItems` strings, each of `min` to `LIMITS.stringLength` characters. */
export function isTextList(value: unknown, min: number): boolean {
  if (!Array.isArray(value) || value.length > LIMITS.listItems) return false;
  for (const item of value) if (!isText(item, min, LIMITS.stringLength)) return false;
  return true;
}

/** True for a character offset (a whole number, not negative) or nothing. */
export function isOffset(value: unknown): boolean {
  return value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0);
}

function isEvidenceList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > LIMITS.listItems) return false;
  for (const item of value) {
    if (!isJsonObject(item)) return false;
    if (!isText(item.source, 1, LIMITS.stringLength) || !isText(item.quote, 1, LIMITS.stringLength)) return false;
    if (!isOffset(item.start) || !isOffset(item.end)) return false;
  }
  return true;
}

/** True only when `eventSchema` would accept `value`; false means "ask the schema". */
export function isWellFormedEvent(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  const e = value;
  return (
    typeof e.id === 'string' &&
    SLUG_PATTERN.test(e.id) &&
    isText(e.date, 0, MAX_EDTF_LENGTH) &&
    isOptionalLocalizedText(e.dateText, LIMITS.stringLength) &&
    (e.dateBasis === undefined || DATE_BASES.has(e.dateBasis)) &&
    isLocalizedText(e.title, LIMITS.titleLength) &&
    isOptionalLocalizedText(e.summary, LIMITS.summaryLength) &&
    KNOWN_EVENT_TYPES.has(e.type) &&
    (e.mode === undefined || isText(e.mode, 0, LIMITS.stringLength)) &&
    (e.context === undefined || isTextList(e.context, 0)) &&
    isTextList(e.actors, 1) &&
    (e.actors as unknown[]).length > 0 &&
    (e.recipients === undefined || isTextList(e.recipients, 1)) &&
    (e.evidence === undefined || isEvidenceList(e.evidence)) &&
    (e.tags === undefined || isTextList(e.tags, 0)) &&
    (e.places === undefined || isTextList(e.places, 1))
  );
}

function isOptionalMatch(value: unknown, pattern: RegExp): boolean {
  return value === undefined || (typeof value === 'string' && pattern.test(value));
}

/** True only when `actorSchema` would accept `value`; false means "ask the schema". */
export function isWellFormedActor(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  const a = value;
  return (
    typeof a.id === 'string' &&
    SLUG_PATTERN.test(a.id) &&
    isLocalizedText(a.name, LIMITS.stringLength) &&
    KINDS.has(a.kind) &&
    isOptionalMatch(a.country, COUNTRY_PATTERN) &&
    (a.affiliation === undefined || isText(a.affiliation, 1, LIMITS.stringLength)) &&
    isOptionalLocalizedText(a.role, LIMITS.stringLength) &&
    isOptionalMatch(a.wikidata, WIKIDATA_PATTERN)
  );
}
