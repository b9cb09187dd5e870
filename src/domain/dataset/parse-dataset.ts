/**
 * Turns unknown input (a parsed JSON value or JSON text) into a validated
 * `Dataset`, or into errors that each name a JSON path (`events[3].date`,
 * `$` for the whole file) and a sentence a person can act on. Never throws.
 */
import type { z } from 'zod/mini';
import { parseEdtfDate } from '@/domain/dates/edtf';
import type { DatasetIssue, ParseResult } from '@/domain/dataset/model';
import { DATASET_FORMAT, datasetSchema, datasetShellSchema, eventSchema } from '@/domain/dataset/schema';
import { EDTF_DAY_PATTERN } from '@/domain/dates/plain-dates';
import { describeValue, LIMITS } from '@/domain/dataset/schema-fields';
import { buildDataset, type CheckedData } from '@/domain/dataset/build-dataset';
import { isWellFormedActor, isWellFormedEvent } from '@/domain/dataset/event-shape';
import { formatPath, Issues } from '@/domain/dataset/dataset-issues';
import { field, isJsonObject, list, type Json } from '@/domain/dataset/json';
import {
  checkReference,
  collectIds,
  LocaleRules,
  warnUnknownEventFields,
  warnUnknownFields,
} from '@/domain/dataset/check-objects';
import { checkEvents, sourceTextMap, sourceTextsById, type SourceTexts } from '@/domain/dataset/check-events';
import { eventsToCheck, screenEvents, spansToComplete, type EventScreen } from '@/domain/dataset/event-screen';

export { formatPath };

