/**
 * The `edtf` package's full grammar (with its nearley parser), for
 * `registerEdtfGrammar`. It is its own module so the app downloads it only for
 * a dataset whose dates are more than plain years, months and days; scripts
 * and tests register it up front.
 */
import edtf, { parse } from 'edtf';
import type { EdtfGrammar } from '@/domain/dates/edtf';

/** edtf's parser and its earliest/latest instants (ms since epoch UTC), as `parseEdtfDate` uses them. */
export const edtfGrammar: EdtfGrammar = {
  parse: (input) => parse(input),
  bounds: (node) => {
    const value = edtf(node);
    return { min: value.min, max: value.max };
  },
};
