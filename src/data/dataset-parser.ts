/**
 * The dataset parser (format recognition, the zod schema and validation) as
 * code of its own: the app starts fetching it as it starts, alongside the
 * dataset, and reading a dataset awaits it. Nothing is drawn before a
 * dataset is read, so this only keeps it out of the first script.
 */
import type { datasetNeedsEdtfGrammar, parseDataset } from '@/domain/parse-dataset';
import type { recogniseDataset } from '@/domain/recognise-dataset';

/** The functions that read dataset text. */
export interface DatasetParser {
  readonly recogniseDataset: typeof recogniseDataset;
  readonly parseDataset: typeof parseDataset;
  readonly datasetNeedsEdtfGrammar: typeof datasetNeedsEdtfGrammar;
}

let parser: Promise<DatasetParser> | null = null;

/** Fetches the parser's code once; a failed fetch is tried again on the next call. */
export function loadDatasetParser(): Promise<DatasetParser> {
  parser ??= Promise.all([import('@/domain/recognise-dataset'), import('@/domain/parse-dataset')]).then(
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