/** Options for `parseDataset`. */
export interface ParseDatasetOptions {
  /** Plain-text copies of sources, keyed by source id or by the source's `text` path. */
  readonly sourceTexts?: SourceTexts;
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
  | {
      readonly ok: false;
      readonly errors: readonly DatasetIssue[];
      readonly warnings: readonly DatasetIssue[];
      readonly truncated: number;
    };

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
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return void ((i += 1), fail());
          i += 6;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 2;
        else return void ((i += 1), fail());
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
    if (typeof key === 'string' && isJsonObject(parent) && !Object.hasOwn(parent, key)) {
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

/** Checks a dataset that has the right `format`; the root object is already known to be one. */
function checkFormat(root: Json, issues: Issues): boolean {
  if (!Object.hasOwn(root, 'format')) {
    issues.error(
      ['format'],
      `required field "format" is missing: a Linimasa dataset starts with "format": "${DATASET_FORMAT}"`,
    );
    return false;
  }
  const format = field(root, 'format');
  if (typeof format !== 'string') {
    issues.error(['format'], `expected the string "${DATASET_FORMAT}", got ${describeValue(format)}`);
    return false;
  }
  if (format !== DATASET_FORMAT) {
    issues.error(
      ['format'],
      `unknown format ${JSON.stringify(format)}: this version of Linimasa reads "${DATASET_FORMAT}"`,
    );
    return false;
  }
  return true;
}

// The passes below each report in their turn, and the order of their reports
// is part of the answer. Each visits only the events `screenEvents` set aside:
// the others would add nothing to any pass.

function warnAllUnknownFields(root: Json, screen: EventScreen, issues: Issues): void {
  warnUnknownFields(root, 'dataset', 0, 0, issues);
  list(field(root, 'sources')).forEach((source, i) => warnUnknownFields(source, 'source', i, 0, issues));
  list(field(root, 'actors')).forEach((actor, i) => warnUnknownFields(actor, 'actor', i, 0, issues));
  const events = list(field(root, 'events'));
  for (const i of eventsToCheck(screen, events)) warnUnknownEventFields(events[i], i, issues);
}

// Unlike `every`, this visits the holes of a sparse list too, as the schema does.
function areWellFormedActors(actors: readonly unknown[]): boolean {
  for (let i = 0; i < actors.length; i += 1) if (!isWellFormedActor(actors[i])) return false;
  return true;
}

/**
 * The root as `datasetShellSchema` needs to see it, and the lists left out of
 * it: events are checked one by one, and actors that are all plainly well
 * formed give the schema nothing to say, so it need not walk thousands of them.
 */
function shellOf(root: Json): { shell: Json; left: Json } {
  // Anything but a plain object is left whole, lest the copy lose what the schema would read.
  if (Object.getPrototypeOf(root) !== Object.prototype) return { shell: root, left: {} };
  const left: Json = {};
  const events = field(root, 'events');
  if (Array.isArray(events) && events.length <= LIMITS.events) left.events = events;
  const actors = field(root, 'actors');
  if (Array.isArray(actors) && actors.length <= LIMITS.actors && areWellFormedActors(actors)) left.actors = actors;
  if (Object.keys(left).length === 0) return { shell: root, left };
  const shell: Json = { ...root };
  for (const key of Object.keys(left)) shell[key] = [];
  return { shell, left };
}

/** Checks each event's shape: directly when it is plainly well formed, else with `eventSchema` for its messages. */
function checkEventShapes(events: unknown, root: Json, screen: EventScreen, issues: Issues): boolean {
  if (!Array.isArray(events) || events.length > LIMITS.events) return true; // the shell schema reports these
  let ok = true;
  for (const i of eventsToCheck(screen, events)) {
    const event: unknown = events[i];
    if (isWellFormedEvent(event)) continue;
    const result = eventSchema.safeParse(event, { reportInput: true, error: fallbackError });
    if (result.success) continue;
    ok = false;
    for (const issue of result.error.issues) {
      const path = ['events', i, ...issue.path];
      issues.flag(path, issueMessage({ ...issue, path }, root));
    }
  }
  return ok;
}

function checkLocalizedTexts(root: Json, locales: LocaleRules, screen: EventScreen, issues: Issues): void {
  const { tags } = locales;
  locales.locales.forEach((tag, i) => {
    if (typeof tag !== 'string') return;
    const first = tags.indexOf(tag.toLowerCase());
    if (first < i) issues.error(['locales', i], `${JSON.stringify(tag)} is listed twice (first at locales[${first}])`);
  });
  for (const key of ['title', 'description', 'credit']) locales.check(field(root, key), null, 0, key, issues);
  list(field(root, 'sources')).forEach((source, i) =>
    locales.check(field(source, 'title'), 'sources', i, 'title', issues),
  );
  list(field(root, 'actors')).forEach((actor, i) => {
    for (const key of ['name', 'role']) locales.check(field(actor, key), 'actors', i, key, issues);
  });
  const events = list(field(root, 'events'));
  for (const i of eventsToCheck(screen, events)) locales.checkEvent(events[i], i, issues);
}

/** The cross-checks that need the whole dataset: default locale, ids, references, dates and evidence. */
function checkDataset(root: Json, options: CheckOptions, screen: EventScreen, issues: Issues): CheckedData {
  checkLocalizedTexts(root, new LocaleRules(root), screen, issues);
  const sources = list(field(root, 'sources'));
  const sourceIds = collectIds(sources, 'source', 'sources', issues);
  const actorIds = collectIds(list(field(root, 'actors')), 'actor', 'actors', issues);
  const events = list(field(root, 'events'));
  // A repeated id makes its event a suspect; this reports it with the index that first used it.
  if (screen.mayRepeatIds || screen.events !== events) collectIds(events, 'event', 'events', issues);

  const given = sourceTextMap(options.sourceTexts);
  sources.forEach((source, i) => {
    const published = field(source, 'published');
    if (typeof published === 'string' && EDTF_DAY_PATTERN.test(published)) {
      const day = parseEdtfDate(published);
      if (!day.ok) issues.error(['sources', i, 'published'], day.message);
    }
  });
  const texts = sourceTextsById(sources, sourceIds, given);

  list(field(root, 'actors')).forEach((actor, i) =>
    checkReference(field(actor, 'affiliation'), actorIds, 'actor', ['actors', i, 'affiliation'], issues),
  );
  // A check alone builds no dataset, so it keeps no spans.
  const spans = options.checkOnly ? null : spansToComplete(screen, events);
  checkEvents(events, eventsToCheck(screen, events), { sources, sourceIds, actorIds, texts }, spans, issues);
  return { spans: spans ?? [], texts };
}

function run(input: unknown, options: CheckOptions, issues: Issues): ParseResult | CheckResult {
  let value = input;
  if (typeof value === 'string') {
    const parsed = parseJsonText(value, issues);
    if (!parsed.ok) return issues.failure();
    value = parsed.value;
  }
  if (!isJsonObject(value)) {
    issues.error(
      [],
      `a Linimasa dataset is a JSON object ({"format": "${DATASET_FORMAT}", …}), got ${describeValue(value)}`,
    );
    return issues.failure();
  }
  if (!checkFormat(value, issues)) return issues.failure();

  const screen = screenEvents(value, { sourceTexts: options.sourceTexts, keepSpans: !options.checkOnly });
  warnAllUnknownFields(value, screen, issues);
  const { shell, left } = shellOf(value);
  const result = datasetShellSchema.safeParse(shell, { reportInput: true, error: fallbackError });
  if (!result.success) {
    for (const issue of result.error.issues) issues.flag(issue.path, issueMessage(issue, value));
  }
  const eventsOk = checkEventShapes(field(value, 'events'), value, screen, issues);
  const checked = checkDataset(value, options, screen, issues);
  if (!result.success || !eventsOk || issues.failed) return issues.failure();
  // Every event and actor passed its schema (directly or through its exact stand-in), so the data is a RawDataset.
  if (options.checkOnly) return { ok: true, warnings: issues.allWarnings() };
  const data = { ...result.data, ...left } as unknown as z.output<typeof datasetSchema>;
  return { ok: true, dataset: buildDataset(data, checked), warnings: issues.allWarnings() };
}

export { datasetNeedsEdtfGrammar } from '@/domain/dataset/build-dataset';

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
