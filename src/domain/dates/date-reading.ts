/**
 * What the date patterns (date-patterns.ts) share: the shape of a phrase
 * found, the context it is read in, and how its parts become days: month and
 * weekday names checked for their capital, a year given or chosen against the
 * publication day, day and month numbers read in the language's order, and
 * whether the clause around a phrase speaks of the future. Letters are those
 * of the Latin script the tables are written in.
 */
import { dayOf, partsOf, weekdayOf } from '@/domain/dates/calendar-days';
import type { DateLanguage, DateTable, DaySpan } from '@/domain/dates/date-phrase-tables';

/** What a date phrase names: a day, a weekday, a month, a year, or a phrase relative to the publication day. */
export type DateMentionKind = 'day' | 'weekday' | 'month' | 'year' | 'relative';

/** A phrase a pattern read, before overlapping ones are weighed. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly span: DaySpan;
  /** For "dua hari kemudian", "the next day": how far on from the date the text gave before it. */
  readonly later?: { readonly count: number; readonly unit: 'day' | 'week' | 'month' | 'year' };
  readonly basis: 'stated' | 'relative';
  readonly kind: DateMentionKind;
  /** Breaks ties between candidates of the same length: higher wins. */
  readonly priority: number;
}

/** What a pattern reads a phrase against. */
export interface Context {
  readonly text: string;
  readonly published: number;
  readonly table: DateTable;
  readonly language: DateLanguage;
  readonly caseSensitive: boolean;
  /** Words of the future ("akan", "will") and verbs of saying, as global patterns. */
  readonly future: RegExp;
  readonly speech: RegExp;
}

/** The named groups of a match. */
export type Groups = Readonly<Record<string, string | undefined>>;

/** One kind of date phrase: its pattern (sticky, tried where a phrase may start) and its reading. */
export interface Pattern {
  readonly regex: RegExp;
  readonly priority: number;
  /** The words the pattern's phrases may start with, lower case; `DIGIT` for a number. */
  readonly starts: readonly (Iterable<string> | typeof DIGIT)[];
  readonly read: (
    groups: Groups,
    start: number,
    end: number,
    context: Context,
  ) => Omit<Candidate, 'start' | 'end' | 'priority'> | null;
}

// Letters and digits of the Latin script, which the tables are written in: classes without Unicode
// properties keep the patterns quick to compile and to run.
/** The letters and digits a word is made of, as the inside of a pattern's character class. */
export const WORD_CHAR = '0-9A-Za-z\\u00C0-\\u024F';
/** A pattern's start of a word: no letter or digit just before. */
export const BEFORE = `(?<![${WORD_CHAR}])`;
/** A pattern's end of a word: no letter or digit just after. */
export const AFTER = `(?![${WORD_CHAR}])`;

/** A word as a pattern: its marks escaped, its spaces any white space. */
export function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** A regular-expression alternation of words, longest first so "pekan lalu" wins over "pekan". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
}

/** A captured word as a table key: lower case, single spaces. */
export function key(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/\s+/g, ' ');
}

/** True when a word starts with a capital letter. */
export function isCapitalised(word: string | undefined): boolean {
  const first = word?.charAt(0) ?? '';
  return first !== first.toLowerCase();
}

/** The month a captured name stands for, or null when it is not one (or not capitalised where that is asked). */
export function monthOf(name: string | undefined, context: Context, fullOnly: boolean): number | null {
  const entry = context.table.months.get(key(name));
  if (!entry || (fullOnly && !entry.full)) return null;
  if (context.caseSensitive && !isCapitalised(name)) return null;
  return entry.month;
}

/** The weekday (0 = Monday) a captured name stands for, or null (or when not capitalised where that is asked). */
export function weekdayNamed(name: string | undefined, context: Context, fullOnly: boolean): number | null {
  const entry = context.table.weekdays.get(key(name));
  if (!entry || (fullOnly && !entry.full)) return null;
  if (context.caseSensitive && !isCapitalised(name)) return null;
  return entry.weekday;
}

/** The sentence around an offset: back to the previous full stop or line break, within 200 characters. */
function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - 200);
  for (let i = at - 1; i >= limit; i -= 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || (c === 46 && /\s/.test(text.charAt(i + 1)))) return i + 1;
  }
  return limit;
}

function sentenceEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + 200);
  for (let i = at; i < limit; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || (c === 46 && /\s|$/.test(text.charAt(i + 1)))) return i;
  }
  return limit;
}

function lastIndex(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let last = -1;
  for (let match = regex.exec(text); match; match = regex.exec(text)) last = match.index;
  return last;
}

function firstIndex(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  const match = regex.exec(text);
  return match ? match.index : -1;
}

