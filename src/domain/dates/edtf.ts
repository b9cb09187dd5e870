/**
 * EDTF (ISO 8601-2, levels 0 and 1) dates as Linimasa reads them: a date
 * string becomes a `DateSpan` of UTC milliseconds, or a sentence saying what
 * is wrong with it. See ../shared/DATA-FORMAT.md, "Dates".
 *
 * Plain years, months and days (alone or as the ends of an interval) are read
 * here directly. Every other form goes through the `edtf` package's grammar,
 * which is large, so it is not imported here: it is registered with
 * `registerEdtfGrammar` (see edtf-grammar.ts), statically by scripts and
 * tests, and by the app's loader only for a dataset that needs it, which
 * `needsEdtfGrammar` tells before anything is read. Without it such a date
 * is not read: it fails with a sentence saying the grammar is missing.
 */
import type { EdtfParseNode } from 'edtf';
import { MONTHS } from '@/domain/dates/calendar-format';
import type { DateSpan } from '@/domain/dates/date-span';
import { daysInMonth, MAX_EDTF_LENGTH, PLAIN_DATE, QUALIFIED_DATE } from '@/domain/dates/plain-dates';

/** The outcome of parsing one EDTF string: a span, or a sentence a person can act on. */
export type EdtfParseResult =
  { readonly ok: true; readonly span: DateSpan } | { readonly ok: false; readonly message: string };

type Precision = DateSpan['precision'];

interface Bound {
  readonly earliest: number;
  readonly latest: number;
  readonly precision: Precision;
  readonly uncertain: boolean;
}

type BoundResult = { readonly ok: true; readonly bound: Bound } | { readonly ok: false; readonly message: string };

/** The parts of the `edtf` package that reading a non-plain date needs. */
export interface EdtfGrammar {
  /** Parses an EDTF string into a parse tree; throws on a syntax error. */
  readonly parse: (input: string) => EdtfParseNode;
  /** Earliest and latest instant of a parsed date, in ms since epoch UTC; throws when the date is invalid. */
  readonly bounds: (node: EdtfParseNode) => { readonly min: number; readonly max: number };
}

let grammar: EdtfGrammar | null = null;

/** Lets `parseEdtfDate` read every EDTF form, not only plain years, months and days; `null` unregisters it (for tests). */
export function registerEdtfGrammar(next: EdtfGrammar | null): void {
  grammar = next;
}

/** True once the EDTF grammar is registered: dates that `needsEdtfGrammar` names can then be read. */
export function hasEdtfGrammar(): boolean {
  return grammar !== null;
}

const EXAMPLES = '(examples: 1997, 2022-06, 2022-06-26, 2022-06-20/2022-06-26)';

// Finest first: an interval takes the finest precision of its ends.
const PRECISION_ORDER: readonly Precision[] = ['day', 'month', 'year', 'decade', 'century'];

// Used only to word the error for a date edtf's grammar rejected.
const NUMERIC_DATE = /^(-?\d{4})-(\d{2})(?:-(\d{2}))?[?~%]?$/;

/** Start of a UTC day in ms since epoch; months and days overflow like `Date.UTC`, but years 0–99 stay as written. */
function utcDayStart(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function notEdtf(whole: string): { ok: false; message: string } {
  return fail(`${JSON.stringify(whole)} is not an EDTF date ${EXAMPLES}`);
}

/** Says why a numeric date does not exist, or returns null when it might. */
function impossibleDate(whole: string, year: number, month: number, day: number | undefined): string | null {
  const prefix = `${JSON.stringify(whole)} is not a valid EDTF date`;
  if (month < 1 || month > 12) {
    // EDTF level 1 uses 21–24 for seasons, which Linimasa does not read.
    if (day === undefined && month >= 21 && month <= 24) {
      return `${JSON.stringify(whole)} names a season, which Linimasa does not read; use a month interval such as 2001-03/2001-05`;
    }
    return `${prefix}: there is no month ${month}`;
  }
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `${prefix}: ${MONTHS.en.long[month - 1]} ${year} has no day ${day}`;
  }
  return null;
}

