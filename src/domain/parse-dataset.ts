/**
 * Turns unknown input (a parsed JSON value or JSON text) into a validated
 * `Dataset`, or into errors that each name a JSON path (`events[3].date`,
 * `$` for the whole file) and a sentence a person can act on. Never throws.
 */
import type { z } from 'zod/mini';
import { parseEdtfDate, type EdtfParseResult } from '@/domain/dates';
import type { DatasetIssue, DateSpan, ParseResult } from '@/domain/model';
import {
  actorSchema,
  DATASET_FORMAT,
  datasetSchema,
  datasetShellSchema,
  describeValue,
  EDTF_DAY_PATTERN,
  eventSchema,
  evidenceSchema,
  LIMITS,
  sourceSchema,
} from '@/domain/schema';
import { buildDataset, spanOf, type CheckedData } from '@/domain/build-dataset';
import { isWellFormedEvent } from '@/domain/event-shape';

/** Options for `parseDataset`. */
export interface ParseDatasetOptions {
  /** Plain-text copies of sources, keyed by source id or by the source's `text` path. */
  readonly sourceTexts?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Most errors to report (default 100); the rest are counted in `truncated`. */
  readonly maxErrors?: number;
}

/**
 * `checkOnly`: the answer has no dataset, which saves building one where
 * nobody will use it (the validation worker; the page builds its own).
 */
type CheckOptions = ParseDatasetOptions & { readonly checkOnly?: boolean };

/** The answer of a check only: `ParseResult` without the dataset. */
export type CheckResult =
  | { readonly ok: true; readonly warnings: readonly DatasetIssue[] }
  | { readonly ok: false; readonly errors: readonly DatasetIssue[]; readonly warnings: readonly DatasetIssue[]; readonly truncated: number };

type Segment = string | number;
type Path = readonly Segment[];
type Json = Record<string, unknown>;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as `events[3].title.en`, with `["pt-BR"]` for other keys and `$` for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out === '' ? '$' : out;
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Own properties only, so ids and keys like `__proto__` or `constructor` are data.
function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Collects errors up to a cap and warnings, and knows which paths the schema already flagged. */
class Issues {
  readonly errors: DatasetIssue[] = [];
  readonly warnings: DatasetIssue[] = [];
  truncated = 0;
  private droppedWarnings = 0;
  private readonly flagged = new Set<string>();

  constructor(private readonly maxErrors: number) {}

  get full(): boolean {
    return this.errors.length >= this.maxErrors;
  }

  get failed(): boolean {
    return this.errors.length + this.truncated > 0;
  }

  /** Records a schema error; later checks stay quiet at that path and below it. */
  flag(path: readonly PropertyKey[], message: string): void {
    const key = formatPath(path);
    if (this.flagged.has(key)) return;
    this.flagged.add(key);
    this.add(key, message);
  }

  /** Records an error unless the schema already reported this path or one above it. */
  error(path: Path, message: string | (() => string)): void {
    for (let depth = 0; depth <= path.length; depth += 1) {
      if (this.flagged.has(formatPath(path.slice(0, depth)))) return;
    }
    this.add(formatPath(path), message);
  }

  warn(path: Path, message: string): void {
    if (this.warnings.length < this.maxErrors) this.warnings.push({ path: formatPath(path), message });
    else this.droppedWarnings += 1;
  }

  private add(path: string, message: string | (() => string)): void {
    // A lazy message is only built when it will be shown: suggestions cost time.
    if (this.full) this.truncated += 1;
    else this.errors.push({ path, message: typeof message === 'string' ? message : message() });
  }

  failure(): ParseResult {
    return { ok: false, errors: this.errors, warnings: this.allWarnings(), truncated: this.truncated };
  }

  allWarnings(): DatasetIssue[] {
    if (this.droppedWarnings === 0) return this.warnings;
    return [...this.warnings, { path: '$', message: `${this.droppedWarnings} more warnings are not shown` }];
  }
}

