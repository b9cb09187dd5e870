/**
 * Splits an article into sentences with their offsets: paragraphs are lines,
 * each cut by `Intl.Segmenter` in the article's language, then mended where
 * news text fools it: a full stop after an abbreviation or an initial
 * ("Menlu A.S.", "Gen. Milley", "Feb. 24") ends no sentence, a quotation that
 * spans several sentences stays one ("… penyatuan. Ini bertujuan …,” kata
 * Putin), and a piece that starts in lower case belongs to the one before.
 * The headline and the dateline ("REPUBLIKA.CO.ID, MOSKOW --") are found too.
 */
import type { ArticleLanguage, TextSpan } from '@/domain/extract/proposal-model';

/** One sentence of the article. */
export interface Sentence extends TextSpan {
  /** Index of its paragraph (line) among the article's paragraphs. */
  readonly paragraph: number;
}

// Words that end in a full stop without ending a sentence; lower case, without their dots.
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'sen',
  'rep',
  'gov',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'agu',
  'agt',
  'okt',
  'des',
  'peb',
  'u.s',
  'a.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'h',
  'hj',
  'k.h',
  'tn',
  'ny',
  'sdr',
  'drs',
  'ir',
  'co',
  'corp',
  'mt',
  'ft',
  'pt',
  'tbk',
  'approx',
  'no',
  'nos',
  'art',
  'pasal',
  'kol',
  'let',
  'jend',
  'brig',
  'mayjen',
  'letjen',
  'irjen',
  'brigjen',
  'kompol',
  'akbp',
  'kh',
  'st',
  'hon',
  'rev',
  'fr',
]);

const LAST_WORD = /([\p{L}][\p{L}.]*)\.["'”’)]*\s*$/u;
const SEGMENTERS = new Map<string, Intl.Segmenter>();

function segmenter(language: ArticleLanguage): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  let found = SEGMENTERS.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    SEGMENTERS.set(language, found);
  }
  return found;
}

/** Sentence pieces of one paragraph, as offsets into the text. */
function rawPieces(text: string, start: number, end: number, language: ArticleLanguage): TextSpan[] {
  const cutter = segmenter(language);
  const pieces: TextSpan[] = [];
  if (cutter) {
    for (const piece of cutter.segment(text.slice(start, end))) {
      pieces.push({ start: start + piece.index, end: start + piece.index + piece.segment.length });
    }
    return pieces;
  }
  // Without Intl.Segmenter: a full stop, question or exclamation mark and a space end a sentence.
  const rule = /[.!?…]+["'”’)]*\s+/gu;
  rule.lastIndex = start;
  let from = start;
  for (let match = rule.exec(text); match && match.index < end; match = rule.exec(text)) {
    pieces.push({ start: from, end: match.index + match[0].length });
    from = match.index + match[0].length;
  }
  if (from < end) pieces.push({ start: from, end });
  return pieces;
}

/** How many quotations a piece opens and leaves open: curly quotes counted in pairs, straight double quotes by parity. */
function openQuotes(piece: string, depth: number): number {
  let open = depth;
  for (const c of piece) {
    if (c === '“') open += 1;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') open = open > 0 ? open - 1 : open + 1;
  }
  return open;
}

function endsInAbbreviation(piece: string): boolean {
  const word = LAST_WORD.exec(piece)?.[1];
  if (word === undefined) return false;
  const bare = word.toLowerCase().replace(/\.+$/, '');
  // A single capital is an initial ("J. Smith"); several dotted capitals an acronym ("A.S.").
  return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Mends the pieces of one paragraph into sentences (see the module comment). */
function mend(text: string, pieces: readonly TextSpan[]): TextSpan[] {
  const sentences: TextSpan[] = [];
  let current: { start: number; end: number } | null = null;
  let depth = 0;
  let count = 0;
  for (const piece of pieces) {
    const body = text.slice(piece.start, piece.end);
    const startsLower = /^\s*[\p{Ll}]/u.test(body);
    if (
      current &&
      (depth > 0 ||
        startsLower ||
        endsInAbbreviation(text.slice(Math.max(current.start, current.end - 40), current.end))) &&
      count < 12
    ) {
      current.end = piece.end;
      count += 1;
    } else {
      if (current) sentences.push(current);
      current = { start: piece.start, end: piece.end };
      depth = 0;
      count = 0;
    }
    depth = openQuotes(body, depth);
  }
  if (current) sentences.push(current);
  return sentences;
}

function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}

/**
 * The sentences of `text`, in text order, leaving out `excluded` stretches
 * (furniture, headline, dateline): a line is a paragraph; a sentence never
 * crosses a line break or an excluded stretch.
 */
export function segmentSentences(text: string, language: ArticleLanguage, excluded: readonly TextSpan[]): Sentence[] {
  const sorted = [...excluded].sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // The parts of the line outside excluded stretches.
    let from = lineStart;
    const parts: TextSpan[] = [];
    for (const cut of sorted) {
      if (cut.end <= from || cut.start >= lineEnd) continue;
      if (cut.start > from) parts.push({ start: from, end: cut.start });
      from = Math.max(from, cut.end);
    }
    if (from < lineEnd) parts.push({ start: from, end: lineEnd });
    let found = false;
    for (const part of parts) {
      for (const sentence of mend(text, rawPieces(text, part.start, part.end, language))) {
        const trimmed = trimSpan(text, sentence);
        if (trimmed && /[\p{L}\p{N}]/u.test(text.slice(trimmed.start, trimmed.end))) {
          sentences.push({ ...trimmed, paragraph });
          found = true;
        }
      }
    }
    if (found) paragraph += 1;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

const DATELINE = /^(.{2,90}?)\s*(?:--|—|–|-)\s+/u;

/** The dateline that opens the first paragraph ("REPUBLIKA.CO.ID, MOSKOW -- ", "KYIV, July 1 (Reuters) - "), or null. */
export function findDateline(text: string, paragraphStart: number): TextSpan | null {
  const lineEnd = text.indexOf('\n', paragraphStart);
  const line = text.slice(paragraphStart, lineEnd < 0 ? text.length : lineEnd);
  const match = DATELINE.exec(line);
  if (!match) return null;
  const prefix = match[1] ?? '';
  if (prefix.split(/\s+/u).length > 9 || /[.!?]\s/u.test(prefix)) return null;
  const capitals = /^\p{Lu}[\p{Lu}.]{2,}/u.test(prefix);
  const agency = /\([\p{L}\s.]{2,30}\)\s*$/u.test(prefix);
  if (!capitals && !agency) return null;
  return { start: paragraphStart, end: paragraphStart + match[0].length };
}

/** The article's headline: a first line short and without a full stop, with prose after it; null when there is none. */
export function findHeadline(text: string, excluded: readonly TextSpan[]): TextSpan | null {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const content = raw.trim();
    if (content !== '') {
      const start = offset + raw.indexOf(content);
      const end = start + content.length;
      if (excluded.some((x) => x.start < end && start < x.end)) return null;
      const words = content.split(/\s+/u).length;
      const rest = lines
        .slice(i + 1)
        .join('\n')
        .trim();
      if (words <= 24 && !/[.!?…"”’]$/u.test(content) && rest.length > content.length) return { start, end };
      return null;
    }
    offset += raw.length + 1;
  }
  return null;
}
