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
import { dayOf, formatDaySpan, monthSpan, parseEdtfDay, partsOf } from '@/domain/dates/calendar-days';
import { DAY_MS } from '@/domain/dates/day';
import type { DateLanguage, DaySpan } from '@/domain/dates/date-phrase-tables';
import { DATE_TABLES } from '@/domain/dates/date-words';
import { datePatterns } from '@/domain/dates/date-patterns';
import type { Candidate, Context, DateMentionKind } from '@/domain/dates/date-reading';

export type { DateLanguage, DateMentionKind };

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
  const lexicon = datePatterns(language);
  const context: Context = {
    text,
    published: day,
    table: DATE_TABLES[language],
    language,
    caseSensitive: options.caseSensitive ?? true,
    future: lexicon.future,
    speech: lexicon.speech,
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