/** Edit distance between two strings, or `limit + 1` once it is sure to exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The closest of `candidates` to a misspelt `word`, or undefined when none is close. */
function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`;
}

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/** Offset (UTF-16 units) of the first JSON syntax error in `text`, or null if none is found; engines word this differently, and some give no position. */
function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const fail = (): never => {
    throw new JsonSyntaxError(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const string = (): void => {
    i += 1;
    for (;;) {
      const c = text.charAt(i);
      if (c === '"') return void (i += 1);
      if (c === '' || c < ' ') fail();
      if (c === '\\') {
        const escape = text.charAt(i + 1);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return void (i += 1, fail());
          i += 6;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 2;
        else return void (i += 1, fail());
      } else i += 1;
    }
  };
  const value = (): void => {
    space();
    const c = text.charAt(i);
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      space();
      if (text.charAt(i) === close) return void (i += 1);
      for (;;) {
        if (c === '{') {
          space();
          if (text.charAt(i) !== '"') fail();
          string();
          space();
          if (text.charAt(i) !== ':') fail();
          i += 1;
        }
        value();
        space();
        if (text.charAt(i) === ',') i += 1;
        else if (text.charAt(i) === close) return void (i += 1);
        else fail();
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    number.lastIndex = i;
    if (number.test(text)) return void (i = number.lastIndex);
    fail();
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (error) {
    // Anything else (a stack overflow on absurd nesting) leaves the engine's own message.
    return error instanceof JsonSyntaxError ? error.offset : null;
  }
}

function parseJsonText(text: string, issues: Issues): { ok: true; value: unknown } | { ok: false } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const offset = jsonErrorOffset(body);
    if (offset === null) {
      issues.error([], `the file is not JSON (${error instanceof Error ? error.message : String(error)})`);
    } else {
      const before = body.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      const where = `line ${line}, column ${column} (character ${offset})`;
      issues.error(
        [],
        offset >= body.length
          ? `the file is not JSON: it ends too early, at ${where}`
          : `the file is not JSON: unexpected ${JSON.stringify(body.charAt(offset))} at ${where}`,
      );
    }
    return { ok: false };
  }
}

/** Rewrites a zod issue as a sentence; schema.ts words most issues, this covers the rest. */
function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const key = issue.path.at(-1);
  // A missing enum field (such as `type`) reaches zod as an invalid value, not an invalid type.
  if (issue.code === 'invalid_type' || (issue.code === 'invalid_value' && issue.input === undefined)) {
    let parent: unknown = root;
    for (const segment of issue.path.slice(0, -1)) {
      parent = typeof segment === 'number' ? list(parent)[segment] : field(parent, String(segment));
    }
    if (typeof key === 'string' && isRecord(parent) && !Object.hasOwn(parent, key)) {
      return `required field ${JSON.stringify(key)} is missing`;
    }
  }
  return issue.message;
}

const TYPE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['object', 'an object'],
  ['record', 'an object'],
  ['array', 'a list'],
  ['int', 'a whole number'],
  ['boolean', 'true or false'],
]);

/** Fallback wording for issues the schema gives no message of its own (zod's defaults are terse). */
const fallbackError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NOUNS.get(issue.expected) ?? `a ${issue.expected}`}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must have at least ${String(issue.minimum)} entries`;
    case 'too_big':
      return `must have at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'entries'}`;
    case 'invalid_value':
      return `${describeValue(issue.input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return undefined;
  }
};

// Known fields per object, from the schema itself so the two cannot drift.
const KNOWN_FIELDS = {
  dataset: Object.keys(datasetSchema.shape),
  source: Object.keys(sourceSchema.shape),
  actor: Object.keys(actorSchema.shape),
  event: Object.keys(eventSchema.shape),
  evidence: Object.keys(evidenceSchema.shape),
} as const;

const KNOWN_FIELD_SETS = {
  dataset: new Set(KNOWN_FIELDS.dataset),
  source: new Set(KNOWN_FIELDS.source),
  actor: new Set(KNOWN_FIELDS.actor),
  event: new Set(KNOWN_FIELDS.event),
  evidence: new Set(KNOWN_FIELDS.evidence),
} as const;

/** Where an object of each kind sits, from its index (and, for evidence, its event's index). */
const PATH_OF: Readonly<Record<keyof typeof KNOWN_FIELDS, (i: number, k: number) => Path>> = {
  dataset: () => [],
  source: (i) => ['sources', i],
  actor: (i) => ['actors', i],
  event: (i) => ['events', i],
  evidence: (i, k) => ['events', i, 'evidence', k],
};

// Runs for every event and piece of evidence: the path is built only for a field it warns about.
function warnUnknownFields(value: unknown, kind: keyof typeof KNOWN_FIELDS, i: number, k: number, issues: Issues): void {
  if (!isRecord(value)) return;
  const known = KNOWN_FIELD_SETS[kind];
  for (const key in value) {
    if (!Object.hasOwn(value, key) || known.has(key)) continue;
    issues.warn([...PATH_OF[kind](i, k), key], `unknown field ${JSON.stringify(key)} is ignored${didYouMean(key, KNOWN_FIELDS[kind])}`);
  }
}

function warnAllUnknownFields(root: Json, issues: Issues): void {
  warnUnknownFields(root, 'dataset', 0, 0, issues);
  list(field(root, 'sources')).forEach((source, i) => warnUnknownFields(source, 'source', i, 0, issues));
  list(field(root, 'actors')).forEach((actor, i) => warnUnknownFields(actor, 'actor', i, 0, issues));
  const events = list(field(root, 'events'));
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i];
    warnUnknownFields(event, 'event', i, 0, issues);
    const evidence = list(field(event, 'evidence'));
    for (let k = 0; k < evidence.length; k += 1) warnUnknownFields(evidence[k], 'evidence', i, k, issues);
  }
}

/** Checks a dataset that has the right `format`; the root object is already known to be one. */
function checkFormat(root: Json, issues: Issues): boolean {
  if (!Object.hasOwn(root, 'format')) {
    issues.error(['format'], `required field "format" is missing: a Linimasa dataset starts with "format": "${DATASET_FORMAT}"`);
    return false;
  }
  const format = field(root, 'format');
  if (typeof format !== 'string') {
    issues.error(['format'], `expected the string "${DATASET_FORMAT}", got ${describeValue(format)}`);
    return false;
  }
  if (format !== DATASET_FORMAT) {
    issues.error(['format'], `unknown format ${JSON.stringify(format)}: this version of Linimasa reads "${DATASET_FORMAT}"`);
    return false;
  }
  return true;
}

function toTextMap(texts: ParseDatasetOptions['sourceTexts']): ReadonlyMap<string, string> {
  if (!texts) return new Map();
  if (texts instanceof Map) return texts;
  return new Map(Object.entries(texts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Ids of one kind mapped to the index that first used each; later uses are reported as duplicates. */
function collectIds(items: readonly unknown[], kind: string, collection: string, issues: Issues): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const id = field(item, 'id');
    if (typeof id !== 'string') return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else issues.error([collection, i, 'id'], `duplicate ${kind} id ${JSON.stringify(id)}: ${collection}[${first}] already uses it`);
  });
  return ids;
}

function textPath(collection: string | null, i: number, name: string): Path {
  return collection === null ? [name] : [collection, i, name];
}

function checkLocalizedTexts(root: Json, issues: Issues): void {
  const locales = list(field(root, 'locales'));
  const tags = locales.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.toLowerCase());
  locales.forEach((tag, i) => {
    if (typeof tag !== 'string') return;
    const first = tags.indexOf(tag.toLowerCase());
    if (first < i) issues.error(['locales', i], `${JSON.stringify(tag)} is listed twice (first at locales[${first}])`);
  });
  const defaultLocale = typeof locales[0] === 'string' ? locales[0] : undefined;
  const defaultTag = defaultLocale?.toLowerCase();
  // Tags as written are the usual case; lower-casing is left for the others.
  const listed = new Set([...locales.filter((tag): tag is string => typeof tag === 'string'), ...tags]);
  const tagSet = new Set(tags);
  // Runs for three texts of every event: the path is built only for a text it reports.
  const check = (value: unknown, collection: string | null, i: number, name: string): void => {
    if (!isRecord(value)) return;
    let hasDefault = defaultLocale === undefined;
    let empty = true;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      empty = false;
      // zod's record skips a `__proto__` key entirely, so it is checked here.
      if (key === '__proto__') issues.error([...textPath(collection, i, name), key], '"__proto__" is not a BCP 47 language tag (examples: en, id, pt-BR)');
      else if (tags.length > 0 && !listed.has(key) && !tagSet.has(key.toLowerCase())) {
        issues.warn([...textPath(collection, i, name), key], `language ${JSON.stringify(key)} is not listed in "locales"`);
      }
      if (!hasDefault && (key === defaultLocale || key.toLowerCase() === defaultTag)) hasDefault = true;
    }
    if (!empty && !hasDefault) {
      issues.error(textPath(collection, i, name), `has no text in the default language ${JSON.stringify(defaultLocale)} (the first of "locales")`);
    }
  };
  for (const key of ['title', 'description', 'credit']) check(field(root, key), null, 0, key);
  list(field(root, 'sources')).forEach((source, i) => check(field(source, 'title'), 'sources', i, 'title'));
  list(field(root, 'actors')).forEach((actor, i) => {
    for (const key of ['name', 'role']) check(field(actor, key), 'actors', i, key);
  });
  const events = list(field(root, 'events'));
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i];
    check(field(event, 'dateText'), 'events', i, 'dateText');
    check(field(event, 'title'), 'events', i, 'title');
    check(field(event, 'summary'), 'events', i, 'summary');
  }
}

function checkReference(value: unknown, ids: ReadonlyMap<string, number>, kind: string, path: Path, issues: Issues): void {
  if (typeof value !== 'string' || value === '' || ids.has(value)) return;
  issues.error(path, () => `no ${kind} has the id ${JSON.stringify(value)}${didYouMean(value, ids.keys())}`);
}

function quoteSnippet(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** Checks one piece of evidence against its source and, when loaded, the source's text. */
function evidencePath(i: number, k: number): Path {
  return ['events', i, 'evidence', k];
}

function checkEvidence(evidence: unknown, source: unknown, text: string | undefined, i: number, k: number, issues: Issues): void {
  const quote = field(evidence, 'quote');
  const start = field(evidence, 'start');
  const end = field(evidence, 'end');
  const hasStart = typeof start === 'number' && Number.isInteger(start) && start >= 0;
  const hasEnd = typeof end === 'number' && Number.isInteger(end) && end >= 0;
  if (typeof quote !== 'string') return;
  // Built only for a message: this runs for every piece of evidence.
  const sourceId = () => JSON.stringify(field(source, 'id'));
  if (typeof field(source, 'text') === 'string' && (start === undefined || end === undefined)) {
    issues.error(evidencePath(i, k), `"start" and "end" are required because source ${sourceId()} has a text file; they are the quote's offsets in it`);
    return;
  }
  if (!hasStart || !hasEnd) return;
  if (start > end) {
    issues.error(evidencePath(i, k), `"start" (${start}) is after "end" (${end})`);
    return;
  }
  if (text === undefined) {
    if (end - start !== quote.length) {
      issues.error(evidencePath(i, k), `"start" and "end" span ${end - start} characters, but the quote is ${quote.length} characters long`);
    }
    return;
  }
  if (end > text.length) {
    issues.error([...evidencePath(i, k), 'end'], `${end} is past the end of the text of source ${sourceId()}, which is ${text.length} characters long`);
    return;
  }
  const found = text.slice(start, end);
  if (found === quote) return;
  issues.error(evidencePath(i, k), () => {
    const elsewhere = text.indexOf(quote);
    const hint =
      elsewhere >= 0
        ? `; the quote occurs at start ${elsewhere}, end ${elsewhere + quote.length}`
        : '; the quote does not occur anywhere in the text';
    return `the quote does not match the text of source ${sourceId()} at ${start}–${end}, which reads ${quoteSnippet(found)}${hint}`;
  });
}

