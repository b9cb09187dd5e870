/**
 * Resolves relative date phrases ("pekan lalu", "last week", "24 Februari
 * tahun ini") against a source's publication day into EDTF strings. Weeks run
 * Monday to Sunday; all arithmetic is on UTC calendar days. The phrases and
 * their meanings live in dates/date-phrase-tables.ts and are read by the date
 * tagger (dates/date-phrases.ts), so the extractor, the editor and the checks
 * of bundled datasets resolve a phrase the same way.
 */
import { DATE_TABLES } from '@/domain/dates/date-words';
import { resolveDatePhrase } from '@/domain/dates/date-phrases';

/** The fixed phrases `resolveRelativeDate` understands, Indonesian then English, in lower case with single spaces; it also reads dates ("24 Februari tahun ini", "on Sunday") that the date tagger reads. */
export const RELATIVE_DATE_PHRASES: readonly string[] = [
  ...DATE_TABLES.id.relative.keys(),
  ...DATE_TABLES.en.relative.keys(),
];

/**
 * Resolves a date phrase in Indonesian or English ("pekan lalu", "earlier
 * this week", "24 Februari tahun ini") against the EDTF day a source was
 * published (UTC days, weeks Monday–Sunday) to an EDTF day, month, year or
 * interval string; null for an unknown phrase or an invalid day.
 */
export function resolveRelativeDate(phrase: string, published: string): string | null {
  return resolveDatePhrase(phrase, published)?.edtf ?? null;
}