/**
 * True when the clause around a phrase speaks of the future: a future marker
 * ("akan", "will") before it and after any verb of saying, or, for a phrase
 * that opens its sentence, one after it before any verb of saying.
 */
export function isFutureContext(context: Context, start: number, end: number): boolean {
  const { text } = context;
  const from = sentenceStart(text, start);
  const before = text.slice(from, start);
  const marker = lastIndex(context.future, before);
  const speech = lastIndex(context.speech, before);
  if (marker >= 0) return marker > speech;
  // Only a phrase that opens its sentence looks ahead ("On Monday, the ministers will meet").
  if (/[0-9A-Za-z\u00C0-\u024F]/.test(before)) return false;
  const after = text.slice(end, sentenceEnd(text, end));
  const ahead = firstIndex(context.future, after);
  const aheadSpeech = firstIndex(context.speech, after);
  return ahead >= 0 && (aheadSpeech < 0 || ahead < aheadSpeech);
}

/** The year of a day and month given without one: the latest on or before publication, or the earliest on or after it in the future; a weekday, when given, must fall on it. */
export function chooseYear(
  month: number,
  day: number,
  published: number,
  future: boolean,
  weekday: number | null,
): number | null {
  const { year } = partsOf(published);
  const candidates = [year - 1, year, year + 1]
    .map((y) => ({ y, d: dayOf(y, month, day) }))
    .filter((c): c is { y: number; d: number } => c.d !== null && (weekday === null || weekdayOf(c.d) === weekday));
  const past = candidates.filter((c) => c.d <= published).pop();
  const ahead = candidates.find((c) => c.d >= published);
  const chosen = future ? (ahead ?? past) : (past ?? ahead);
  return chosen ? chosen.y : null;
}

/** A year of four digits that a news text may name (1000–2199). */
export function yearOf(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return year >= 1000 && year <= 2199 ? year : null;
}

/** Reads day and month numbers in the language's order ("1/7" is 1 July in Indonesian, January 7 in English), swapping when only the other order is a date or only it falls on the weekday given. */
export function numericDay(
  a: number,
  b: number,
  year: number,
  context: Context,
  weekday: number | null,
): number | null {
  const [first, second] =
    context.language === 'en'
      ? [
          [b, a],
          [a, b],
        ]
      : [
          [a, b],
          [b, a],
        ];
  const read = (order: number[] | undefined) => (order ? dayOf(year, order[1] ?? 0, order[0] ?? 0) : null);
  const preferred = read(first);
  const other = read(second);
  if (preferred !== null && (weekday === null || weekdayOf(preferred) === weekday)) return preferred;
  if (other !== null && (weekday === null || weekdayOf(other) === weekday)) return other;
  return preferred ?? other;
}

/** The day a day and month name, with the year given, named by a year word, or chosen against the publication day. */
export function dayFromParts(
  groups: Groups,
  start: number,
  end: number,
  context: Context,
  month: number,
  date: number,
  weekday: number | null,
): Omit<Candidate, 'start' | 'end' | 'priority'> | null {
  const stated = yearOf(groups.y);
  if (stated !== null) {
    const day = dayOf(stated, month, date);
    return day === null ? null : { span: [day, day], basis: 'stated', kind: 'day' };
  }
  const yearWord = context.table.yearWords.get(key(groups.yw));
  let year: number | null;
  if (typeof yearWord === 'number') year = partsOf(context.published).year + yearWord;
  else {
    const future = yearWord === 'future' || (yearWord !== 'past' && isFutureContext(context, start, end));
    year = chooseYear(month, date, context.published, future, weekday);
  }
  const day = year === null ? null : dayOf(year, month, date);
  return day === null ? null : { span: [day, day], basis: 'relative', kind: 'day' };
}

/** Stands for a phrase that starts with a number. */
export const DIGIT = 'digit' as const;

// Words a relative phrase may carry before it ("pada pekan lalu", "since last week").
export const RELATIVE_PREFIXES = ['pada', 'on', 'in', 'sejak', 'since'];

/** The first word of each phrase, lower case. */
export function firsts(phrases: Iterable<string>): string[] {
  return [...phrases].map((phrase) => phrase.split(/[\s'’-]/u)[0] ?? '');
}

/** How many of which unit "tiga hari", "sepekan", "two weeks" names, or null when it names none. */
export function countOf(
  groups: Groups,
  context: Context,
): { count: number; unit: 'day' | 'week' | 'month' | 'year' } | null {
  const count =
    groups.one !== undefined
      ? 1
      : /^\d+$/.test(groups.n ?? '')
        ? Number(groups.n)
        : context.table.numerals.get(key(groups.n));
  const unit =
    groups.one !== undefined ? context.table.oneUnit.get(key(groups.one)) : context.table.units.get(key(groups.unit));
  return count === undefined || unit === undefined || count < 1 ? null : { count, unit };
}