const ACTOR_FIELDS = ['actors', 'recipients'] as const;

function checkEvents(root: Json, sourceIds: Map<string, number>, actorIds: Map<string, number>, texts: ReadonlyMap<string, string>, keepSpans: boolean, issues: Issues): (DateSpan | undefined)[] {
  const sources = list(field(root, 'sources'));
  const cache = new Map<string, EdtfParseResult>();
  return list(field(root, 'events')).map((event, i) => {
    for (const key of ACTOR_FIELDS) {
      const refs = list(field(event, key));
      for (let j = 0; j < refs.length; j += 1) {
        const ref = refs[j];
        // Paths are built only for a reference that fails.
        if (typeof ref !== 'string' || !actorIds.has(ref)) checkReference(ref, actorIds, 'actor', ['events', i, key, j], issues);
      }
    }
    const basis = field(event, 'dateBasis') ?? 'stated';
    const evidence = field(event, 'evidence');
    if (basis !== 'external' && (evidence === undefined || (Array.isArray(evidence) && evidence.length === 0))) {
      issues.error(
        ['events', i, 'evidence'],
        `needs at least one quote from a source, because "dateBasis" is ${JSON.stringify(basis)}; use "external" for a date added from outside the sources`,
      );
    }
    if (basis === 'relative' && field(event, 'dateText') === undefined) {
      issues.warn(['events', i, 'dateText'], '"dateBasis" is "relative" but there is no "dateText" giving the phrase it was resolved from');
    }
    const items = list(evidence);
    for (let k = 0; k < items.length; k += 1) {
      const item = items[k];
      const ref = field(item, 'source');
      if (typeof ref !== 'string' || !sourceIds.has(ref)) checkReference(ref, sourceIds, 'source', ['events', i, 'evidence', k, 'source'], issues);
      const index = typeof ref === 'string' ? sourceIds.get(ref) : undefined;
      if (index !== undefined) checkEvidence(item, sources[index], typeof ref === 'string' ? texts.get(ref) : undefined, i, k, issues);
    }
    const date = field(event, 'date');
    if (typeof date !== 'string') return undefined;
    let parsed = cache.get(date);
    if (!parsed) {
      parsed = parseEdtfDate(date);
      cache.set(date, parsed);
    }
    if (!parsed.ok) {
      issues.error(['events', i, 'date'], parsed.message);
      return undefined;
    }
    // A check alone builds no dataset, so it keeps no spans.
    return keepSpans ? spanOf(parsed.span) : undefined;
  });
}

