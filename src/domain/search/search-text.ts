/**
 * Text normalization for search: folds case, diacritics, typographic quotes
 * and dashes, and whitespace, so "Kyïv", "KYIV" and "kyiv" compare equal and a
 * query typed on any keyboard finds text written with any other.
 */

// Everything that is folded to something else: nonspacing and enclosing marks
// (Latin, Greek and Cyrillic diacritics are all nonspacing after NFKD, while
// spacing marks, Mc, are vowel signs in Indic scripts that tell words apart,
// so they stay); invisible characters that split a word for `includes`
// without changing it for a reader (soft hyphen, zero-width space, word
// joiner, byte order mark); typographic quotes and dashes; and letters NFKD
// leaves whole although readers treat them as a base letter with a stroke, or
// as a case variant (`ς` is the word-final form of `σ`). Primes (′ ″) are not
// quotes and stay; full-width forms are already ASCII after NFKD.
const FOLDS: ReadonlyMap<string, string> = new Map([
  ...[...'\u00AD\u200B\u2060\uFEFF'].map((c) => [c, ''] as const),
  ...[...'\u2018\u2019\u201A\u201B\u02BC`'].map((c) => [c, "'"] as const),
  ...[...'\u201C\u201D\u201E\u201F\u00AB\u00BB'].map((c) => [c, '"'] as const),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B'].map((c) => [c, '-'] as const),
  ['ß', 'ss'],
  ['ı', 'i'],
  ['ł', 'l'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ħ', 'h'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ς', 'σ'],
]);
const FOLDED = new RegExp(`[\\p{Mn}\\p{Me}${[...FOLDS.keys()].join('')}]`, 'gu');

// Text with none of these is already folded except for case and spacing: most
// text of a dataset in a Latin-script language takes this shorter path.
const NEEDS_FOLDING = /[^\x20-\x5F\x61-\x7E]/;

// Runs of the characters a fold may change: scanning for them is quick, and
// the slower Unicode-aware class then only looks inside the runs.
const FOLDABLE_RUN = /[^\x20-\x5F\x61-\x7E]+/g;

// Replacing every single space costs far more than finding the few runs.
const UNUSUAL_SPACE = /\s{2,}|[^\S ]/g;

/** Folds `text` for comparison: NFKD, no diacritics, lower case (locale-independent), ASCII quotes and dashes, single spaces, trimmed. */
export function normalizeSearchText(text: string): string {
  // `toLowerCase` follows Unicode's default mapping, never the runtime's locale,
  // so a Turkish browser does not turn "I" into "ı". It comes after NFKD, which
  // turns some lower-case-less letters (ℌ, 𝐀) into capitals, and before the
  // folds, because upper-case Ł, Ø or Σ only meet their fold once lower case.
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase().replace(UNUSUAL_SPACE, ' ').trim();
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(FOLDABLE_RUN, (run) => run.replace(FOLDED, (c) => FOLDS.get(c) ?? ''))
    .replace(UNUSUAL_SPACE, ' ')
    .trim();
}

// A quoted phrase (its closing quote may be missing while it is being typed),
// or a run of characters that are neither space nor quote.
const TERM = /"([^"]*)(?:"|$)|[^\s"]+/g;

/** The normalized terms of a search query: words split on whitespace, a "quoted phrase" kept as one term, empty terms dropped. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of normalizeSearchText(query).matchAll(TERM)) {
    const term = (match[1] ?? match[0]).trim();
    if (term !== '') terms.push(term);
  }
  return terms;
}
