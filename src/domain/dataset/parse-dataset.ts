/**
 * Validates a `linimasa/1` dataset (a parsed JSON value or JSON text) into a
 * typed `Dataset`, or into errors that each name a JSON path
 * (`events[3].date`, `$` for the whole file) and a sentence a person can act
 * on. Never throws. The steps, in the order their reports appear: unknown
 * fields, shapes (shape-checks.ts), texts, ids, then references, evidence
 * and dates (check-objects.ts, check-events.ts).
 *
 * Dates beyond plain years, months and days need the EDTF grammar
 * registered first (`datesNeedingEdtfGrammar` says which); read from
 * anything but a registered grammar they are errors, never guesses.
 */
import type { z } from 'zod/mini';
import { parseEdtfDate } from '@/domain/dates/edtf';
import type { CheckResult, ParseResult } from '@/domain/dataset/model';
import { DATASET_FORMAT, type datasetSchema } from '@/domain/dataset/schema';
import { describeValue } from '@/domain/dataset/schema-fields';
import { EDTF_DAY_PATTERN } from '@/domain/dates/plain-dates';
import { buildDataset, type CheckedData } from '@/domain/dataset/build-dataset';
import { Issues } from '@/domain/dataset/dataset-issues';
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
import { parseJsonText } from '@/domain/dataset/json-text';
import { checkEventShapes, checkShell } from '@/domain/dataset/shape-checks';
import { checkPlaces } from '@/domain/dataset/check-places';

/** Options for `parseDataset` and `checkDataset`. */
export interface ParseDatasetOptions {
  /** Plain-text copies of sources, keyed by source id or by the source's `text` path. */
  readonly sourceTexts?: SourceTexts;
  /** Most errors to report (default 100); the rest are counted in `truncated`. */
  readonly maxErrors?: number;
  /**
   * True when the input is fresh `JSON.parse` output that nothing else holds
   * or changes: the dataset then takes its texts and lists instead of copies
   * (JSON text given as a string always is).
   */
  readonly owned?: boolean;
}

/** `checkOnly`: the answer has no dataset, which saves building one where nobody will use it. */
type RunOptions = ParseDatasetOptions & { readonly checkOnly: boolean };

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
function crossCheck(root: Json, options: RunOptions, screen: EventScreen, issues: Issues): CheckedData {
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
  checkPlaces(root, { eventIndices: eventsToCheck(screen, events) }, issues);
  return { spans: spans ?? [], texts };
}

function run(input: unknown, options: RunOptions, issues: Issues): ParseResult | CheckResult {
  let value = input;
  let owned = options.owned ?? false;
  if (typeof value === 'string') {
    const parsed = parseJsonText(value);
    if (!parsed.ok) {
      issues.error([], parsed.message);
      return issues.failure();
    }
    value = parsed.value;
    owned = true;
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
  const shell = checkShell(value, issues);
  const eventsOk = checkEventShapes(value, screen, issues);
  const checked = crossCheck(value, options, screen, issues);
  if (!shell || !eventsOk || issues.failed) return issues.failure();
  if (options.checkOnly) return { ok: true, value: null, warnings: issues.allWarnings() };
  // Every event and actor passed its schema (directly or through its exact stand-in), so the data is a RawDataset.
  const data = shell as unknown as z.output<typeof datasetSchema>;
  return { ok: true, value: buildDataset(data, checked, owned), warnings: issues.allWarnings() };
}

function runSafely(input: unknown, options: RunOptions): ParseResult | CheckResult {
  const requested = Number(options.maxErrors ?? 100);
  const issues = new Issues(Number.isNaN(requested) ? 100 : Math.max(1, Math.floor(requested)));
  try {
    return run(input, options, issues);
  } catch (error) {
    issues.error([], `the dataset could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    return issues.failure();
  }
}

/** Validates a `linimasa/1` dataset (a parsed JSON value or JSON text) into a typed `Dataset`, or errors with JSON paths; never throws. */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): ParseResult {
  return runSafely(input, { ...options, checkOnly: false }) as ParseResult;
}

/**
 * `parseDataset`'s verdict without the dataset: for a worker that checks
 * what the page builds itself (`buildValidDataset`). Same errors, same warnings.
 */
export function checkDataset(input: unknown, options: ParseDatasetOptions = {}): CheckResult {
  return runSafely(input, { ...options, checkOnly: true }) as CheckResult;
}