/** The cross-checks that need the whole dataset: default locale, ids, references, dates and evidence. */
function checkDataset(root: Json, options: CheckOptions, issues: Issues): CheckedData {
  checkLocalizedTexts(root, issues);
  const sources = list(field(root, 'sources'));
  const sourceIds = collectIds(sources, 'source', 'sources', issues);
  const actorIds = collectIds(list(field(root, 'actors')), 'actor', 'actors', issues);
  collectIds(list(field(root, 'events')), 'event', 'events', issues);

  const given = toTextMap(options.sourceTexts);
  const texts = new Map<string, string>();
  sources.forEach((source, i) => {
    const id = field(source, 'id');
    const published = field(source, 'published');
    if (typeof published === 'string' && EDTF_DAY_PATTERN.test(published)) {
      const day = parseEdtfDate(published);
      if (!day.ok) issues.error(['sources', i, 'published'], day.message);
    }
    if (typeof id !== 'string' || sourceIds.get(id) !== i) return;
    const path = field(source, 'text');
    const text = given.get(id) ?? (typeof path === 'string' ? given.get(path) : undefined);
    if (typeof text === 'string') texts.set(id, text);
  });

  list(field(root, 'actors')).forEach((actor, i) => checkReference(field(actor, 'affiliation'), actorIds, 'actor', ['actors', i, 'affiliation'], issues));
  const spans = checkEvents(root, sourceIds, actorIds, texts, !options.checkOnly, issues);
  return { spans, texts };
}

