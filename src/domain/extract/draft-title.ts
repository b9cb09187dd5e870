/**
 * Drafts an event's title from its evidence, in the article's language:
 * a statement becomes "Speaker: what was said" ("Putin: Rusia akan segera
 * menempatkan rudal …"), anything else the clause itself, without its date
 * phrase and opening conjunction; an event named by a noun starts at the
 * noun ("Tindakan keras Minsk terhadap protes anti-pemerintah"). At most
 * 120 characters, cut at a word with "…".
 */
import type { TitleSource } from '@/domain/extract/assemble-events';
import { cutText } from '@/domain/import/import-tools';

/** Longest title drafted, in UTF-16 units; the dataset allows 160. */
export const TITLE_LENGTH = 120;

const OPENING_WORDS =
  /^(?:ketika|saat|sementara itu|sementara|sedangkan|setelah|sesudah|sebelum|namun|tetapi|tapi|kemudian|padahal|dan|lalu|when|while|whereas|after|before|but|meanwhile|then|and|however)\b[\s,]*/iu;
const QUOTES = /["“”]/gu;

const SPACES = /\s+/gu;
const SPACE_BEFORE_MARK = /\s+([,.;:!?])/gu;
const EMPTY_BRACKETS = /\(\s*\)/gu;
const EDGE_MARKS = /^[\s,.;:–—-]+|[\s,.;:–—-]+$/gu;
const THAT = /^(?:bahwa|that)\s+/iu;

function tidy(text: string): string {
  let title = text
    .replace(SPACES, ' ')
    .replace(SPACE_BEFORE_MARK, '$1')
    .replace(EMPTY_BRACKETS, '')
    .replace(EDGE_MARKS, '');
  title = title.replace(OPENING_WORDS, '').replace(THAT, '').replace(EDGE_MARKS, '');
  // Quotation marks left unpaired by cutting the sentence are dropped.
  let open = 0;
  let close = 0;
  let straight = 0;
  for (const c of title) {
    if (c === '“') open += 1;
    else if (c === '”') close += 1;
    else if (c === '"') straight += 1;
  }
  if (open !== close || straight % 2 === 1) title = title.replace(QUOTES, '').replace(EDGE_MARKS, '');
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
    if (
      /[”"]\s*,?\s*$/u.test(text.slice(span.start, speech.start)) ||
      after.replace(/[^\p{L}]/gu, '').length < before.replace(/[^\p{L}]/gu, '').length / 2
    )
      to = speech.start;
    else from = speech.end;
  }
  let body = text.slice(from, to);
  if (date && date.start >= from && date.end <= to)
    body = `${text.slice(from, date.start)} ${text.slice(date.end, to)}`;
  const title = tidy(body);
  return cutText(title === '' ? tidy(text.slice(span.start, span.end)) : `${prefix}${title}`, TITLE_LENGTH);
}
