// The `edtf` package ships no types; this declares only the parts Linimasa uses.
declare module 'edtf' {
  /** One node of edtf's parse tree: a date, year, century, season, interval, set or list. */
  export interface EdtfParseNode {
    readonly type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'Set' | 'List';
    /** EDTF conformance level of the node: 0, 1, 2 (or 3 for some seasons). */
    readonly level: number;
    /** For a Date: year, zero-based month, day, then time parts; for an Interval: its two ends (null when open or unknown). */
    readonly values: readonly (number | EdtfParseNode | null)[];
    /** `true` (level 1) or a digit bitmask (level 2) when marked `?` or `%`. */
    readonly uncertain?: boolean | number;
    /** `true` (level 1) or a digit bitmask (level 2) when marked `~` or `%`. */
    readonly approximate?: boolean | number;
    /** Bitmask of `X` digits, bit 0 = first year digit … bit 7 = last day digit. */
    readonly unspecified?: number;
    /** Minutes east of UTC for a date-time with a zone. */
    readonly offset?: number;
  }

  /** A parsed EDTF value; `min`/`max` are ms since epoch UTC (they throw on open interval ends). */
  export interface EdtfValue {
    readonly type: string;
    readonly min: number;
    readonly max: number;
  }

  /** Parses an EDTF string into a parse tree; throws on a syntax error. */
  export function parse(input: string, constraints?: { level?: number; types?: readonly string[] }): EdtfParseNode;

  /** Builds an EDTF value from a string or a parse node; throws when it is invalid. */
  export default function edtf(input: string | EdtfParseNode): EdtfValue;
}
