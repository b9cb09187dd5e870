/**
 * Words of a text with their UTF-16 offsets, as the gazetteer, the titles and
 * the verb lexicon match them: letters and digits, joined across inner
 * hyphens, apostrophes and dots ("Bangsa-Bangsa", "Jum'at", "U.S"); an English
 * possessive "'s" is cut off and remembered. One pass, one object per word.
 */

/** One word of the text. */
export interface Token {
  /** UTF-16 offsets of the word in the text (without a possessive "'s"). */
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly text: string;
  /** The word in lower case, for case-insensitive lookups. */
  readonly lower: string;
  /** True when the word starts with a capital letter. */
  readonly capital: boolean;
  /** True when "'s" or "’s" followed the word ("Russia's"). */
  readonly possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const POSSESSIVE = /['’]s$/i;

/** Splits a text into words with their offsets; `from` and `to` limit the scan to a stretch of it. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    let word = match[0];
    const start = match.index;
    if (start + word.length > to) word = word.slice(0, to - start);
    let possessive = false;
    if (word.length > 2 && POSSESSIVE.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const first = word.charAt(0);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      capital: first !== first.toLowerCase(),
      possessive,
    });
  }
  return tokens;
}

/** The index of the first token that starts at or after `offset` (binary search); `tokens.length` when none does. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when only white space and the characters of `allowed` lie between two offsets of the text. */
export function onlyBetween(text: string, from: number, to: number, allowed: string): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charAt(i);
    if (!/\s/.test(c) && !allowed.includes(c)) return false;
  }
  return true;
}
