/**
 * The patterns of the date tagger, one per kind of phrase, built from a
 * language's tables (date-phrase-tables.ts) once, on first use: each a sticky
 * regular expression tried only where a word that can open it stands, and a
 * reading that turns its groups into days (date-reading.ts).
 */
import { dayOf, monthSpan, partsOf } from '@/domain/dates/calendar-days';
import { DAY_MS } from '@/domain/dates/day';
import {
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
import { DATE_TABLES } from '@/domain/dates/date-words';
import {
  AFTER,
  alternation,
  BEFORE,
  chooseYear,
  countOf,
  dayFromParts,
  DIGIT,
  firsts,
  isFutureContext,
  key,
  monthOf,
  numericDay,
  RELATIVE_PREFIXES,
  weekdayNamed,
  WORD_CHAR,
  yearOf,
  type Pattern,
} from '@/domain/dates/date-reading';

/** The compiled patterns of one language. */
export interface DatePatterns {
  readonly patterns: readonly Pattern[];
  /** The patterns to try at a word that opens a phrase (lower case), and at a number. */
  readonly byFirstWord: ReadonlyMap<string, readonly Pattern[]>;
  readonly atDigit: readonly Pattern[];
  /** Finds the words a date phrase may start with, and numbers (global). */
  readonly opening: RegExp;
  readonly future: RegExp;
  readonly speech: RegExp;
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

function buildPatterns(language: DateLanguage): DatePatterns {
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

const PATTERNS = new Map<DateLanguage, DatePatterns>();

/** The patterns of a language, built on first use. */
export function datePatterns(language: DateLanguage): DatePatterns {
  let lexicon = PATTERNS.get(language);
  if (!lexicon) {
    lexicon = buildPatterns(language);
    PATTERNS.set(language, lexicon);
  }
  return lexicon;
}
