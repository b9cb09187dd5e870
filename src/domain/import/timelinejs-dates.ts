/** TimelineJS's dates (year, month, day and time fields, or a display text) read as EDTF. */
import type { DatasetIssue } from '@/domain/dataset/model';
import type { DateSpan } from '@/domain/dates/date-span';
import { parseEdtfDate } from '@/domain/dates/edtf';
import { htmlToText } from '@/domain/import/html-to-text';
import { field, isJsonObject } from '@/domain/dataset/json';
import type { ImportNotes } from '@/domain/import/import-tools';

/** A TimelineJS date read as EDTF, its span, and how TimelineJS would show it. */
export type TimelineDate = { edtf: string; span: DateSpan; display: string };

const TIME_FIELDS = ['hour', 'minute', 'second', 'millisecond'] as const;

/** True when a TimelineJS field holds a value (not absent, null or blank). */
export function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** A whole number from a TimelineJS date part (numbers and numeric strings are both common). */
function wholeNumber(value: unknown): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*-?\d{1,12}\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  return Number.isSafeInteger(number) ? number : undefined;
}

/** Converts a TimelineJS date object into EDTF, or records why it cannot be. */
export function convertDate(
  value: unknown,
  path: string,
  notes: ImportNotes,
  errors: DatasetIssue[],
): TimelineDate | undefined {
  if (!isJsonObject(value)) {
    errors.push({ path, message: 'expected a date object such as {"year": 2022, "month": 6, "day": 26}' });
    return undefined;
  }
  const year = wholeNumber(field(value, 'year'));
  if (year === undefined) {
    errors.push({
      path: `${path}.year`,
      message: present(field(value, 'year')) ? 'the year is not a whole number' : 'a date needs a year',
    });
    return undefined;
  }
  const parts: number[] = [];
  for (const key of ['month', 'day'] as const) {
    const raw = field(value, key);
    if (!present(raw)) break;
    const number = wholeNumber(raw);
    if (number === undefined || number < 1 || number > (key === 'month' ? 12 : 31)) {
      errors.push({
        path: `${path}.${key}`,
        message: `${JSON.stringify(raw)} is not a ${key === 'month' ? 'month (1–12)' : 'day of the month'}`,
      });
      return undefined;
    }
    parts.push(number);
  }
  if (TIME_FIELDS.some((key) => present(field(value, key)))) {
    notes.group('time', `${path}.hour`, 'the time of day is dropped: linimasa/1 dates name a day at the finest');
  }
  let edtf: string;
  if (Math.abs(year) <= 9999) {
    edtf = [
      `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`,
      ...parts.map((n) => String(n).padStart(2, '0')),
    ].join('-');
  } else {
    edtf = `Y${year}`;
    if (parts.length > 0)
      notes.add(path, `the month and day are dropped: EDTF gives years past 9999 on their own (${edtf})`);
  }
  const parsed = parseEdtfDate(edtf);
  if (!parsed.ok) {
    errors.push({ path, message: parsed.message });
    return undefined;
  }
  const display = field(value, 'display_date');
  return { edtf, span: parsed.span, display: typeof display === 'string' ? htmlToText(display) : '' };
}
