/** A parsed EDTF date as an interval of instants, and how two of them order. */

/** How precise and how certain a parsed EDTF date is. */
export interface DateSpan {
  /** The EDTF string as written in the dataset. */
  readonly edtf: string;
  /** Earliest instant, ms since epoch UTC; `-Infinity` for an open start. */
  readonly earliest: number;
  /** Latest instant (inclusive, the last millisecond), ms since epoch UTC; `Infinity` for an open end. */
  readonly latest: number;
  /** Finest unit the date names: day, month, year, or coarser. */
  readonly precision: 'day' | 'month' | 'year' | 'decade' | 'century';
  /** True for an interval (`a/b`) rather than a single date. */
  readonly interval: boolean;
  /** True when the date is marked uncertain (`?`) or approximate (`~`, `%`), or has unspecified digits (`X`). */
  readonly uncertain: boolean;
}

/** Orders two spans by earliest instant, then latest instant (both UTC ms); for `Array.prototype.sort`. */
export function compareDateSpans(a: DateSpan, b: DateSpan): number {
  // Compare rather than subtract: -Infinity - -Infinity is NaN.
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return 0;
}
