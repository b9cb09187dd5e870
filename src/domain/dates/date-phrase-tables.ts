/**
 * What the date tagger's words mean (the words themselves are in
 * date-words.ts): the shape of a language's table, what each relative phrase
 * ("pekan lalu", "last week") means against a publication day, the thirds of
 * a month or a year, and where a weekday falls. Weeks run Monday to Sunday.
 */
import { addDays, dayOf, daysInMonth, mondayOf, monthSpan, partsOf, weekdayOf } from '@/domain/dates/calendar-days';

/** The languages the tagger has tables for. */
export type DateLanguage = 'id' | 'en';

/** The first and last UTC day (ms since epoch) a phrase covers. */
export type DaySpan = readonly [first: number, last: number];

/** Resolves a relative phrase against the publication day (UTC day, ms since epoch). */
export type RelativeResolver = (published: number) => DaySpan;

const yearSpan = (year: number): DaySpan => [dayOf(year, 1, 1) ?? 0, dayOf(year, 12, 31) ?? 0];
const monthOffset = (published: number, offset: number): DaySpan => {
  const { year, month } = partsOf(published);
  const index = year * 12 + (month - 1) + offset;
  return monthSpan(Math.floor(index / 12), (index % 12) + 1);
};
const weekOffset = (published: number, weeks: number): DaySpan => {
  const monday = addDays(mondayOf(published), 7 * weeks);
  return [monday, addDays(monday, 6)];
};

/** What each relative phrase means; weeks run Monday to Sunday, and a span that would pass the publication day stops at it unless it is meant to be ahead. */
export const RELATIVE_RESOLVERS = {
  'last-week': (day) => weekOffset(day, -1),
  'late-last-week': (day) => {
    const [monday, sunday] = weekOffset(day, -1);
    return [addDays(monday, 3), sunday];
  },
  // Early in the week is Monday to Wednesday, never later than the day the source appeared.
  'early-this-week': (day) => [mondayOf(day), Math.min(addDays(mondayOf(day), 2), day)],
  'this-week': (day) => [mondayOf(day), day],
  'next-week': (day) => weekOffset(day, 1),
  'last-weekend': (day) => [addDays(mondayOf(day), -2), addDays(mondayOf(day), -1)],
  'this-weekend': (day) => [addDays(mondayOf(day), 5), addDays(mondayOf(day), 6)],
  'day-before-yesterday': (day) => [addDays(day, -2), addDays(day, -2)],
  yesterday: (day) => [addDays(day, -1), addDays(day, -1)],
  today: (day) => [day, day],
  tomorrow: (day) => [addDays(day, 1), addDays(day, 1)],
  'last-month': (day) => monthOffset(day, -1),
  'early-last-month': (day) => {
    const [first] = monthOffset(day, -1);
    return [first, addDays(first, 9)];
  },
  'late-last-month': (day) => {
    const [first, last] = monthOffset(day, -1);
    return [addDays(first, 20), last];
  },
  'earlier-this-month': (day) => [monthOffset(day, 0)[0], day],
  'early-this-month': (day) => {
    const [first] = monthOffset(day, 0);
    return [first, Math.min(addDays(first, 9), day)];
  },
  'this-month': (day) => monthOffset(day, 0),
  'next-month': (day) => monthOffset(day, 1),
  'last-year': (day) => yearSpan(partsOf(day).year - 1),
  'late-last-year': (day) => {
    const year = partsOf(day).year - 1;
    return [dayOf(year, 9, 1) ?? 0, dayOf(year, 12, 31) ?? 0];
  },
  'earlier-this-year': (day) => [yearSpan(partsOf(day).year)[0], day],
  'early-this-year': (day) => {
    const year = partsOf(day).year;
    return [dayOf(year, 1, 1) ?? 0, Math.min(dayOf(year, 4, 30) ?? 0, day)];
  },
  'this-year': (day) => yearSpan(partsOf(day).year),
  'next-year': (day) => yearSpan(partsOf(day).year + 1),
} satisfies Record<string, RelativeResolver>;

/** The name of one relative meaning. */
export type RelativeKey = keyof typeof RELATIVE_RESOLVERS;

/** Part of a month or a year: early (first third), mid (second), late (last). */
export type DatePart = 'early' | 'mid' | 'late';

