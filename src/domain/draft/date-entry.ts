/**
 * What a person types as an event's date: an EDTF date (`2022-06`,
 * `2022-06-20/2022-06-26`, `1997?`) kept as it is, or a date phrase read by
 * the date tagger against the source's publication day and resolved to the
 * EDTF date it stands for, the phrase kept as the date's wording: a phrase
 * that gives its year ("19 Februari 2026", "pada 1997") is stated, one that
 * counts from the publication day ("pekan lalu", "last week", "kemarin",
 * "Sunday", "24 Februari") is relative.
 */
import type { DateSpan } from '@/domain/dates/date-span';
import { hasEdtfGrammar, parseEdtfDate } from '@/domain/dates/edtf';
import { needsEdtfGrammar } from '@/domain/dates/plain-dates';
import { resolveDatePhrase, type DateLanguage } from '@/domain/dates/date-phrases';
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
      /** `stated` when the phrase gives its year, `relative` when part of the date comes from the publication day. */
      readonly basis: 'stated' | 'relative';
      /** The publication day it was read against. */
      readonly published: string;
    }
  /** An EDTF form beyond plain years, months and days, to ask again once the EDTF grammar is loaded. */
  | { readonly kind: 'needs-grammar'; readonly text: string }
  | { readonly kind: 'unknown'; readonly text: string; readonly message: string };

/** A phrase in the source's language, else in either language the tagger reads. */
function resolvePhrase(phrase: string, published: string, language: string | undefined) {
  const own = tablesFor(language);
  return (own ? resolveDatePhrase(phrase, published, own) : null) ?? resolveDatePhrase(phrase, published);
}

function parse(date: string): { ok: true; span: DateSpan } | { ok: false; message: string } | 'needs-grammar' {
  // Known before reading: a date the grammar must read waits for it rather than failing.
  if (needsEdtfGrammar(date) && !hasEdtfGrammar()) return 'needs-grammar';
  return parseEdtfDate(date);
}

/** The date tables to read a source's language with: its own when the tagger has them, else both. */
function tablesFor(language: string | undefined): DateLanguage | undefined {
  const base = language?.toLowerCase().split('-')[0];
  return base === 'id' || base === 'en' ? base : undefined;
}

/**
 * Reads a typed date: EDTF first, else a phrase resolved against `published`
 * (an EDTF day, or null when no source gives one) in the source's `language`
 * (both Indonesian and English are tried for any other).
 */
export function readDateEntry(text: string, published: string | null, language?: string): DateEntry {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const edtf = parse(typed);
  if (edtf !== 'needs-grammar' && edtf.ok) return { kind: 'edtf', date: typed, span: edtf.span };
  // A phrase is never EDTF, so it is known without the grammar.
  const resolved = published ? resolvePhrase(typed, published, language) : null;
  if (resolved && published) {
    const span = parse(resolved.edtf);
    if (span !== 'needs-grammar' && span.ok) {
      return { kind: 'phrase', phrase: typed, date: resolved.edtf, span: span.span, basis: resolved.basis, published };
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
 * it resolves to, keeps the phrase as the wording in `language` and takes
 * the phrase's basis (stated when it gives its year, else relative);
 * anything else is stored as typed, for the parser to say what is wrong
 * with it.
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
        dateBasis: entry.basis,
      };
    default:
      return { ...event, date: entry.text };
  }
}

/**
 * The text a date field shows for an event: the phrase (its wording in
 * `language`) its date was resolved from, when that phrase still resolves to
 * the stored date with the stored basis; else the date.
 */
export function dateEntryText(event: DraftEvent, published: string | null, language: string): string {
  const phrase = event.dateText[language];
  if (!phrase || !published || event.dateBasis === 'external') return event.date;
  const resolved = resolvePhrase(phrase, published, language);
  return resolved && resolved.edtf === event.date && resolved.basis === event.dateBasis ? phrase : event.date;
}