function plainBound(whole: string, match: RegExpExecArray): BoundResult {
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined) {
    const problem = impossibleDate(whole, year, month, day);
    if (problem) return fail(problem);
  }
  if (month === undefined) {
    return {
      ok: true,
      bound: {
        earliest: utcDayStart(year, 0, 1),
        latest: utcDayStart(year + 1, 0, 1) - 1,
        precision: 'year',
        uncertain: false,
      },
    };
  }
  if (day === undefined) {
    return {
      ok: true,
      bound: {
        earliest: utcDayStart(year, month - 1, 1),
        latest: utcDayStart(year, month, 1) - 1,
        precision: 'month',
        uncertain: false,
      },
    };
  }
  return {
    ok: true,
    bound: {
      earliest: utcDayStart(year, month - 1, day),
      latest: utcDayStart(year, month - 1, day + 1) - 1,
      precision: 'day',
      uncertain: false,
    },
  };
}

/** Precision of an edtf Date node from how many parts it names and which digits are `X`. */
function datePrecision(node: EdtfParseNode): Precision {
  const mask = node.unspecified ?? 0;
  const unspecifiedYearDigits = [1, 2, 4, 8].filter((bit) => (mask & bit) !== 0).length;
  if (unspecifiedYearDigits === 1) return 'decade';
  if (unspecifiedYearDigits > 1) return 'century';
  if (node.values.length === 1 || (mask & 0b110000) !== 0) return 'year';
  if (node.values.length === 2 || (mask & 0b11000000) !== 0) return 'month';
  return 'day';
}

/** Parses one end of an interval, or a whole single date, through edtf. */
function edtfBound(part: string, whole: string): BoundResult {
  const timeAt = part.indexOf('T');
  if (timeAt > 0) {
    return fail(
      `${JSON.stringify(whole)} gives a time of day; Linimasa dates name a day at the finest: write ${part.slice(0, timeAt)}`,
    );
  }
  // The loader registers the grammar first whenever needsEdtfGrammar says a date needs it: this is a caller's slip, said as one.
  if (!grammar) return fail(`reading ${JSON.stringify(whole)} needs the EDTF grammar, which was not loaded`);
  const { parse, bounds } = grammar;
  let node: EdtfParseNode;
  try {
    node = parse(part);
  } catch {
    const numeric = NUMERIC_DATE.exec(part);
    if (numeric) {
      const problem = impossibleDate(
        whole,
        Number(numeric[1]),
        Number(numeric[2]),
        numeric[3] === undefined ? undefined : Number(numeric[3]),
      );
      if (problem) return fail(problem);
    }
    return notEdtf(whole);
  }
  if (node.level > 1) {
    return fail(
      `${JSON.stringify(whole)} uses EDTF level 2, which Linimasa does not read; use a level 0 or 1 form ${EXAMPLES}`,
    );
  }
  let precision: Precision;
  let uncertain = false;
  switch (node.type) {
    case 'Date': {
      const [year, monthIndex, day] = node.values as readonly number[];
      if (node.values.length > 3) {
        return fail(`${JSON.stringify(whole)} gives a time of day; Linimasa dates name a day at the finest`);
      }
      // edtf's grammar lets 29 February through in any year and then rolls it over to 1 March.
      if (year !== undefined && monthIndex !== undefined && day !== undefined) {
        const problem = impossibleDate(whole, year, monthIndex + 1, day);
        if (problem) return fail(problem);
      }
      precision = datePrecision(node);
      uncertain = Boolean(node.uncertain) || Boolean(node.approximate) || (node.unspecified ?? 0) !== 0;
      break;
    }
    case 'Year':
      precision = 'year';
      break;
    case 'Century':
      precision = 'century';
      break;
    case 'Season':
      return fail(
        `${JSON.stringify(whole)} names a season, which Linimasa does not read; use a month interval such as 2001-03/2001-05`,
      );
    default:
      return notEdtf(whole);
  }
  let earliest: number;
  let latest: number;
  try {
    const value = bounds(node);
    earliest = value.min;
    latest = value.max;
  } catch {
    earliest = Number.NaN;
    latest = Number.NaN;
  }
  if (!Number.isFinite(earliest) || !Number.isFinite(latest)) {
    return fail(
      `${JSON.stringify(whole)} is outside the range of dates Linimasa can place (about 271,000 BCE to 275,000 CE)`,
    );
  }
  return { ok: true, bound: { earliest, latest, precision, uncertain } };
}

