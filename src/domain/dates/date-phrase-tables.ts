/**
 * The words the date tagger (date-phrases.ts) reads, one table per language:
 * month and weekday names, the prepositions a date phrase may start with,
 * relative phrases ("pekan lalu", "last week") and what each means against a
 * publication day, numerals, and the words that put a clause in the future.
 * Every word is lower case; the tagger matches case-insensitively and then
 * asks month and weekday names to be capitalised as the text writes them.
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

const MONTH_NAMES: readonly (readonly [string, number, boolean])[] = [
  ['januari', 1, true],
  ['january', 1, true],
  ['jan', 1, false],
  ['februari', 2, true],
  ['pebruari', 2, true],
  ['february', 2, true],
  ['feb', 2, false],
  ['peb', 2, false],
  ['maret', 3, true],
  ['march', 3, true],
  ['mar', 3, false],
  ['april', 4, true],
  ['apr', 4, false],
  ['mei', 5, true],
  ['may', 5, true],
  ['juni', 6, true],
  ['june', 6, true],
  ['jun', 6, false],
  ['juli', 7, true],
  ['july', 7, true],
  ['jul', 7, false],
  ['agustus', 8, true],
  ['august', 8, true],
  ['agu', 8, false],
  ['agt', 8, false],
  ['ags', 8, false],
  ['aug', 8, false],
  ['september', 9, true],
  ['sep', 9, false],
  ['sept', 9, false],
  ['oktober', 10, true],
  ['october', 10, true],
  ['okt', 10, false],
  ['oct', 10, false],
  ['november', 11, true],
  ['nopember', 11, true],
  ['nov', 11, false],
  ['desember', 12, true],
  ['december', 12, true],
  ['des', 12, false],
  ['dec', 12, false],
];

// Month names are read in either language: Indonesian pages quote English dates and the reverse.
const MONTHS = new Map(MONTH_NAMES.map(([name, month, full]) => [name, { month, full }]));

const weekdays = (names: readonly (readonly [string, number, boolean])[]) =>
  new Map(names.map(([name, weekday, full]) => [name, { weekday, full }]));

/** Indonesian. "Minggu" is Sunday only when capitalised; "minggu lalu" is last week. */
const ID_TABLE: DateTable = {
  months: MONTHS,
  weekdays: weekdays([
    ['senin', 0, true],
    ['selasa', 1, true],
    ['rabu', 2, true],
    ['kamis', 3, true],
    ['jumat', 4, true],
    ["jum'at", 4, true],
    ['jum’at', 4, true],
    ['sabtu', 5, true],
    ['minggu', 6, true],
    ['ahad', 6, true],
    ['sen', 0, false],
    ['sel', 1, false],
    ['rab', 2, false],
    ['kam', 3, false],
    ['jum', 4, false],
    ['sab', 5, false],
    ['min', 6, false],
    // Indonesian sites also date their pages in English.
    ['mon', 0, false],
    ['tue', 1, false],
    ['wed', 2, false],
    ['thu', 3, false],
    ['fri', 4, false],
    ['sat', 5, false],
    ['sun', 6, false],
  ]),
  prefixes: ['pada hari', 'pada tanggal', 'pada', 'hari', 'tanggal'],
  yearPrefixes: [
    'pada tahun',
    'pada',
    'tahun',
    'sepanjang tahun',
    'sepanjang',
    'selama tahun',
    'selama',
    'sejak tahun',
    'sejak',
  ],
  monthPrefixes: ['pada bulan', 'pada', 'bulan', 'sepanjang bulan', 'selama bulan'],
  yearWords: new Map<string, number | 'past' | 'future'>([
    ['tahun ini', 0],
    ['tahun lalu', -1],
    ['tahun depan', 1],
    ['lalu', 'past'],
    ['silam', 'past'],
    ['kemarin', 'past'],
    ['mendatang', 'future'],
    ['depan', 'future'],
    ['nanti', 'future'],
  ]),
  monthBefore: new Map(),
  parts: new Map<string, DatePart>([
    ['awal', 'early'],
    ['permulaan', 'early'],
    ['pertengahan', 'mid'],
    ['medio', 'mid'],
    ['akhir', 'late'],
    ['penghujung', 'late'],
    ['ujung', 'late'],
  ]),
  weekdayBefore: new Map(),
  weekdayAfter: new Map<string, WeekdayPlacement>([
    ['pekan lalu', 'last-week'],
    ['minggu lalu', 'last-week'],
    ['pekan depan', 'next-week'],
    ['minggu depan', 'next-week'],
    ['lalu', 'before'],
    ['kemarin', 'before'],
    ['sebelumnya', 'before'],
    ['silam', 'before'],
    ['depan', 'after'],
    ['mendatang', 'after'],
    ['nanti', 'after'],
  ]),
  timesOfDay: ['dini hari', 'pagi', 'siang', 'sore', 'petang', 'malam'],
  relative: new Map<string, RelativeKey>([
    ['awal pekan ini', 'early-this-week'],
    ['awal minggu ini', 'early-this-week'],
    ['awal pekan', 'early-this-week'],
    ['akhir pekan lalu', 'last-weekend'],
    ['akhir minggu lalu', 'last-weekend'],
    ['akhir pekan ini', 'this-weekend'],
    ['pekan lalu', 'last-week'],
    ['minggu lalu', 'last-week'],
    ['pekan kemarin', 'last-week'],
    ['minggu kemarin', 'last-week'],
    ['pekan ini', 'this-week'],
    ['minggu ini', 'this-week'],
    ['pekan depan', 'next-week'],
    ['minggu depan', 'next-week'],
    ['kemarin lusa', 'day-before-yesterday'],
    ['kemarin', 'yesterday'],
    ['hari ini', 'today'],
    ['besok', 'tomorrow'],
    ['awal bulan ini', 'early-this-month'],
    ['awal bulan lalu', 'early-last-month'],
    ['akhir bulan lalu', 'late-last-month'],
    ['bulan lalu', 'last-month'],
    ['bulan kemarin', 'last-month'],
    ['bulan ini', 'this-month'],
    ['bulan depan', 'next-month'],
    ['awal tahun ini', 'early-this-year'],
    ['akhir tahun lalu', 'late-last-year'],
    ['tahun lalu', 'last-year'],
    ['tahun kemarin', 'last-year'],
    ['tahun ini', 'this-year'],
    ['tahun depan', 'next-year'],
  ]),
  numerals: new Map([
    ['satu', 1],
    ['dua', 2],
    ['tiga', 3],
    ['empat', 4],
    ['lima', 5],
    ['enam', 6],
    ['tujuh', 7],
    ['delapan', 8],
    ['sembilan', 9],
    ['sepuluh', 10],
    ['sebelas', 11],
    ['dua belas', 12],
  ]),
  oneUnit: new Map([
    ['sehari', 'day'],
    ['sepekan', 'week'],
    ['seminggu', 'week'],
    ['sebulan', 'month'],
    ['setahun', 'year'],
  ]),
  units: new Map([
    ['hari', 'day'],
    ['pekan', 'week'],
    ['minggu', 'week'],
    ['bulan', 'month'],
    ['tahun', 'year'],
  ]),
  ago: ['yang lalu', 'lalu', 'silam'],
  later: ['kemudian', 'setelahnya', 'sesudahnya', 'berikutnya'],
  nextDay: ['keesokan harinya', 'keesokan hari', 'esok harinya', 'sehari setelahnya', 'sehari kemudian'],
  futureMarkers: [
    'akan',
    'bakal',
    'hendak',
    'berencana',
    'direncanakan',
    'rencananya',
    'dijadwalkan',
    'terjadwal',
    'mendatang',
    'nanti',
  ],
  speechVerbs: [
    'mengatakan',
    'kata',
    'ujar',
    'ujarnya',
    'katanya',
    'menyatakan',
    'menegaskan',
    'mengungkapkan',
    'menjelaskan',
    'berkata',
    'tutur',
    'menurut',
    'mengumumkan',
  ],
};

