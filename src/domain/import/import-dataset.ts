/**
 * One entry point for any file a person opens: recognises a `linimasa/1`
 * dataset, a TimelineJS timeline or a CSV sheet, converts the latter two, and
 * validates the result with `parseDataset`. Never throws.
 *
 * The importers may meet any EDTF form, so the EDTF grammar must be
 * registered first (`registerEdtfGrammar`); the app loads this module lazily,
 * only to convert a TimelineJS or CSV file.
 */
import { importCsv, type CsvImportOptions } from '@/domain/import/import-csv';
import { importTimelineJs } from '@/domain/import/import-timelinejs';
import { type ImportNote, type ImportResult } from '@/domain/import/import-tools';
import type { ParseResult } from '@/domain/dataset/model';
import { parseDataset, type ParseDatasetOptions } from '@/domain/dataset/parse-dataset';
import { recogniseDataset, type DatasetFormat } from '@/domain/import/recognise-dataset';

export type { DatasetFormat } from '@/domain/import/recognise-dataset';

/** Options for `importDataset`: those of the importers and of `parseDataset`. */
export interface ImportDatasetOptions extends Omit<CsvImportOptions, 'fileName'> {
  /** Plain-text copies of a `linimasa/1` dataset's sources, as `parseDataset` takes them. */
  readonly sourceTexts?: ParseDatasetOptions['sourceTexts'];
  /** Most errors to report (default 100). */
  readonly maxErrors?: number;
}

/** What `importDataset` found: the format it recognised, the validated dataset or errors, and the importer's notes. */
export interface ImportDatasetResult {
  readonly format: DatasetFormat;
  readonly result: ParseResult;
  readonly report: readonly ImportNote[];
  /** For an imported file, the converted `linimasa/1` JSON (to offer as a download); absent for a linimasa file. */
  readonly converted?: unknown;
}

function fromImport(imported: ImportResult, options: ImportDatasetOptions): ParseResult {
  if (!imported.ok) return { ok: false, errors: imported.errors, warnings: [], truncated: 0 };
  return parseDataset(imported.json, { maxErrors: options.maxErrors ?? 100 });
}

function run(text: string, fileName: string | undefined, options: ImportDatasetOptions): ImportDatasetResult {
  const parseOptions: ParseDatasetOptions = {
    ...(options.sourceTexts === undefined ? {} : { sourceTexts: options.sourceTexts }),
    ...(options.maxErrors === undefined ? {} : { maxErrors: options.maxErrors }),
  };
  const importOptions = { ...options, ...(fileName === undefined ? {} : { fileName }) };
  const recognised = recogniseDataset(text, fileName);
  switch (recognised.format) {
    case 'timelinejs':
    case 'csv': {
      const imported =
        recognised.format === 'csv'
          ? importCsv(recognised.body, importOptions)
          : importTimelineJs(recognised.value, importOptions);
      return {
        format: recognised.format,
        result: fromImport(imported, options),
        report: imported.report,
        ...(imported.ok ? { converted: imported.json } : {}),
      };
    }
    default:
      // A linimasa/1 file, or text that is no dataset at all: parseDataset then words the error.
      return { format: 'linimasa', result: parseDataset(recognised.input, parseOptions), report: recognised.report };
  }
}

/** Recognises a file as `linimasa/1`, TimelineJS or CSV (from its content, and from a `.csv` name), converts it, and validates it with `parseDataset`; never throws. */
export function importDataset(
  text: string,
  fileName?: string,
  options: ImportDatasetOptions = {},
): ImportDatasetResult {
  try {
    return run(text, fileName, options);
  } catch (error) {
    const message = `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return {
      format: 'linimasa',
      result: { ok: false, errors: [{ path: '$', message }], warnings: [], truncated: 0 },
      report: [],
    };
  }
}
