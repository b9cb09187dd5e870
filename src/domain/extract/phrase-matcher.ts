/**
 * Matches phrases of a word list (titles of office, the verb lexicon) against
 * the words of a text, case-insensitively and longest first. A phrase may
 * hold a gap, written " ... ", that stands for up to three words
 * ("menempatkan ... rudal" matches "menempatkan rudal" and "menempatkan
 * sejumlah rudal"); punctuation inside a phrase must be in the text too.
 */
import { tokenize, type Token } from '@/domain/extract/text-tokens';

/** Words a gap may skip. */
const MAX_GAP = 3;

interface Phrase<T> {
  /** The words of each part, lower case; parts are separated by gaps. */
  readonly parts: readonly (readonly string[])[];
  /** What stands between consecutive words of a part, white space removed. */
  readonly joints: readonly (readonly string[])[];
  readonly length: number;
  readonly value: T;
}

/** A phrase found: its value and the token range it covers (`last` exclusive), with the ranges of its parts. */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly first: number;
  readonly last: number;
  readonly parts: readonly (readonly [number, number])[];
}

/** A list of phrases to look for, each with a value. */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Phrase<T>[]>();

  /** Adds a phrase; a phrase with no words is ignored. */
  add(phrase: string, value: T): void {
    const parts: string[][] = [];
    const joints: string[][] = [];
    for (const piece of phrase.split(/\s+\.\.\.\s+/u)) {
      const tokens = tokenize(piece);
      if (tokens.length === 0) return;
      parts.push(tokens.map((t) => t.lower));
      joints.push(tokens.slice(1).map((t, k) => piece.slice(tokens[k]?.end, t.start).replace(/\s+/gu, '')));
    }
    const first = parts[0]?.[0];
    if (first === undefined) return;
    const entry: Phrase<T> = { parts, joints, length: parts.reduce((n, p) => n + p.length, 0), value };
    const list = this.byFirstWord.get(first) ?? [];
    list.push(entry);
    this.byFirstWord.set(first, list);
    this.sorted = false;
  }

  private sorted = true;

  /** Sorts each list longest first, once after the last `add`. */
  private sort(): void {
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length);
    this.sorted = true;
  }

  /** True when some phrase starts with this word (lower case). */
  startsWith(word: string): boolean {
    return this.byFirstWord.has(word);
  }

  /**
   * The longest phrase starting at token `i`, within tokens `i`…`end - 1`;
   * `normal` may give a second form of a word to try ("serangannya" → "serangan").
   */
  matchAt(
    text: string,
    tokens: readonly Token[],
    i: number,
    end: number,
    normal?: (word: string) => string | null,
  ): PhraseMatch<T> | null {
    const token = tokens[i];
    if (!token) return null;
    if (!this.sorted) this.sort();
    // Each list is sorted longest first; a second form of the word brings a second list to weigh.
    const own = this.byFirstWord.get(token.lower);
    const other = normal ? normal(token.lower) : null;
    const more = other ? this.byFirstWord.get(other) : undefined;
    const best = this.longestIn(own, null, text, tokens, i, end, normal);
    return more ? this.longestIn(more, best, text, tokens, i, end, normal) : best;
  }

  /** The longest phrase of `list` (sorted longest first) matching at token `i`, if longer than `best`; else `best`. */
  private longestIn(
    list: readonly Phrase<T>[] | undefined,
    best: PhraseMatch<T> | null,
    text: string,
    tokens: readonly Token[],
    i: number,
    end: number,
    normal?: (word: string) => string | null,
  ): PhraseMatch<T> | null {
    if (!list) return best;
    for (const phrase of list) {
      if (best && phrase.length <= best.last - best.first) return best;
      const found = this.matchPhrase(phrase, text, tokens, i, end, normal);
      if (found && (!best || found.last - found.first > best.last - best.first)) return found;
    }
    return best;
  }

  private matchPhrase(
    phrase: Phrase<T>,
    text: string,
    tokens: readonly Token[],
    i: number,
    end: number,
    normal?: (word: string) => string | null,
  ): PhraseMatch<T> | null {
    const ranges: [number, number][] = [];
    let at = i;
    for (let p = 0; p < phrase.parts.length; p += 1) {
      const words = phrase.parts[p] as readonly string[];
      const joints = phrase.joints[p] as readonly string[];
      let found = -1;
      // The first part starts at `i`; a later one may start after a gap.
      for (let start = at; start <= Math.min(end - words.length, p === 0 ? at : at + MAX_GAP); start += 1) {
        if (this.partAt(words, joints, text, tokens, start, normal)) {
          found = start;
          break;
        }
      }
      if (found < 0) return null;
      ranges.push([found, found + words.length]);
      at = found + words.length;
    }
    return { value: phrase.value, first: i, last: at, parts: ranges };
  }

  private partAt(
    words: readonly string[],
    joints: readonly string[],
    text: string,
    tokens: readonly Token[],
    start: number,
    normal?: (word: string) => string | null,
  ): boolean {
    for (let k = 0; k < words.length; k += 1) {
      const token = tokens[start + k];
      if (!token) return false;
      if (token.lower !== words[k] && normal?.(token.lower) !== words[k]) return false;
      if (k > 0) {
        const previous = tokens[start + k - 1] as Token;
        if (text.slice(previous.end, token.start).replace(/\s+/gu, '') !== joints[k - 1]) return false;
      }
    }
    return true;
  }
}