/** English, as news agencies write it ("Feb. 24", "July 1, 2022", "on Sunday", "earlier this week"). */
const EN_TABLE: DateTable = {
  months: MONTHS,
  weekdays: weekdays([
    ['monday', 0, true],
    ['tuesday', 1, true],
    ['wednesday', 2, true],
    ['thursday', 3, true],
    ['friday', 4, true],
    ['saturday', 5, true],
    ['sunday', 6, true],
    ['mon', 0, false],
    ['tue', 1, false],
    ['tues', 1, false],
    ['wed', 2, false],
    ['thu', 3, false],
    ['thur', 3, false],
    ['thurs', 3, false],
    ['fri', 4, false],
    ['sat', 5, false],
    ['sun', 6, false],
  ]),
  prefixes: ['on the', 'on', 'in', 'during'],
  yearPrefixes: ['in the year', 'in', 'during', 'throughout', 'since'],
  monthPrefixes: ['in', 'during', 'throughout'],
  yearWords: new Map<string, number | 'past' | 'future'>([
    ['this year', 0],
    ['last year', -1],
    ['next year', 1],
  ]),
  monthBefore: new Map<string, 'past' | 'future'>([
    ['last', 'past'],
    ['this past', 'past'],
    ['next', 'future'],
    ['this coming', 'future'],
  ]),
  parts: new Map<string, DatePart>([
    ['early', 'early'],
    ['the beginning of', 'early'],
    ['the start of', 'early'],
    ['mid', 'mid'],
    ['the middle of', 'mid'],
    ['late', 'late'],
    ['the end of', 'late'],
  ]),
  weekdayBefore: new Map<string, WeekdayPlacement | 'needs-after'>([
    ['last', 'before'],
    ['this past', 'before'],
    ['the previous', 'before'],
    ['previous', 'before'],
    ['next', 'after'],
    ['this coming', 'after'],
    ['the following', 'after'],
    ['the', 'needs-after'],
  ]),
  weekdayAfter: new Map<string, WeekdayPlacement>([
    ['last week', 'last-week'],
    ['next week', 'next-week'],
    ['before', 'before'],
  ]),
  timesOfDay: ['morning', 'afternoon', 'evening', 'night'],
  relative: new Map<string, RelativeKey>([
    ['earlier this week', 'early-this-week'],
    ['early this week', 'early-this-week'],
    ['late last week', 'late-last-week'],
    ['last weekend', 'last-weekend'],
    ['this weekend', 'this-weekend'],
    ['last week', 'last-week'],
    ['this week', 'this-week'],
    ['next week', 'next-week'],
    ['the day before yesterday', 'day-before-yesterday'],
    ['yesterday', 'yesterday'],
    ['today', 'today'],
    ['tomorrow', 'tomorrow'],
    ['earlier this month', 'earlier-this-month'],
    ['early this month', 'early-this-month'],
    ['early last month', 'early-last-month'],
    ['late last month', 'late-last-month'],
    ['last month', 'last-month'],
    ['this month', 'this-month'],
    ['next month', 'next-month'],
    ['earlier this year', 'earlier-this-year'],
    ['early this year', 'early-this-year'],
    ['late last year', 'late-last-year'],
    ['last year', 'last-year'],
    ['this year', 'this-year'],
    ['next year', 'next-year'],
  ]),
  numerals: new Map([
    ['one', 1],
    ['a', 1],
    ['an', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['eleven', 11],
    ['twelve', 12],
  ]),
  oneUnit: new Map(),
  units: new Map([
    ['day', 'day'],
    ['days', 'day'],
    ['week', 'week'],
    ['weeks', 'week'],
    ['month', 'month'],
    ['months', 'month'],
    ['year', 'year'],
    ['years', 'year'],
  ]),
  ago: ['ago'],
  later: ['later', 'afterwards', 'after that'],
  nextDay: ['the next day', 'the following day', 'a day later'],
  futureMarkers: [
    'will',
    "'ll",
    '’ll',
    'shall',
    'would',
    'is to',
    'are to',
    'plans to',
    'plan to',
    'planned to',
    'scheduled',
    'is set to',
    'are set to',
    'is expected to',
    'are expected to',
    'is due to',
    'are due to',
    'upcoming',
  ],
  speechVerbs: ['said', 'says', 'told', 'stated', 'announced', 'added', 'according to', 'declared'],
};

/** The date words of a language. */
export const DATE_TABLES: Readonly<Record<DateLanguage, DateTable>> = { id: ID_TABLE, en: EN_TABLE };
