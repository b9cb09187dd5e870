/**
 * The date tagger: finds the date phrases of a text in Indonesian or English
 * ("pada 1997", "Ahad (26/6/2022)", "Feb. 24", "pekan lalu", "on Sunday",
 * "Kamis sebelumnya") and resolves each against the publication day to EDTF,
 * with its UTF-16 offsets in the text. A phrase that names its year is
 * `stated`; one whose year, week or day comes from the publication day is
 * `relative`. A weekday, or a day and month without a year, is the latest such
 * day on or before publication, unless the clause speaks of the future ("akan",
 * "will"). Weeks run Monday to Sunday; all arithmetic is on UTC days.
 */
import { dayOf, formatDaySpan, monthSpan, parseEdtfDay, partsOf, weekdayOf } from '@/domain/dates/calendar-days';
import { DAY_MS } from '@/domain/dates/day';
import {
  DATE_TABLES,
  monthPart,
  placeWeekday,
  RELATIVE_RESOLVERS,
  yearPart,
  type DateLanguage,
  type DateTable,
  type DaySpan,
  type RelativeKey,
  type WeekdayPlacement,
} from '@/domain/dates/date-phrase-tables';

export type { DateLanguage };

/** What a date phrase names: a day, a weekday, a month, a year, or a phrase relative to the publication day. */
export type DateMentionKind = 'day' | 'weekday' | 'month' | 'year' | 'relative';

/** One date phrase found in a text. */
export interface DateMention {
  /** UTF-16 offset of the phrase's first character in the text. */
  readonly start: number;
  /** UTF-16 offset just past the phrase: `text.slice(start, end) === this.text`. */
  readonly end: number;
  /** The phrase as the text writes it, with a leading "pada"/"on"/"in" when there is one. */
  readonly text: string;
  /** The EDTF date or interval the phrase resolves to. */
  readonly edtf: string;
  /** `stated` when the phrase gives its year; `relative` when part of the date comes from the publication day. */
  readonly basis: 'stated' | 'relative';
  readonly kind: DateMentionKind;
  /** First and last UTC day (ms since epoch) of the date. */
  readonly first: number;
  readonly last: number;
  /** True when the date begins after the publication day. */
  readonly future: boolean;
}

/** Options of `findDatePhrases`. */
export interface FindDateOptions {
  /** Ask month and weekday names to be capitalised, as news text writes them (default true; "minggu" is then a week, "Minggu" Sunday). */
  readonly caseSensitive?: boolean;
}

interface Candidate {
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

interface Context {
  readonly text: string;
  readonly published: number;
  readonly table: DateTable;
  readonly language: DateLanguage;
  readonly caseSensitive: boolean;
  readonly lexicon: Lexicon;
}

type Groups = Readonly<Record<string, string | undefined>>;

interface Pattern {
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

interface Lexicon {
  readonly patterns: readonly Pattern[];
  /** The patterns to try at a word that opens a phrase (lower case), and at a number. */
  readonly byFirstWord: ReadonlyMap<string, readonly Pattern[]>;
  readonly atDigit: readonly Pattern[];
  /** Finds the words a date phrase may start with, and numbers (global). */
  readonly opening: RegExp;
  readonly future: RegExp;
  readonly speech: RegExp;
}

// Letters and digits of the Latin script, which the tables are written in: classes without Unicode
// properties keep the patterns quick to compile and to run.
const WORD_CHAR = '0-9A-Za-z\\u00C0-\\u024F';
const BEFORE = `(?<![${WORD_CHAR}])`;
const AFTER = `(?![${WORD_CHAR}])`;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** A regular-expression alternation of words, longest first so "pekan lalu" wins over "pekan". */
function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
}

function key(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/\s+/g, ' ');
}

function isCapitalised(word: string | undefined): boolean {
  const first = word?.charAt(0) ?? '';
  return first !== first.toLowerCase();
}

