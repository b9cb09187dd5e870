/**
 * Drafts an event's title from its evidence, in the article's language:
 * a statement becomes "Speaker: what was said" ("Putin: Rusia akan segera
 * menempatkan rudal …"), anything else the clause itself, without its date
 * phrase and opening conjunction; an event named by a noun starts at the
 * noun ("Tindakan keras Minsk terhadap protes anti-pemerintah"). At most
 * 120 characters, cut at a word with "…".
 */
import type { TitleSource } from '@/domain/extract/raw-proposal';
import { cutText } from '@/domain/import/import-tools';

/** Longest title drafted, in UTF-16 units; the dataset allows 160. */
export const TITLE_LENGTH = 120;

const OPENING_WORDS =
  /^(?:ketika|saat|sementara itu|sementara|sedangkan|setelah|sesudah|sebelum|namun|tetapi|tapi|kemudian|padahal|dan|lalu|when|while|whereas|after|before|but|meanwhile|then|and|however)(?![A-Za-z])[\s,]*/i;
const QUOTES = /["“”]/g;
const SPACES = /\s+/g;
const SPACE_BEFORE_MARK = / ([,.;:!?])/g;
const THAT = /^(?:bahwa|that)\s+/i;
// What a title neither starts nor ends with: white space and the punctuation left where a sentence was cut.
const EDGE = new Set([' ', ',', '.', ';', ':', '–', '—', '-', '\u00A0']);

/** `text` without white space and cut punctuation at either end. */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.has(text.charAt(start))) start += 1;
  while (end > start && EDGE.has(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/** How many letters (of any script) a text holds. */
function letters(text: string): number {
  let count = 0;
  for (const c of text) if (c.toLowerCase() !== c.toUpperCase()) count += 1;
  return count;
}

function tidy(text: string): string {
  let title = trimEdges(text.replace(SPACES, ' ').replace(SPACE_BEFORE_MARK, '$1').replace('()', ''));
  title = trimEdges(title.replace(OPENING_WORDS, '').replace(THAT, ''));
  // Quotation marks left unpaired by cutting the sentence are dropped.
  let open = 0;
  let close = 0;
  let straight = 0;
  for (const c of title) {
    if (c === '“') open += 1;
    else if (c === '”') close += 1;
    else if (c === '"') straight += 1;
  }
  if (open !== close || straight % 2 === 1) title = trimEdges(title.replace(QUOTES, ''));
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The title drafted for a proposal from `text`; `speakerName` is the short name of the speaker when the actor is the one who spoke. */
export function draftTitle(text: string, source: TitleSource, speakerName: string | null): string {
  const { span, speech, date } = source;
  let from = source.nounStart ?? span.start;
  let to = span.end;
  let prefix = '';
  if (speech && speakerName) {
    prefix = `${speakerName}: `;
    // "…,” kata Putin": what was said comes first; "Putin mengatakan, …": after the verb.
    const before = text.slice(span.start, speech.start).replace(QUOTES, '').trim();
    const after = text.slice(speech.end, span.end);
    if (/[”"]\s*,?\s*$/.test(text.slice(span.start, speech.start)) || letters(after) < letters(before) / 2)
      to = speech.start;
    else from = speech.end;
  }
  let body = text.slice(from, to);
  if (date && date.start >= from && date.end <= to)
    body = `${text.slice(from, date.start)} ${text.slice(date.end, to)}`;
  const title = tidy(body);
  return cutText(title === '' ? tidy(text.slice(span.start, span.end)) : `${prefix}${title}`, TITLE_LENGTH);
}
