/**
 * Evidence from a selection in a source's text: the quote and its offsets,
 * computed exactly as the validator checks them (UTF-16 code units,
 * `text.slice(start, end) === quote`), for any script. Also the text's
 * sentences, for picking a whole sentence at a time.
 */

/** A quote and where it sits in its source's text, UTF-16 offsets. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string, granularity: 'grapheme' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}:${language}`;
  let found = segmenters.get(key);
  if (!found) {
    let locale: string | undefined = language;
    try {
      Intl.getCanonicalLocales(language);
    } catch {
      locale = undefined; // not a language tag: the default rules
    }
    found = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

/** True for whitespace, including no-break and other Unicode spaces and line ends. */
function isSpace(char: string): boolean {
  return /^\s$/u.test(char);
}

/** The start of the grapheme cluster (user-perceived character) holding `offset`, so no quote splits an emoji or an accent. */
function clusterStart(text: string, offset: number, language: string): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const segment = segmenter(language, 'grapheme').segment(text).containing(offset);
  return segment ? segment.index : offset;
}

/** The end of the grapheme cluster that `offset` falls inside (or `offset` when it is between two). */
function clusterEnd(text: string, offset: number, language: string): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const segment = segmenter(language, 'grapheme').segment(text).containing(offset);
  return segment && segment.index !== offset ? segment.index + segment.segment.length : offset;
}

/**
 * The evidence for a selection from `anchor` to `focus` (UTF-16 offsets into
 * `text`, in either order, clamped to the text): widened to whole grapheme
 * clusters and trimmed of surrounding whitespace. Null when nothing but
 * whitespace is selected.
 */
export function spanFromSelection(text: string, anchor: number, focus: number, language = 'und'): TextSpan | null {
  const lo = Math.min(anchor, focus);
  const hi = Math.max(anchor, focus);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  let start = clusterStart(text, Math.floor(lo), language);
  let end = clusterEnd(text, Math.ceil(hi), language);
  while (start < end && isSpace(text.charAt(start))) start += 1;
  while (end > start && isSpace(text.charAt(end - 1))) end -= 1;
  if (start >= end) return null;
  return { start, end, quote: text.slice(start, end) };
}

/** The sentences of `text` by the rules of `language` (Intl.Segmenter), each trimmed of surrounding whitespace; empty ones are left out. */
export function sentenceSpans(text: string, language: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const { index, segment } of segmenter(language, 'sentence').segment(text)) {
    const span = spanFromSelection(text, index, index + segment.length, language);
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * How a text shows in a `<textarea>`, whose value has every line end as
 * `\n`, and the way back from an offset in that value to one in the text.
 */
export interface FieldText {
  readonly value: string;
  /** The offset in the text of an offset in `value`. */
  readonly toText: (offset: number) => number;
  /** The offset in `value` of an offset in the text (one inside a `\r\n` goes before it). */
  readonly toField: (offset: number) => number;
}

/** `text` as a text field's value (line ends `\n`), with offsets mapped back to `text`. */
export function fieldTextOf(text: string): FieldText {
  if (!text.includes('\r')) return { value: text, toText: (offset) => offset, toField: (offset) => offset };
  const value = text.replace(/\r\n?/g, '\n');
  // Where each `\r\n` was folded: offsets in `value` past one of them move one unit on.
  const folds: number[] = [];
  let shift = 0;
  for (const match of text.matchAll(/\r\n/g)) {
    folds.push(match.index - shift + 1);
    shift += 1;
  }
  return {
    value,
    toText: (offset) => {
      let moved = 0;
      while (moved < folds.length && (folds[moved] as number) <= offset) moved += 1;
      return offset + moved;
    },
    toField: (offset) => {
      // The k-th fold sits at `folds[k] + k` in the text (just after its `\r`).
      let moved = 0;
      while (moved < folds.length && (folds[moved] as number) + moved < offset) moved += 1;
      return offset - moved;
    },
  };
}
