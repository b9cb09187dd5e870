/**
 * Which dates of a `linimasa/1` dataset need the EDTF grammar, told before
 * anything is read: the loader downloads the grammar first when some do, so
 * a dataset is read, and built, once.
 */
import { EDTF_DAY_PATTERN, needsEdtfGrammar } from '@/domain/dates/plain-dates';
import { field, list } from '@/domain/dataset/json';

function needs(date: unknown): boolean {
  return typeof date === 'string' && needsEdtfGrammar(date);
}

/**
 * The JSON paths of the dates in `json` (a parsed dataset, not yet checked)
 * that `parseDataset` can read only with the EDTF grammar registered: event
 * `date`s and source `published` days that are more than a plain year,
 * month or day. Read defensively; anything else has none.
 */
export function datesNeedingEdtfGrammar(json: unknown): string[] {
  const paths: string[] = [];
  list(field(json, 'events')).forEach((event, i) => {
    if (needs(field(event, 'date'))) paths.push(`events[${i}].date`);
  });
  list(field(json, 'sources')).forEach((source, i) => {
    const published = field(source, 'published');
    if (typeof published === 'string' && EDTF_DAY_PATTERN.test(published) && needs(published))
      paths.push(`sources[${i}].published`);
  });
  return paths;
}

/** True when reading `json` (a parsed dataset) needs the EDTF grammar; see `datesNeedingEdtfGrammar`. */
export function datasetNeedsEdtfGrammar(json: unknown): boolean {
  return datesNeedingEdtfGrammar(json).length > 0;
}