/** Checks each event's shape: directly when it is plainly well formed, else with `eventSchema` for its messages. */
function checkEventShapes(events: unknown, root: Json, issues: Issues): boolean {
  if (!Array.isArray(events) || events.length > LIMITS.events) return true; // the shell schema reports these
  let ok = true;
  events.forEach((event: unknown, i) => {
    if (isWellFormedEvent(event)) return;
    const result = eventSchema.safeParse(event, { reportInput: true, error: fallbackError });
    if (result.success) return;
    ok = false;
    for (const issue of result.error.issues) {
      const path = ['events', i, ...issue.path];
      issues.flag(path, issueMessage({ ...issue, path }, root));
    }
  });
  return ok;
}

function run(input: unknown, options: CheckOptions, issues: Issues): ParseResult | CheckResult {
  let value = input;
  if (typeof value === 'string') {
    const parsed = parseJsonText(value, issues);
    if (!parsed.ok) return issues.failure();
    value = parsed.value;
  }
  if (!isRecord(value)) {
    issues.error([], `a Linimasa dataset is a JSON object ({"format": "${DATASET_FORMAT}", …}), got ${describeValue(value)}`);
    return issues.failure();
  }
  if (!checkFormat(value, issues)) return issues.failure();

  warnAllUnknownFields(value, issues);
  const result = datasetShellSchema.safeParse(value, { reportInput: true, error: fallbackError });
  if (!result.success) {
    for (const issue of result.error.issues) issues.flag(issue.path, issueMessage(issue, value));
  }
  const eventsOk = checkEventShapes(field(value, 'events'), value, issues);
  const checked = checkDataset(value, options, issues);
  if (!result.success || !eventsOk || issues.failed) return issues.failure();
  // Every event passed `eventSchema` (directly or through its exact stand-in), so the events are RawEvents.
  if (options.checkOnly) return { ok: true, warnings: issues.allWarnings() };
  const data = result.data as unknown as z.output<typeof datasetSchema>;
  return { ok: true, dataset: buildDataset(data, checked), warnings: issues.allWarnings() };
}

export { datasetNeedsEdtfGrammar } from '@/domain/build-dataset';


/** Validates a `linimasa/1` dataset (a parsed JSON value or JSON text) into a typed `Dataset`, or errors with JSON paths; never throws. */
export function parseDataset(input: unknown, options?: ParseDatasetOptions): ParseResult;
export function parseDataset(input: unknown, options: ParseDatasetOptions & { readonly checkOnly: true }): CheckResult;
export function parseDataset(input: unknown, options: CheckOptions = {}): ParseResult | CheckResult {
  const requested = Number(options.maxErrors ?? 100);
  const issues = new Issues(Number.isNaN(requested) ? 100 : Math.max(1, Math.floor(requested)));
  try {
    return run(input, options, issues);
  } catch (error) {
    issues.error([], `the dataset could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    return issues.failure();
  }
}