/** The month a captured name stands for, or null when it is not one (or not capitalised where that is asked). */
function monthOf(name: string | undefined, context: Context, fullOnly: boolean): number | null {
  const entry = context.table.months.get(key(name));
  if (!entry || (fullOnly && !entry.full)) return null;
  if (context.caseSensitive && !isCapitalised(name)) return null;
  return entry.month;
}

function weekdayNamed(name: string | undefined, context: Context, fullOnly: boolean): number | null {
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
function isFutureContext(context: Context, start: number, end: number): boolean {
  const { text, lexicon } = context;
  const from = sentenceStart(text, start);
  const before = text.slice(from, start);
  const marker = lastIndex(lexicon.future, before);
  const speech = lastIndex(lexicon.speech, before);
  if (marker >= 0) return marker > speech;
  // Only a phrase that opens its sentence looks ahead ("On Monday, the ministers will meet").
  if (/[0-9A-Za-z\u00C0-\u024F]/.test(before)) return false;
  const after = text.slice(end, sentenceEnd(text, end));
  const ahead = firstIndex(lexicon.future, after);
  const aheadSpeech = firstIndex(lexicon.speech, after);
  return ahead >= 0 && (aheadSpeech < 0 || ahead < aheadSpeech);
}

/** The year of a day and month given without one: the latest on or before publication, or the earliest on or after it in the future; a weekday, when given, must fall on it. */
function chooseYear(
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
function yearOf(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return year >= 1000 && year <= 2199 ? year : null;
}

/** Reads day and month numbers in the language's order ("1/7" is 1 July in Indonesian, January 7 in English), swapping when only the other order is a date or only it falls on the weekday given. */
function numericDay(a: number, b: number, year: number, context: Context, weekday: number | null): number | null {
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

function dayFromParts(
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
const DIGIT = 'digit' as const;

// Words a relative phrase may carry before it ("pada pekan lalu", "since last week").
const RELATIVE_PREFIXES = ['pada', 'on', 'in', 'sejak', 'since'];

/** The first word of each phrase, lower case. */
function firsts(phrases: Iterable<string>): string[] {
  return [...phrases].map((phrase) => phrase.split(/[\s'’-]/u)[0] ?? '');
}

/** The first words of every phrase the patterns read: where the tagger tries them. */
function openingWords(table: DateTable): Set<string> {
  const words = new Set<string>(['the', 'sejak', 'since', 'bulan', 'tahun']);
  const firstWord = (phrase: string) => phrase.split(/[\s'’-]/u)[0] ?? '';
  for (const list of [
    table.months.keys(),
    table.weekdays.keys(),
    table.prefixes,
    table.yearPrefixes,
    table.monthPrefixes,
    table.monthBefore.keys(),
    table.parts.keys(),
    table.weekdayBefore.keys(),
    table.relative.keys(),
    table.numerals.keys(),
    table.oneUnit.keys(),
    table.nextDay,
  ]) {
    for (const phrase of list) words.add(firstWord(phrase));
  }
  return words;
}

/** How many of which unit "tiga hari", "sepekan", "two weeks" names, or null when it names none. */
function countOf(groups: Groups, context: Context): { count: number; unit: 'day' | 'week' | 'month' | 'year' } | null {
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

function buildLexicon(language: DateLanguage): Lexicon {
  const table = DATE_TABLES[language];
  const months = alternation(table.months.keys());
  const fullMonths = alternation([...table.months].filter(([, m]) => m.full).map(([name]) => name));
  const weekdayNames = alternation(table.weekdays.keys());
  const fullWeekdays = alternation([...table.weekdays].filter(([, w]) => w.full).map(([name]) => name));
  const prefix = `(?:(?:${alternation(table.prefixes)})\\s+)?`;
  const yearWords = alternation(table.yearWords.keys());
  const parts = alternation(table.parts.keys());
  const ordinal = language === 'en' ? '(?:st|nd|rd|th)?' : '';
  const prefixWords = firsts(table.prefixes);
  const weekdayWords = [...table.weekdays.keys()];
  const monthWords = [...table.months.keys()];
  // Sticky: each pattern is tried only where a word that can open a date phrase starts.
  const flags = 'iy';
  const patterns: Pattern[] = [
    {
      // "Jumat (1/7/2022)", "pada Ahad (26/6/2022)", "Senin (27/6)".
      regex: new RegExp(
        `${BEFORE}${prefix}(?<wd>${weekdayNames})\\s*,?\\s*\\(\\s*(?<a>\\d{1,2})\\s*[/.-]\\s*(?<b>\\d{1,2})(?:\\s*[/.-]\\s*(?<y>\\d{4}|\\d{2}))?\\s*\\)`,
        flags,
      ),
      priority: 3,
      starts: [prefixWords, weekdayWords],
      read(groups, start, end, context) {
        const weekday = weekdayNamed(groups.wd, context, false);
        if (weekday === null) return null;
        const a = Number(groups.a);
        const b = Number(groups.b);
        const stated = yearOf(groups.y);
        if (stated !== null) {
          const day = numericDay(a, b, stated, context, weekday);
          return day === null ? null : { span: [day, day], basis: 'stated', kind: 'day' };
        }
        const future = isFutureContext(context, start, end);
        const [date, month] = context.language === 'en' && a <= 12 ? [b, a] : [a, b];
        const year =
          chooseYear(month, date, context.published, future, weekday) ??
          chooseYear(date, month, context.published, future, weekday);
        const day = year === null ? null : numericDay(a, b, year, context, weekday);
        return day === null ? null : { span: [day, day], basis: 'relative', kind: 'day' };
      },
    },
    {
      // "19 Februari 2026", "24 Februari", "Senin, 27 Juni 2022", "3rd of May this year".
      regex: new RegExp(
        `${BEFORE}${prefix}(?:(?<wd>${weekdayNames})\\s*,\\s*)?(?<d>\\d{1,2})${ordinal}\\s+(?:of\\s+)?(?<m>${months})\\.?(?:,?\\s+(?<y>\\d{4})(?!\\d)|,?\\s+(?<yw>${yearWords})${AFTER})?(?!\\.?\\s*\\d)`,
        flags,
      ),
      priority: 2,
      starts: [prefixWords, weekdayWords, DIGIT],
      read(groups, start, end, context) {
        const month = monthOf(groups.m, context, false);
        if (month === null) return null;
        const weekday = groups.wd === undefined ? null : weekdayNamed(groups.wd, context, false);
        if (groups.wd !== undefined && weekday === null) return null;
        return dayFromParts(groups, start, end, context, month, Number(groups.d), weekday);
      },
    },
    {
      // "Feb. 24", "July 1, 2022", "Monday, June 27", "February 24, last year".
      regex: new RegExp(
        `${BEFORE}${prefix}(?:(?<wd>${weekdayNames})\\s*,\\s*)?(?<m>${months})\\.?\\s+(?<d>\\d{1,2})${ordinal}(?![\\d:.]\\d)(?:,?\\s+(?<y>\\d{4})(?!\\d)|,?\\s+(?<yw>${yearWords})${AFTER})?${AFTER}`,
        flags,
      ),
      priority: 2,
      starts: [prefixWords, weekdayWords, monthWords],
      read(groups, start, end, context) {
        const month = monthOf(groups.m, context, false);
        if (month === null || (context.language === 'id' && groups.y === undefined)) return null;
        const weekday = groups.wd === undefined ? null : weekdayNamed(groups.wd, context, false);
        if (groups.wd !== undefined && weekday === null) return null;
        return dayFromParts(groups, start, end, context, month, Number(groups.d), weekday);
      },
    },
    {
      // "1/7/2022", "26-6-2022", "2022-07-01".
      regex: new RegExp(
        `(?<![${WORD_CHAR}/.-])${prefix}(?:(?<a>\\d{1,2})[/.-](?<b>\\d{1,2})[/.-](?<y>\\d{4})|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?![${WORD_CHAR}]|[/.-]\\d)`,
        flags,
      ),
      priority: 1,
      starts: [prefixWords, DIGIT],
      read(groups, _start, _end, context) {
        if (groups.iy !== undefined) {
          const year = yearOf(groups.iy);
          const day = year === null ? null : dayOf(year, Number(groups.im), Number(groups.id));
          return day === null ? null : { span: [day, day], basis: 'stated', kind: 'day' };
        }
        const year = yearOf(groups.y);
        const day = year === null ? null : numericDay(Number(groups.a), Number(groups.b), year, context, null);
        return day === null ? null : { span: [day, day], basis: 'stated', kind: 'day' };
      },
    },
    {
      // "Juni 2022", "pada Maret", "akhir Juni", "Februari lalu", "in March", "last March", "mid-March 2021".
      regex: new RegExp(
        `${BEFORE}(?:(?<pre>${alternation(table.monthPrefixes)})\\s+)?(?:(?<rel>${alternation(table.monthBefore.keys()) || '(?!)'})\\s+)?(?:(?<part>${parts})(?:\\s+|-)(?:of\\s+)?)?(?:bulan\\s+)?(?<m>${fullMonths})(?:\\s+(?:tahun\\s+)?(?<y>\\d{4})(?!\\d)|\\s+(?<yw>${yearWords})${AFTER})?${AFTER}(?!\\.?\\s*\\d)`,
        flags,
      ),
      priority: 1,
      starts: [
        firsts(table.monthPrefixes),
        firsts(table.monthBefore.keys()),
        firsts(table.parts.keys()),
        ['bulan'],
        monthWords,
      ],
      read(groups, start, end, context) {
        const month = monthOf(groups.m, context, true);
        if (month === null) return null;
        if (!groups.pre && !groups.rel && !groups.part && !groups.y && !groups.yw) return null;
        const { year: thisYear, month: thisMonth } = partsOf(context.published);
        let year = yearOf(groups.y);
        const stated = year !== null;
        if (year === null) {
          const yearWord = context.table.yearWords.get(key(groups.yw));
          const direction = context.table.monthBefore.get(key(groups.rel));
          if (typeof yearWord === 'number') year = thisYear + yearWord;
          else {
            const future =
              yearWord === 'future' ||
              direction === 'future' ||
              (yearWord !== 'past' && direction !== 'past' && isFutureContext(context, start, end));
            const strictly = yearWord === 'past' || direction !== undefined;
            if (future) year = month > thisMonth || (month === thisMonth && !strictly) ? thisYear : thisYear + 1;
            else year = month < thisMonth || (month === thisMonth && !strictly) ? thisYear : thisYear - 1;
          }
        }
        const part = context.table.parts.get(key(groups.part));
        const days = part ? monthPart(year, month, part) : monthSpan(year, month);
        return { span: days, basis: stated ? 'stated' : 'relative', kind: 'month' };
      },
    },
    {
      // "pada 1997", "in 2020", "pada tahun 2014", "awal 2020", "mid-2020".
      regex: new RegExp(
        `${BEFORE}(?:(?<pre>${alternation(table.yearPrefixes)})\\s+|(?<part>${parts})(?:\\s+|-)(?:(?:of|tahun)\\s+)?)(?<y>\\d{4})(?![${WORD_CHAR}]|[/.,:-]\\d)`,
        flags,
      ),
      priority: 1,
      starts: [firsts(table.yearPrefixes), firsts(table.parts.keys())],
      read(groups) {
        const year = yearOf(groups.y);
        if (year === null) return null;
        const part = DATE_TABLES.id.parts.get(key(groups.part)) ?? DATE_TABLES.en.parts.get(key(groups.part));
        const days: DaySpan = part ? yearPart(year, part) : [dayOf(year, 1, 1) ?? 0, dayOf(year, 12, 31) ?? 0];
        return { span: days, basis: 'stated', kind: 'year' };
      },
    },
    {
      // "the 1990s", "1990-an", "tahun 1990-an".
      regex: new RegExp(
        `${BEFORE}(?:(?:${alternation(table.yearPrefixes)})\\s+)?(?:the\\s+)?(?<y>\\d{3}0)(?:s|-an)${AFTER}`,
        flags,
      ),
      priority: 1,
      starts: [firsts(table.yearPrefixes), ['the'], DIGIT],
      read(groups) {
        const year = yearOf(groups.y);
        if (year === null) return null;
        return { span: [dayOf(year, 1, 1) ?? 0, dayOf(year + 9, 12, 31) ?? 0], basis: 'stated', kind: 'year' };
      },
    },
    {
      // "pada Senin", "hari Senin", "Kamis sebelumnya", "Senin lalu", "on Sunday", "last Tuesday", "the Thursday before".
      regex: new RegExp(
        `${BEFORE}${prefix}(?:(?<before>${alternation(table.weekdayBefore.keys()) || '(?!)'})\\s+)?(?<wd>${fullWeekdays})(?:\\s+(?<after>${alternation(table.weekdayAfter.keys())})${AFTER})?(?:\\s+(?<tod>${alternation(table.timesOfDay)})${AFTER})?${AFTER}`,
        flags,
      ),
      priority: 1,
      starts: [prefixWords, firsts(table.weekdayBefore.keys()), weekdayWords],
      read(groups, start, end, context) {
        const weekday = weekdayNamed(groups.wd, context, true);
        if (weekday === null) return null;
        const before = context.table.weekdayBefore.get(key(groups.before));
        const after = context.table.weekdayAfter.get(key(groups.after));
        if (before === 'needs-after' && after === undefined) return null;
        let placement: WeekdayPlacement | 'future' | undefined =
          after ?? (before === 'needs-after' ? undefined : before);
        placement ??= isFutureContext(context, start, end) ? 'future' : 'past';
        const day = placeWeekday(weekday, context.published, placement);
        return { span: [day, day], basis: 'relative', kind: 'weekday' };
      },
    },
    {
      // "pekan lalu", "awal pekan ini", "kemarin", "last week", "earlier this week", "yesterday".
      regex: new RegExp(
        `${BEFORE}(?:(?:${RELATIVE_PREFIXES.join('|')})\\s+)?(?<r>${alternation(table.relative.keys())})${AFTER}`,
        flags,
      ),
      priority: 4,
      starts: [firsts(table.relative.keys()), RELATIVE_PREFIXES],
      read(groups, _start, _end, context) {
        const relative = context.table.relative.get(key(groups.r));
        if (relative === undefined) return null;
        return {
          span: RELATIVE_RESOLVERS[relative as RelativeKey](context.published),
          basis: 'relative',
          kind: 'relative',
        };
      },
    },
    {
      // "tiga hari lalu", "dua pekan yang lalu", "sepekan lalu", "two weeks ago".
      regex: new RegExp(
        `${BEFORE}(?:(?<one>${alternation(table.oneUnit.keys()) || '(?!)'})|(?<n>\\d{1,2}|${alternation(table.numerals.keys())})\\s+(?<unit>${alternation(table.units.keys())}))\\s+(?:${alternation(table.ago)})${AFTER}`,
        flags,
      ),
      priority: 4,
      starts: [firsts(table.oneUnit.keys()), firsts(table.numerals.keys()), DIGIT],
      read(groups, _start, _end, context) {
        const counted = countOf(groups, context);
        if (!counted) return null;
        const { count, unit } = counted;
        const { year, month } = partsOf(context.published);
        switch (unit) {
          case 'day': {
            const day = context.published - count * DAY_MS;
            return { span: [day, day], basis: 'relative', kind: 'relative' };
          }
          case 'week': {
            const [monday] = RELATIVE_RESOLVERS['this-week'](context.published);
            const first = monday - 7 * count * DAY_MS;
            return { span: [first, first + 6 * DAY_MS], basis: 'relative', kind: 'relative' };
          }
          case 'month': {
            const index = year * 12 + month - 1 - count;
            return { span: monthSpan(Math.floor(index / 12), (index % 12) + 1), basis: 'relative', kind: 'relative' };
          }
          case 'year':
            return {
              span: [dayOf(year - count, 1, 1) ?? 0, dayOf(year - count, 12, 31) ?? 0],
              basis: 'relative',
              kind: 'relative',
            };
        }
      },
    },
    {
      // "dua hari kemudian", "sepekan kemudian", "keesokan harinya", "two days later", "the next day": counted on from
      // the date the text gave last, resolved once every phrase is known.
      regex: new RegExp(
        `${BEFORE}(?:(?<next>${alternation(table.nextDay)})|(?:(?<one>${alternation(table.oneUnit.keys()) || '(?!)'})|(?<n>\\d{1,2}|${alternation(table.numerals.keys())})\\s+(?<unit>${alternation(table.units.keys())}))\\s+(?:${alternation(table.later)}))${AFTER}`,
        flags,
      ),
      priority: 4,
      starts: [firsts(table.nextDay), firsts(table.oneUnit.keys()), firsts(table.numerals.keys()), DIGIT],
      read(groups, _start, _end, context) {
        if (groups.next !== undefined)
          return { span: [0, 0], basis: 'relative', kind: 'relative', later: { count: 1, unit: 'day' } };
        const counted = countOf(groups, context);
        if (!counted) return null;
        const { count, unit } = counted;
        return { span: [0, 0], basis: 'relative', kind: 'relative', later: { count, unit } };
      },
    },
  ];
  const openers = openingWords(table);
  const byFirstWord = new Map<string, Pattern[]>();
  const atDigit: Pattern[] = [];
  for (const pattern of patterns) {
    const words = new Set<string>();
    for (const group of pattern.starts) {
      if (group === DIGIT) atDigit.push(pattern);
      else for (const word of group) words.add(word.toLowerCase());
    }
    for (const word of words) byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), pattern]);
  }
  return {
    patterns,
    byFirstWord,
    atDigit,
    future: new RegExp(`${BEFORE}(?:${alternation(table.futureMarkers)})${AFTER}`, 'gi'),
    speech: new RegExp(`${BEFORE}(?:${alternation(table.speechVerbs)})${AFTER}`, 'gi'),
    opening: new RegExp(`${BEFORE}(?:(?:${alternation(openers)})${AFTER}|[0-9])`, 'gi'),
  };
}

const LEXICONS = new Map<DateLanguage, Lexicon>();

function lexiconOf(language: DateLanguage): Lexicon {
  let lexicon = LEXICONS.get(language);
  if (!lexicon) {
    lexicon = buildLexicon(language);
    LEXICONS.set(language, lexicon);
  }
  return lexicon;
}

/** Keeps the longest of overlapping candidates (the higher priority on a tie), in text order. */
function chooseCandidates(candidates: Candidate[], length: number): Candidate[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  // Characters already taken by a chosen phrase; a phrase is a few dozen characters, so checking its own is cheap.
  const taken = new Uint8Array(length);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i += 1) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The day, month or year `count` units after the UTC day `from`. */
function countOn(from: number, count: number, unit: 'day' | 'week' | 'month' | 'year'): DaySpan {
  const { year, month } = partsOf(from);
  switch (unit) {
    case 'day':
      return [from + count * DAY_MS, from + count * DAY_MS];
    case 'week':
      return [from + 7 * count * DAY_MS, from + 7 * count * DAY_MS];
    case 'month': {
      const index = year * 12 + month - 1 + count;
      return monthSpan(Math.floor(index / 12), (index % 12) + 1);
    }
    case 'year':
      return [dayOf(year + count, 1, 1) ?? 0, dayOf(year + count, 12, 31) ?? 0];
  }
}

/**
 * Finds every date phrase in `text` (in `language`, published on the EDTF day
 * `published`) and resolves it; phrases come in text order with UTF-16
 * offsets. Returns [] when `published` is not a real day. Never throws.
 */
export function findDatePhrases(
  text: string,
  published: string,
  language: DateLanguage,
  options: FindDateOptions = {},
): DateMention[] {
  const day = parseEdtfDay(published);
  if (day === null || typeof text !== 'string' || text === '') return [];
  const lexicon = lexiconOf(language);
  const context: Context = {
    text,
    published: day,
    table: DATE_TABLES[language],
    language,
    caseSensitive: options.caseSensitive ?? true,
    lexicon,
  };
  const candidates: Candidate[] = [];
  // One scan finds where a phrase may start: a word that opens one, or a number.
  const opening = lexicon.opening;
  opening.lastIndex = 0;
  for (let found = opening.exec(text); found; found = opening.exec(text)) {
    const start = found.index;
    const first = text.charCodeAt(start);
    const tried =
      first >= 48 && first <= 57 ? lexicon.atDigit : (lexicon.byFirstWord.get(found[0].toLowerCase()) ?? []);
    for (const pattern of tried) {
      pattern.regex.lastIndex = start;
      const match = pattern.regex.exec(text);
      if (!match) continue;
      // Trailing white space is never part of a phrase (a prefix's own is).
      const end = start + match[0].trimEnd().length;
      const read = pattern.read(match.groups ?? {}, start, end, context);
      if (read && read.span[0] <= read.span[1]) candidates.push({ ...read, start, end, priority: pattern.priority });
    }
  }
  // A phrase counted from an earlier date takes the one the text gave just before it; without one it is dropped.
  const chosen: Candidate[] = [];
  for (const c of chooseCandidates(candidates, text.length)) {
    if (!c.later) {
      chosen.push(c);
      continue;
    }
    const before = chosen[chosen.length - 1];
    if (!before) continue;
    const span = countOn(before.span[0], c.later.count, c.later.unit);
    chosen.push({ ...c, span });
  }
  return chosen.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    edtf: formatDaySpan(c.span[0], c.span[1]),
    basis: c.basis,
    kind: c.kind,
    first: c.span[0],
    last: c.span[1],
    future: c.span[0] > day,
  }));
}

/** A date phrase resolved: its EDTF date and whether the phrase stated it or it was resolved against the publication day. */
export interface ResolvedDatePhrase {
  readonly edtf: string;
  readonly basis: 'stated' | 'relative';
}

const EDGE_NOISE = /^[\s.,;:!?"'“”‘’]+|[\s.,;:!?"'“”‘’]+$/gu;

/**
 * Resolves one date phrase a person typed or the text gives ("pekan lalu",
 * "last week", "Sunday", "kemarin", "24 Februari", "1/7/2022") against the EDTF
 * day a source was published; `language` picks the tables (both are tried
 * when it is omitted). Case does not matter. Null when the phrase is not one
 * whole date phrase, or `published` is not a real day.
 */
export function resolveDatePhrase(
  phrase: string,
  published: string,
  language?: DateLanguage,
): ResolvedDatePhrase | null {
  if (typeof phrase !== 'string' || phrase.length > 200) return null;
  const trimmed = phrase.replace(EDGE_NOISE, '');
  if (trimmed === '') return null;
  for (const lang of language ? [language] : (['id', 'en'] as const)) {
    const mentions = findDatePhrases(trimmed, published, lang, { caseSensitive: false });
    const only = mentions.length === 1 ? mentions[0] : undefined;
    if (only && only.start === 0 && only.end === trimmed.length) return { edtf: only.edtf, basis: only.basis };
  }
  return null;
}
