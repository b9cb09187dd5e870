/**
 * What a person types as an event's date: an EDTF date (`2022-06`,
 * `2022-06-20/2022-06-26`, `1997?`) kept as it is, or a phrase relative to
 * the source's publication day ("pekan lalu", "last week", "kemarin",
 * "Sunday") resolved to the EDTF date it stands for, the phrase kept as the
 * date's wording and the basis marked relative.
 */
import type { DateSpan } from '@/domain/dates/date-span';
import { hasEdtfGrammar, parseEdtfDate } from '@/domain/dates/edtf';
import { needsEdtfGrammar } from '@/domain/dates/plain-dates';
import { resolveRelativeDate } from '@/domain/dates/relative-dates';
import type { Draft, DraftEvent } from '@/domain/draft/draft-model';

/** How a typed date reads. */
export type DateEntry =
  | { readonly kind: 'empty' }
  | { readonly kind: 'edtf'; readonly date: string; readonly span: DateSpan }
  | {
      readonly kind: 'phrase';
      readonly phrase: string;
      readonly date: string;
      readonly span: DateSpan;
      /** The publication day it counts from. */
      readonly published: string;
    }
  /** An EDTF form beyond plain years, months and days, to ask again once the EDTF grammar is loaded. */
  | { readonly kind: 'needs-grammar'; readonly text: string }
  | { readonly kind: 'unknown'; readonly text: string; readonly message: string };

function parse(date: string): { ok: true; span: DateSpan } | { ok: false; message: string } | 'needs-grammar' {
  // Known before reading: a date the grammar must read waits for it rather than failing.
  if (needsEdtfGrammar(date) && !hasEdtfGrammar()) return 'needs-grammar';
  return parseEdtfDate(date);
}

/** Reads a typed date: EDTF first, else a phrase resolved against `published` (an EDTF day, or null when no source gives one). */
export function readDateEntry(text: string, published: string | null): DateEntry {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const edtf = parse(typed);
  if (edtf !== 'needs-grammar' && edtf.ok) return { kind: 'edtf', date: typed, span: edtf.span };
  // A phrase is never EDTF, so it is known without the grammar.
  const resolved = published ? resolveRelativeDate(typed, published) : null;
  if (resolved && published) {
    const span = parse(resolved);
    if (span !== 'needs-grammar' && span.ok) {
      return { kind: 'phrase', phrase: typed, date: resolved, span: span.span, published };
    }
  }
  if (edtf === 'needs-grammar') return { kind: 'needs-grammar', text: typed };
  return { kind: 'unknown', text: typed, message: edtf.message };
}

/** The source whose publication day an event's relative dates count from: that of its first evidence, else the draft's first source. */
export function publicationSourceOf(draft: Draft, event: DraftEvent) {
  const first = event.evidence[0];
  return draft.sources.find((s) => s.id === first?.source) ?? draft.sources[0] ?? null;
}

/**
 * The event with a typed date applied: an EDTF date is stored as typed (a
 * relative basis, no longer true, becomes stated); a phrase stores the date
 * it resolves to, keeps the phrase as the wording in `language` and marks
 * the basis relative; anything else is stored as typed, for the parser to
 * say what is wrong with it.
 */
export function applyDateEntry(event: DraftEvent, entry: DateEntry, language: string): DraftEvent {
  switch (entry.kind) {
    case 'empty':
      return { ...event, date: '' };
    case 'edtf':
      return { ...event, date: entry.date, dateBasis: event.dateBasis === 'relative' ? 'stated' : event.dateBasis };
    case 'phrase':
      return {
        ...event,
        date: entry.date,
        dateText: { ...event.dateText, [language]: entry.phrase },
        dateBasis: 'relative',
      };
    default:
      return { ...event, date: entry.text };
  }
}

/** The text a date field shows for an event: the phrase its date was resolved from when that still holds, else the date. */
export function dateEntryText(event: DraftEvent, published: string | null, language: string): string {
  const phrase = event.dateText[language];
  if (event.dateBasis === 'relative' && phrase && published && resolveRelativeDate(phrase, published) === event.date) {
    return phrase;
  }
  return event.date;
}
