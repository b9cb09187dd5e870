/**
 * An inverted index of the words in many texts, for substring search: which
 * texts hold a word that contains a given run of word characters. A query
 * then costs a look through the distinct words (far fewer than the texts'
 * characters) and the lists of texts those words occur in, never a scan of
 * every text.
 *
 * Word characters are ASCII letters and digits and every character beyond
 * ASCII: search text is normalized (see `normalizeSearchText`), which turns
 * typographic quotes, dashes and spaces into ASCII ones, so what is left
 * beyond ASCII is nearly always a letter or mark of some script. The rule
 * only has to be the same for texts and queries: any run of word characters
 * inside a text lies inside one of its words, so the texts holding a piece of
 * a query are exactly the texts having a word that contains it.
 */

// Between two words of the dictionary; never inside a word.
const WORD_SEPARATOR = '\n';

function isWordCharacter(code: number): boolean {
  return (
    code >= 0x80 || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
  );
}

/** The words of `text`: its runs of word characters, in order, repeats included. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordCharacter(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/**
 * Of the pieces `text` is made of (piece `i` runs from `starts[i] - base` to
 * `starts[i + 1] - base`, and `starts` ends with the text's end), the indices of
 * those holding `needle`, ascending, each once: a scan of the text, going on
 * from the next piece after each hit. `needle` must not reach across two
 * pieces (each piece ends with a separator it never holds). `base` lets
 * `starts` count from before the text, when it is one part of a longer whole.
 */
export function piecesHolding(text: string, starts: Uint32Array, needle: string, base = 0): number[] {
  const found: number[] = [];
  let piece = 0;
  for (let at = text.indexOf(needle); at >= 0;) {
    // The piece holding offset `at`: the last start at or before it (starts only grow).
    let hi = starts.length - 2;
    while (piece < hi) {
      const mid = (piece + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) - base <= at) piece = mid;
      else hi = mid - 1;
    }
    found.push(piece);
    at = text.indexOf(needle, (starts[piece + 1] ?? base + text.length) - base);
  }
  return found;
}

/** FNV-1a, one UTF-16 code unit at a time: the word table's hash. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Texts are numbered by their position, added in ascending order. */
export class WordIndex {
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  // For each word, the positions of the texts holding it, ascending, each once.
  private readonly postings: number[][] = [];
  // Word ids by hash, open addressing (id + 1; 0 is a free slot), at most half full.
  // Words are found in the text where they stand, so a word seen before costs no new string.
  private table = new Int32Array(1024);
  // Every distinct word in one string, and where each starts, made when first looked through after an addition.
  private dictionary: { readonly text: string; readonly starts: Uint32Array } | null = null;
  private size = 0;

  /** The number of texts added: positions 0 to `count - 1`. */
  get count(): number {
    return this.size;
  }

  /** Adds the text at `position`, which must be the next one (`count`). */
  add(position: number, text: string): void {
    if (position !== this.size)
      throw new RangeError(`texts are added in order: expected ${this.size}, got ${position}`);
    this.size += 1;
    let start = -1;
    let hash = FNV_OFFSET;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0x20;
      if (isWordCharacter(code)) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (start >= 0) {
        const list = this.postings[this.idOf(text, start, i, hash >>> 0)] as number[];
        // Positions only grow, so a repeat of the word in this text ends the list already.
        if (list[list.length - 1] !== position) list.push(position);
        start = -1;
      }
    }
  }

  /** The id of the word `text.slice(start, end)`, whose hash is `hash`; a new word gets the next id. */
  private idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) {
        const id = this.words.length;
        this.words.push(text.slice(start, end));
        this.hashes.push(hash);
        this.postings.push([]);
        this.table[slot] = id + 1;
        this.dictionary = null;
        if (this.words.length * 2 > this.table.length) this.grow();
        return id;
      }
      const id = entry - 1;
      const word = this.words[id] as string;
      if (this.hashes[id] === hash && word.length === end - start && text.startsWith(word, start)) return id;
    }
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    this.table = table;
  }

  private get joined(): { readonly text: string; readonly starts: Uint32Array } {
    if (this.dictionary === null) {
      const starts = new Uint32Array(this.words.length + 1);
      let offset = 0;
      this.words.forEach((word, id) => {
        starts[id] = offset;
        offset += word.length + WORD_SEPARATOR.length;
      });
      starts[this.words.length] = offset;
      this.dictionary = { text: this.words.join(WORD_SEPARATOR) + WORD_SEPARATOR, starts };
    }
    return this.dictionary;
  }

  /** The ids of the words containing `piece` (a run of word characters). */
  private wordsContaining(piece: string): number[] {
    const { text, starts } = this.joined;
    return piecesHolding(text, starts, piece);
  }

  /** How many (text, word) entries the words `pieceWords` have: the work `holding` does for them. */
  private cost(pieceWords: readonly number[]): number {
    let total = 0;
    for (const id of pieceWords) total += this.postings[id]?.length ?? 0;
    return total;
  }

  /**
   * The positions of the texts holding every one of `pieces` (each a
   * non-empty run of word characters) inside their words, ascending. Null,
   * for the caller to find the texts another way, when there are no pieces,
   * more than the index combines at once (255), or when even the rarest piece
   * occurs more than `maxCost` times: a piece as common as "a" is quicker
   * found by reading the texts, whose first hit settles each one.
   */
  holding(pieces: readonly string[], maxCost = Infinity): Uint32Array | null {
    const unique = [...new Set(pieces)];
    if (unique.length === 0 || unique.length > 255) return null;
    // The rarest piece first: later pieces only count texts the earlier ones kept.
    const lookups = unique.map((piece) => this.wordsContaining(piece));
    const costs = lookups.map((ids) => this.cost(ids));
    const order = lookups.map((_, i) => i).sort((a, b) => (costs[a] ?? 0) - (costs[b] ?? 0));
    if ((costs[order[0] ?? 0] ?? 0) > maxCost) return null;
    // How many pieces each text has held so far, in that order.
    const held = new Uint8Array(this.size);
    const last = order.length - 1;
    const found: number[] = [];
    for (let k = 0; k <= last; k++) {
      const ids = lookups[order[k] ?? 0] ?? [];
      for (const id of ids) {
        for (const position of this.postings[id] ?? []) {
          if (held[position] !== k) continue;
          held[position] = k + 1;
          if (k === last) found.push(position);
        }
      }
    }
    const matches = Uint32Array.from(found);
    // Each word's list is in order; the texts of several words are not.
    return (lookups[order[last] ?? 0]?.length ?? 0) > 1 ? matches.sort() : matches;
  }
}