function parseBound(part: string, whole: string): BoundResult {
  const plain = PLAIN_DATE.exec(part);
  if (plain) return plainBound(whole, plain);
  const qualified = QUALIFIED_DATE.exec(part);
  if (qualified) {
    const bound = plainBound(whole, qualified);
    return bound.ok ? { ok: true, bound: { ...bound.bound, uncertain: true } } : bound;
  }
  return edtfBound(part, whole);
}

/**
 * Parses an EDTF level 0/1 date or interval into a span of UTC ms (open ends
 * are ±Infinity), or explains why it is not one; never throws. A date that
 * needs the grammar (`needsEdtfGrammar`) fails while none is registered.
 */
export function parseEdtfDate(value: string): EdtfParseResult {
  if (typeof value !== 'string') return fail(`expected an EDTF date string ${EXAMPLES}`);
  if (value === '') return fail(`the date is empty ${EXAMPLES}`);
  if (value.length > MAX_EDTF_LENGTH) {
    return fail(`the date is ${value.length} characters long; an EDTF date has at most ${MAX_EDTF_LENGTH}`);
  }
  if (value.trim() !== value) return fail(`${JSON.stringify(value)} has spaces around it; write the date without them`);
  const parts = value.split('/');
  if (parts.length > 2) return notEdtf(value);

  if (parts.length === 1) {
    const single = parseBound(value, value);
    if (!single.ok) return single;
    return { ok: true, span: { edtf: value, ...single.bound, interval: false } };
  }

  // `..` is an open end (no bound), an empty end an unknown one; both are
  // unbounded on the timeline, and an unknown end also makes the date uncertain.
  const [first = '', second = ''] = parts;
  const ends: (Bound | null)[] = [];
  let unknownEnd = false;
  for (const part of [first, second]) {
    if (part === '..' || part === '') {
      unknownEnd ||= part === '';
      ends.push(null);
      continue;
    }
    const bound = parseBound(part, value);
    if (!bound.ok) return bound;
    ends.push(bound.bound);
  }
  const [start = null, end = null] = ends;
  if (!start && !end) return fail(`${JSON.stringify(value)} is an interval with no date at either end`);
  if (start && end && end.latest < start.earliest) {
    return fail(`the interval ends (${second}) before it starts (${first})`);
  }
  const bounded = [start, end].filter((bound): bound is Bound => bound !== null);
  const precision = PRECISION_ORDER.find((p) => bounded.some((bound) => bound.precision === p)) ?? 'day';
  return {
    ok: true,
    span: {
      edtf: value,
      earliest: start ? start.earliest : Number.NEGATIVE_INFINITY,
      latest: end ? end.latest : Number.POSITIVE_INFINITY,
      precision,
      interval: true,
      uncertain: unknownEnd || bounded.some((bound) => bound.uncertain),
    },
  };
}

/** Formats an instant (ms since epoch) as its UTC day, `YYYY-MM-DD`, with a `-` for years before 1 BCE (year 0). */
export function formatEdtfDay(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const yyyy = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return `${yyyy}-${mm}-${dd}`;
}
