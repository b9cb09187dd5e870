/**
 * Calendar arithmetic on UTC days for resolving date phrases: a day is the
 * instant of its 00:00 UTC in ms since the Unix epoch; weeks run Monday to
 * Sunday. Spans of days are formatted as the shortest EDTF string that says
 * exactly that span (`2022`, `2022-06`, `2022-06-26`, `2022-06-20/2022-06-26`).
 */

import { DAY_MS } from '@/domain/dates/day';

/** The start of the UTC day `days` days after `day` (both ms since epoch). */
export function addDays(day: number, days: number): number {
  return day + days * DAY_MS;
}

/** The weekday of a UTC day, 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: number): number {
  return (new Date(day).getUTCDay() + 6) % 7;
}

/** Monday of the week holding `day` (UTC day, ms since epoch). */
export function mondayOf(day: number): number {
  return addDays(day, -weekdayOf(day));
}

/** The start of the UTC day for a year, 1-based month and day (ms since epoch), or null when that day does not exist. */
export function dayOf(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Date rolls 2022-02-30 over to March; a real day survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime();
}

/** The last day (1-based day of month) of a year's 1-based month. */
export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Year, 1-based month and day of a UTC day. */
export function partsOf(day: number): { readonly year: number; readonly month: number; readonly day: number } {
  const date = new Date(day);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const EDTF_DAY = /^(-?\d{4})-(\d{2})-(\d{2})$/;

/** The UTC day named by an EDTF day string such as `2022-07-01` (ms since epoch), or null when it is not a real day. */
export function parseEdtfDay(value: string): number | null {
  const match = typeof value === 'string' ? EDTF_DAY.exec(value) : null;
  return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** An EDTF year: four digits, a minus sign before years before 1 BCE. */
export function formatYear(year: number): string {
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

/** An EDTF month from a year and a 1-based month. */
export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${String(month).padStart(2, '0')}`;
}

/** An EDTF day from a UTC day (ms since epoch). */
export function formatDay(day: number): string {
  const { year, month, day: date } = partsOf(day);
  return `${formatMonth(year, month)}-${String(date).padStart(2, '0')}`;
}

/**
 * The shortest EDTF string for the days `first` … `last` (UTC days, inclusive):
 * a year, a month or a day when the span is exactly one; an interval of years or
 * months when it starts and ends on their bounds; else an interval of days.
 */
export function formatDaySpan(first: number, last: number): string {
  const a = partsOf(first);
  const b = partsOf(last);
  const monthAligned = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  const yearAligned = monthAligned && a.month === 1 && b.month === 12;
  if (yearAligned) return a.year === b.year ? formatYear(a.year) : `${formatYear(a.year)}/${formatYear(b.year)}`;
  if (monthAligned) {
    return a.year === b.year && a.month === b.month
      ? formatMonth(a.year, a.month)
      : `${formatMonth(a.year, a.month)}/${formatMonth(b.year, b.month)}`;
  }
  return first === last ? formatDay(first) : `${formatDay(first)}/${formatDay(last)}`;
}

/** First and last UTC day of a year's 1-based month. */
export function monthSpan(year: number, month: number): readonly [number, number] {
  return [dayOf(year, month, 1) ?? 0, dayOf(year, month, daysInMonth(year, month)) ?? 0];
}
