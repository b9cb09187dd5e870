/**
 * Resolves relative date phrases ("pekan lalu", "last week") against a
 * source's publication day into EDTF strings. Weeks run Monday to Sunday;
 * all arithmetic is on UTC calendar days.
 */
import { DAY_MS } from '@/domain/dates/day';

type Resolver = (published: number) => string;

/** Start of the UTC day that is `days` days after `day` (both ms since epoch). */
function addDays(day: number, days: number): number {
  return day + days * DAY_MS;
}

/** Monday of the week holding `day` (ms since epoch at 00:00 UTC). */
function mondayOf(day: number): number {
  const weekday = new Date(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function formatYear(year: number): string {
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

function formatMonth(year: number, monthIndex: number): string {
  return `${formatYear(year)}-${String(monthIndex + 1).padStart(2, '0')}`;
}

function formatDay(day: number): string {
  const date = new Date(day);
  return `${formatMonth(date.getUTCFullYear(), date.getUTCMonth())}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** An EDTF interval of days, or a single day when both ends fall on the same day. */
function dayRange(first: number, last: number): string {
  return first === last ? formatDay(first) : `${formatDay(first)}/${formatDay(last)}`;
}

const lastWeek: Resolver = (day) => {
  const monday = addDays(mondayOf(day), -7);
  return dayRange(monday, addDays(monday, 6));
};

// "Early this week" is Monday to Wednesday, but never later than the day the source appeared.
const earlyThisWeek: Resolver = (day) => {
  const monday = mondayOf(day);
  return dayRange(monday, Math.min(addDays(monday, 2), day));
};

const thisWeek: Resolver = (day) => dayRange(mondayOf(day), day);

const lastWeekend: Resolver = (day) => {
  const monday = mondayOf(day);
  return dayRange(addDays(monday, -2), addDays(monday, -1));
};

const yesterday: Resolver = (day) => formatDay(addDays(day, -1));

const today: Resolver = (day) => formatDay(day);

const lastMonth: Resolver = (day) => {
  const date = new Date(day);
  const monthIndex = date.getUTCMonth();
  return monthIndex === 0
    ? formatMonth(date.getUTCFullYear() - 1, 11)
    : formatMonth(date.getUTCFullYear(), monthIndex - 1);
};

const thisMonth: Resolver = (day) => formatMonth(new Date(day).getUTCFullYear(), new Date(day).getUTCMonth());

const lastYear: Resolver = (day) => formatYear(new Date(day).getUTCFullYear() - 1);

const thisYear: Resolver = (day) => formatYear(new Date(day).getUTCFullYear());

// Keys are normalised phrases: lower case, single spaces. A Map, so a phrase
// such as "constructor" can never find an inherited property.
const RESOLVERS: ReadonlyMap<string, Resolver> = new Map<string, Resolver>([
  ['pekan lalu', lastWeek],
  ['minggu lalu', lastWeek],
  ['pekan kemarin', lastWeek],
  ['minggu kemarin', lastWeek],
  ['last week', lastWeek],
  ['awal pekan ini', earlyThisWeek],
  ['awal minggu ini', earlyThisWeek],
  ['early this week', earlyThisWeek],
  ['earlier this week', earlyThisWeek],
  ['pekan ini', thisWeek],
  ['minggu ini', thisWeek],
  ['this week', thisWeek],
  ['akhir pekan lalu', lastWeekend],
  ['akhir minggu lalu', lastWeekend],
  ['last weekend', lastWeekend],
  ['kemarin', yesterday],
  ['yesterday', yesterday],
  ['hari ini', today],
  ['today', today],
  ['bulan lalu', lastMonth],
  ['last month', lastMonth],
  ['bulan ini', thisMonth],
  ['this month', thisMonth],
  ['tahun lalu', lastYear],
  ['last year', lastYear],
  ['tahun ini', thisYear],
  ['this year', thisYear],
]);

const PUBLISHED_DAY = /^(-?\d{4})-(\d{2})-(\d{2})$/;

/** Start of the UTC day for a year, 1-based month and day (ms since epoch), or null when that day does not exist. */
function dayOf(year: number, month: number, day: number): number | null {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Date rolls 2022-02-30 over to March; a real day survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime();
}

/** Start of the UTC day named by an EDTF day string (ms since epoch), or null when it is not a real day. */
function parseDay(value: string): number | null {
  const match = PUBLISHED_DAY.exec(value);
  return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

// Month names and common abbreviations, Indonesian and English; 1-based.
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['januari january jan', 1],
    ['februari february feb', 2],
    ['maret march mar', 3],
    ['april apr', 4],
    ['mei may', 5],
    ['juni june jun', 6],
    ['juli july jul', 7],
    ['agustus august agu agt ags aug', 8],
    ['september sep sept', 9],
    ['oktober october okt oct', 10],
    ['november nov', 11],
    ['desember december des dec', 12],
  ].flatMap(([names, month]) =>
    String(names)
      .split(' ')
      .map((name): [string, number] => [name, Number(month)]),
  ),
);

// How many years back a year phrase points: "tahun ini" is 0, "tahun lalu" 1.
const YEAR_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['tahun ini', 0],
  ['this year', 0],
  ['tahun lalu', 1],
  ['last year', 1],
]);

const YEAR_PHRASE = '(tahun ini|this year|tahun lalu|last year)';
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+)\\.? ${YEAR_PHRASE}$`, 'u');
const MONTH_DAY_YEAR = new RegExp(`^([a-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR_PHRASE}$`, 'u');
const MONTH_YEAR = new RegExp(`^([a-z]+)\\.? ${YEAR_PHRASE}$`, 'u');

/** Resolves "24 Februari tahun ini", "February 24 last year" or "Juni tahun lalu" to an EDTF day or month, or null. */
function resolveDateInYear(phrase: string, published: number): string | null {
  const year = new Date(published).getUTCFullYear();
  const dayMonth = DAY_MONTH_YEAR.exec(phrase);
  const monthDay = dayMonth ? null : MONTH_DAY_YEAR.exec(phrase);
  if (dayMonth || monthDay) {
    const [dayText, monthName, yearPhrase] = dayMonth
      ? [dayMonth[1], dayMonth[2], dayMonth[3]]
      : [monthDay?.[2], monthDay?.[1], monthDay?.[3]];
    const month = MONTHS.get(monthName ?? '');
    const offset = YEAR_OFFSETS.get(yearPhrase ?? '');
    if (month === undefined || offset === undefined) return null;
    const day = dayOf(year - offset, month, Number(dayText));
    return day === null ? null : formatDay(day);
  }
  const monthYear = MONTH_YEAR.exec(phrase);
  const month = MONTHS.get(monthYear?.[1] ?? '');
  const offset = YEAR_OFFSETS.get(monthYear?.[2] ?? '');
  if (month === undefined || offset === undefined) return null;
  return formatMonth(year - offset, month - 1);
}

// Weekday names, Indonesian and English, by JavaScript's day number (0 = Sunday). "Minggu" is
// Sunday only on its own: "minggu lalu" and "minggu ini" are weeks, and the fixed phrases are read first.
const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [
    ['minggu ahad sunday', 0],
    ['senin monday', 1],
    ['selasa tuesday', 2],
    ['rabu wednesday', 3],
    ['kamis thursday', 4],
    ["jumat jum'at jum’at friday", 5],
    ['sabtu saturday', 6],
  ].flatMap(([names, weekday]) =>
    String(names)
      .split(' ')
      .map((name): [string, number] => [name, Number(weekday)]),
  ),
);

const WEEKDAY_NAME = "([a-z]+|jum['’]at)";
// "Ahad", "hari Ahad", "Ahad lalu", "hari Minggu kemarin", "Sunday", "last Sunday".
const WEEKDAY_PHRASE = new RegExp(`^(?:hari )?${WEEKDAY_NAME}(?: (lalu|kemarin))?$`, 'u');
const LAST_WEEKDAY = new RegExp(`^last ${WEEKDAY_NAME}$`, 'u');

/**
 * Resolves a weekday ("Ahad", "Sunday", "Senin lalu", "last Monday") to the
 * latest such day on or before the published day; with "lalu", "kemarin" or
 * "last", strictly before it. Null when the phrase names no weekday.
 */
function resolveWeekday(phrase: string, published: number): string | null {
  const plain = WEEKDAY_PHRASE.exec(phrase);
  const last = plain ? null : LAST_WEEKDAY.exec(phrase);
  const weekday = WEEKDAYS.get((plain ?? last)?.[1] ?? '');
  if (weekday === undefined) return null;
  const strictlyBefore = Boolean(last) || plain?.[2] !== undefined;
  let back = (new Date(published).getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return formatDay(addDays(published, -back));
}

/** Normalises a phrase for lookup: lower case, single spaces, no surrounding punctuation, no leading "pada"/"on"/"in". */
function normalisePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.,;:!?"'“”‘’()]+|[\s.,;:!?"'“”‘’()]+$/gu, '')
    .replace(/^(?:pada|on|in)(?: tanggal| the)? /u, '');
}

/**
 * The fixed phrases `resolveRelativeDate` understands, normalised (lower case, single spaces); it also
 * reads "<day> <month> tahun ini/lalu", weekdays ("Ahad", "Senin lalu", "last Monday") and the English equivalents.
 */
export const RELATIVE_DATE_PHRASES: readonly string[] = [...RESOLVERS.keys()];

/**
 * Resolves a relative phrase in Indonesian or English ("pekan lalu", "earlier
 * this week", "24 Februari tahun ini", "Ahad", "last Sunday") against the EDTF day a source was
 * published (UTC days, weeks Monday–Sunday) to an EDTF day, month, year or
 * interval string; null for an unknown phrase or an invalid day.
 */
export function resolveRelativeDate(phrase: string, published: string): string | null {
  const day = parseDay(published);
  if (day === null || typeof phrase !== 'string') return null;
  const normalised = normalisePhrase(phrase);
  const resolver = RESOLVERS.get(normalised);
  return resolver ? resolver(day) : (resolveWeekday(normalised, day) ?? resolveDateInYear(normalised, day));
}