/** The days of a month's early, middle or late third (1–10, 11–20, 21–end). */
export function monthPart(year: number, month: number, part: DatePart): DaySpan {
  const last = daysInMonth(year, month);
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return [dayOf(year, month, from) ?? 0, dayOf(year, month, to) ?? 0];
}

/** The days of a year's early, middle or late third (January–April, May–August, September–December). */
export function yearPart(year: number, part: DatePart): DaySpan {
  const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return [dayOf(year, from, 1) ?? 0, dayOf(year, to, daysInMonth(year, to)) ?? 0];
}

/** How a weekday's modifier places it: on or before the publication day, strictly before or after it, or in the previous or next week. */
export type WeekdayPlacement = 'past' | 'before' | 'after' | 'last-week' | 'next-week';

/** The day a weekday (0 = Monday) names, placed against the publication day. */
export function placeWeekday(weekday: number, published: number, placement: WeekdayPlacement | 'future'): number {
  const today = weekdayOf(published);
  switch (placement) {
    case 'past':
      return addDays(published, -((today - weekday + 7) % 7));
    case 'before':
      return addDays(published, -((today - weekday + 7) % 7 || 7));
    case 'future':
      return addDays(published, (weekday - today + 7) % 7);
    case 'after':
      return addDays(published, (weekday - today + 7) % 7 || 7);
    case 'last-week':
      return addDays(mondayOf(published), weekday - 7);
    case 'next-week':
      return addDays(mondayOf(published), weekday + 7);
  }
}

/** One language's words for dates. */
export interface DateTable {
  /** Month names and abbreviations → 1-based month; `full` names may stand without a day. */
  readonly months: ReadonlyMap<string, { readonly month: number; readonly full: boolean }>;
  /** Weekday names → 0 = Monday … 6 = Sunday; abbreviations only before a written date. */
  readonly weekdays: ReadonlyMap<string, { readonly weekday: number; readonly full: boolean }>;
  /** Words a date phrase may start with, kept in the phrase ("pada", "on the"). */
  readonly prefixes: readonly string[];
  /** Words a year may follow ("pada", "pada tahun", "in"). */
  readonly yearPrefixes: readonly string[];
  /** Words a month name may follow without a day ("pada", "bulan", "in"). */
  readonly monthPrefixes: readonly string[];
  /** Words after a day and month, or a month, that place it in a year, with the year offset or the direction. */
  readonly yearWords: ReadonlyMap<string, number | 'past' | 'future'>;
  /** Words before a month: "last March" (past), "next March" (future). */
  readonly monthBefore: ReadonlyMap<string, 'past' | 'future'>;
  /** Early, mid, late: words before a month or a year. */
  readonly parts: ReadonlyMap<string, DatePart>;
  /** Words before a weekday ("last", "the previous") and how they place it. */
  readonly weekdayBefore: ReadonlyMap<string, WeekdayPlacement | 'needs-after'>;
  /** Words after a weekday ("lalu", "before", "pekan lalu") and how they place it. */
  readonly weekdayAfter: ReadonlyMap<string, WeekdayPlacement>;
  /** Times of day a weekday may carry ("malam", "morning"); kept in the phrase. */
  readonly timesOfDay: readonly string[];
  /** Fixed relative phrases → their meaning. */
  readonly relative: ReadonlyMap<string, RelativeKey>;
  /** Number words → value ("dua", "two"). */
  readonly numerals: ReadonlyMap<string, number>;
  /** Words for one unit in one word ("sepekan" = one week). */
  readonly oneUnit: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'>;
  /** Units of "<n> <unit> ago". */
  readonly units: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'>;
  /** Words that make "<n> <unit>" point back from the publication day ("lalu", "ago"); not "earlier", which counts from another event. */
  readonly ago: readonly string[];
  /** Words that make "<n> <unit>" count on from the date the text gave last ("dua hari kemudian", "two days later"). */
  readonly later: readonly string[];
  /** Phrases for the day after the date the text gave last ("keesokan harinya", "the next day"). */
  readonly nextDay: readonly string[];
  /** Words that make a clause speak of what is still to come ("akan", "will"). */
  readonly futureMarkers: readonly string[];
  /** Verbs of saying, which end the reach of a future marker before them ("said on Sunday that … will"). */
  readonly speechVerbs: readonly string[];
}
