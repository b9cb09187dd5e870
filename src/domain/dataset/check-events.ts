/**
 * The checks of each event's references to actors and sources, its evidence
 * and its date, as `parseDataset` reports them; and what they need to know
 * of the rest of the dataset.
 */
import { parseEdtfDate, type EdtfParseResult } from '@/domain/dates/edtf';
import { isValidPlainDate } from '@/domain/dates/plain-dates';
import type { IssueSink, Path } from '@/domain/dataset/dataset-issues';
import { field, list } from '@/domain/dataset/json';
import { checkReference } from '@/domain/dataset/check-objects';
import { spanOf } from '@/domain/dataset/build-dataset';
import type { DateSpan } from '@/domain/dates/date-span';

/** What the event checks need to know of the rest of the dataset. */
export interface EventContext {
  readonly sources: readonly unknown[];
  /** Source ids, each mapped to the index that first used it. */
  readonly sourceIds: ReadonlyMap<string, number>;
  /** Actor ids, each mapped to the index that first used it. */
  readonly actorIds: ReadonlyMap<string, number>;
  /** Plain-text copies of sources, by source id. */
  readonly texts: ReadonlyMap<string, string>;
}

/** Plain-text copies of sources, keyed by source id or by the source's `text` path. */
export type SourceTexts = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/** `SourceTexts` as a map, leaving out any value that is not a string. */
export function sourceTextMap(texts: SourceTexts | undefined): ReadonlyMap<string, string> {
  if (!texts) return new Map();
  if (texts instanceof Map) return texts;
  return new Map(Object.entries(texts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The texts of the sources that have one among `given` (keyed by source id or by the source's `text` path), by source id. */
export function sourceTextsById(
  sources: readonly unknown[],
  sourceIds: ReadonlyMap<string, number>,
  given: ReadonlyMap<string, string>,
): Map<string, string> {
  const texts = new Map<string, string>();
  sources.forEach((source, i) => {
    const id = field(source, 'id');
    if (typeof id !== 'string' || sourceIds.get(id) !== i) return;
    const path = field(source, 'text');
    const text = given.get(id) ?? (typeof path === 'string' ? given.get(path) : undefined);
    if (typeof text === 'string') texts.set(id, text);
  });
  return texts;
}

/** Parsed event dates by their text: the same few thousand dates recur across 100,000 events. */
export class DateCache {
  private readonly parsed = new Map<string, EdtfParseResult>();

  parse(date: string): EdtfParseResult {
    let result = this.parsed.get(date);
    if (!result) {
      result = parseEdtfDate(date);
      this.parsed.set(date, result);
    }
    return result;
  }

  /** True when `parse(date)` is ok, answered without parsing for the commonest dates. */
  isValid(date: string): boolean {
    return isValidPlainDate(date) || this.parse(date).ok;
  }
}

function quoteSnippet(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

function evidencePath(i: number, k: number): Path {
  return ['events', i, 'evidence', k];
}

/** Checks one piece of evidence against its source and, when loaded, the source's text. */
function checkEvidence(
  evidence: unknown,
  source: unknown,
  text: string | undefined,
  i: number,
  k: number,
  sink: IssueSink,
): void {
  const quote = field(evidence, 'quote');
  const start = field(evidence, 'start');
  const end = field(evidence, 'end');
  const hasStart = typeof start === 'number' && Number.isInteger(start) && start >= 0;
  const hasEnd = typeof end === 'number' && Number.isInteger(end) && end >= 0;
  if (typeof quote !== 'string') return;
  // Built only for a message.
  const sourceId = () => JSON.stringify(field(source, 'id'));
  if (typeof field(source, 'text') === 'string' && (start === undefined || end === undefined)) {
    sink.error(
      evidencePath(i, k),
      `"start" and "end" are required because source ${sourceId()} has a text file; they are the quote's offsets in it`,
    );
    return;
  }
  if (!hasStart || !hasEnd) return;
  if (start > end) {
    sink.error(evidencePath(i, k), `"start" (${start}) is after "end" (${end})`);
    return;
  }
  if (text === undefined) {
    if (end - start !== quote.length) {
      sink.error(
        evidencePath(i, k),
        `"start" and "end" span ${end - start} characters, but the quote is ${quote.length} characters long`,
      );
    }
    return;
  }
  if (end > text.length) {
    sink.error(
      [...evidencePath(i, k), 'end'],
      `${end} is past the end of the text of source ${sourceId()}, which is ${text.length} characters long`,
    );
    return;
  }
  const found = text.slice(start, end);
  if (found === quote) return;
  sink.error(evidencePath(i, k), () => {
    const elsewhere = text.indexOf(quote);
    const hint =
      elsewhere >= 0
        ? `; the quote occurs at start ${elsewhere}, end ${elsewhere + quote.length}`
        : '; the quote does not occur anywhere in the text';
    return `the quote does not match the text of source ${sourceId()} at ${start}–${end}, which reads ${quoteSnippet(found)}${hint}`;
  });
}

const ACTOR_FIELDS = ['actors', 'recipients'] as const;

/** Checks one event's references to actors and sources, whether it needs evidence, and its evidence. */
function checkEventLinks(event: unknown, i: number, context: EventContext, sink: IssueSink): void {
  const { actorIds, sourceIds } = context;
  for (const key of ACTOR_FIELDS) {
    const refs = list(field(event, key));
    for (let j = 0; j < refs.length; j += 1) {
      const ref = refs[j];
      // Paths are built only for a reference that fails.
      if (typeof ref !== 'string' || !actorIds.has(ref))
        checkReference(ref, actorIds, 'actor', ['events', i, key, j], sink);
    }
  }
  const basis = field(event, 'dateBasis') ?? 'stated';
  const evidence = field(event, 'evidence');
  if (basis !== 'external' && (evidence === undefined || (Array.isArray(evidence) && evidence.length === 0))) {
    sink.error(
      ['events', i, 'evidence'],
      `needs at least one quote from a source, because "dateBasis" is ${JSON.stringify(basis)}; use "external" for a date added from outside the sources`,
    );
  }
  if (basis === 'relative' && field(event, 'dateText') === undefined) {
    sink.warn(
      ['events', i, 'dateText'],
      '"dateBasis" is "relative" but there is no "dateText" giving the phrase it was resolved from',
    );
  }
  const items = list(evidence);
  for (let k = 0; k < items.length; k += 1) {
    const item = items[k];
    const ref = field(item, 'source');
    if (typeof ref !== 'string' || !sourceIds.has(ref))
      checkReference(ref, sourceIds, 'source', ['events', i, 'evidence', k, 'source'], sink);
    const index = typeof ref === 'string' ? sourceIds.get(ref) : undefined;
    if (index !== undefined)
      checkEvidence(
        item,
        context.sources[index],
        typeof ref === 'string' ? context.texts.get(ref) : undefined,
        i,
        k,
        sink,
      );
  }
}

/** Checks one event's references, evidence and date; returns its date span when the date is valid. */
function checkEvent(
  event: unknown,
  i: number,
  context: EventContext,
  dates: DateCache,
  sink: IssueSink,
): DateSpan | undefined {
  checkEventLinks(event, i, context, sink);
  const date = field(event, 'date');
  if (typeof date !== 'string') return undefined;
  const parsed = dates.parse(date);
  if (!parsed.ok) {
    sink.error(['events', i, 'date'], parsed.message);
    return undefined;
  }
  return parsed.span;
}

/**
 * Checks the references, evidence and date of the events at `indices`
 * (ascending), and puts the date span of each whose date is valid into
 * `spans`, when given, at the event's index.
 */
export function checkEvents(
  events: readonly unknown[],
  indices: readonly number[],
  context: EventContext,
  spans: (DateSpan | undefined)[] | null,
  sink: IssueSink,
): void {
  const dates = new DateCache();
  for (const i of indices) {
    const span = checkEvent(events[i], i, context, dates, sink);
    if (spans && span) spans[i] = spanOf(span);
  }
}
