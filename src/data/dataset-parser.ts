/**
 * The dataset parser (format recognition, the zod schema and validation) as
 * code of its own, for when it must run in the page: where there are no
 * workers, or to read a dataset the worker found valid but the page could
 * not build. Usually it runs only in the validation worker, so the page
 * never downloads it.
 */
import type { datasetNeedsEdtfGrammar, parseDataset } from '@/domain/dataset/parse-dataset';
import type { recogniseDataset } from '@/domain/import/recognise-dataset';

/** The functions that read dataset text. */
export interface DatasetParser {
  readonly recogniseDataset: typeof recogniseDataset;
  readonly parseDataset: typeof parseDataset;
  readonly datasetNeedsEdtfGrammar: typeof datasetNeedsEdtfGrammar;
}

let parser: Promise<DatasetParser> | null = null;

/** Fetches the parser's code once; a failed fetch is tried again on the next call. */
export function loadDatasetParser(): Promise<DatasetParser> {
  parser ??= Promise.all([import('@/domain/import/recognise-dataset'), import('@/domain/dataset/parse-dataset')]).then(
    ([recognise, parse]) => ({
      recogniseDataset: recognise.recogniseDataset,
      parseDataset: parse.parseDataset,
      datasetNeedsEdtfGrammar: parse.datasetNeedsEdtfGrammar,
    }),
    (error: unknown) => {
      parser = null;
      throw error;
    },
  );
  return parser;
}
