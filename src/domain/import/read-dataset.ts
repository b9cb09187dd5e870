/**
 * The one way in for a dataset, as pure code: `readDataset` turns whatever a
 * person hands over (a `linimasa/1` file or download, a TimelineJS timeline,
 * a CSV sheet, an editor's draft or an extractor's result given as an
 * object) into a typed `Dataset`, or into the problems that stop it, each at
 * a JSON path. Synchronous, and it never throws: problems are values.
 *
 *   const recognised = recogniseDataset({ text, fileName }); // text is parsed once
 *   if (inputNeedsEdtfGrammar(recognised)) registerEdtfGrammar(...); // known before reading
 *   const result = readDataset(recognised, { sourceTexts }); // checked once, built once
 *   if (result.ok) show(result.value.dataset); else list(result.problems);
 *
 * It may also be given the input itself (`readDataset({ json: draft })`),
 * which it recognises first. src/data/load-dataset.ts is its asynchronous
 * side: downloads with limits, source texts, the grammar, and a worker that
 * checks large files.
 */
import type { Dataset, DatasetIssue, DatasetResult } from '@/domain/dataset/model';
import { datasetNeedsEdtfGrammar } from '@/domain/dataset/grammar-needs';
import { parseDataset, type ParseDatasetOptions } from '@/domain/dataset/parse-dataset';
import { importCsv } from '@/domain/import/import-csv';
import { importTimelineJs } from '@/domain/import/import-timelinejs';
import type { ImportOptions, ImportResult } from '@/domain/import/import-tools';
import {
  recogniseDataset,
  type DatasetFormat,
  type DatasetInput,
  type RecognisedDataset,
} from '@/domain/import/recognise-dataset';

export type { DatasetFormat, DatasetInput, RecognisedDataset } from '@/domain/import/recognise-dataset';

/** Options for `readDataset`: the source texts and error cap of `parseDataset`, the id and language an import takes. */
export interface ReadOptions extends Omit<ImportOptions, 'fileName'> {
  /** Plain-text copies of a `linimasa/1` dataset's sources, keyed by source id or by the source's `text` path. */
  readonly sourceTexts?: ParseDatasetOptions['sourceTexts'];
  /** Most errors to report (default 100); the rest are counted in `truncated`. */
  readonly maxErrors?: number;
  /** For a CSV sheet: a second sheet of actors (`id,name,kind,country,role,affiliation,wikidata`). */
  readonly actorsCsv?: string;
}

/** A dataset read, and what reading it has to say beyond its warnings. */
export interface ReadDataset {
  readonly dataset: Dataset;
  /** The format it was given in; other than `linimasa`, it was converted. */
  readonly format: DatasetFormat;
  /** What a conversion could not carry over, as notes at paths of the input. */
  readonly report: readonly DatasetIssue[];
  /** The `linimasa/1` JSON a TimelineJS or CSV input was converted to, to offer as a download. */
  readonly converted?: unknown;
}

/** What `readDataset` answers: the dataset read, or the problems that stop it; warnings either way. */
export type ReadResult = DatasetResult<ReadDataset>;

function isRecognised(input: DatasetInput | RecognisedDataset): input is RecognisedDataset {
  return 'format' in input;
}

/**
 * True when reading `recognised` needs the EDTF grammar registered
 * (`registerEdtfGrammar`): a `linimasa/1` date beyond a plain year, month or
 * day, or any conversion (its importers may meet every EDTF form).
 */
export function inputNeedsEdtfGrammar(recognised: RecognisedDataset): boolean {
  switch (recognised.format) {
    case 'linimasa':
      return datasetNeedsEdtfGrammar(recognised.json);
    case 'unreadable':
      return false;
    default:
      return true;
  }
}

function converted(format: 'timelinejs' | 'csv', imported: ImportResult, options: ReadOptions): ReadResult {
  const report = imported.report;
  if (!imported.ok) return { ok: false, problems: imported.errors, warnings: [], truncated: 0 };
  // The converted JSON is the importer's own: parseDataset copies what the dataset keeps of it.
  const parsed = parseDataset(imported.json, { maxErrors: options.maxErrors ?? 100 });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: { dataset: parsed.value, format, report, converted: imported.json },
    warnings: parsed.warnings,
  };
}

function read(recognised: RecognisedDataset, options: ReadOptions): ReadResult {
  const { sourceTexts, maxErrors, ...importOptions } = options;
  switch (recognised.format) {
    case 'unreadable':
      // What the text looks like instead (an HTML error page) comes first: it says what to do.
      return {
        ok: false,
        problems: [...recognised.report, { path: '$', message: recognised.message }],
        warnings: [],
        truncated: 0,
      };
    case 'timelinejs':
    case 'csv': {
      const withName = { ...importOptions, ...fileNameOf(recognised) };
      const imported =
        recognised.format === 'csv'
          ? importCsv(recognised.body, withName)
          : importTimelineJs(recognised.json, withName);
      return converted(recognised.format, imported, options);
    }
    default: {
      const parseOptions = {
        ...(sourceTexts === undefined ? {} : { sourceTexts }),
        ...(maxErrors === undefined ? {} : { maxErrors }),
        owned: recognised.owned,
      };
      const parsed = parseDataset(recognised.json, parseOptions);
      if (!parsed.ok) return parsed;
      const value = { dataset: parsed.value, format: 'linimasa' as const, report: recognised.report };
      return { ok: true, value, warnings: parsed.warnings };
    }
  }
}

function fileNameOf(recognised: { readonly fileName?: string }): { fileName?: string } {
  return recognised.fileName === undefined ? {} : { fileName: recognised.fileName };
}

/**
 * Reads any input into a dataset, or the problems that stop it, each at a
 * JSON path; never throws. Register the EDTF grammar first when
 * `inputNeedsEdtfGrammar` says so: without it, such dates are problems.
 */
export function readDataset(input: DatasetInput | RecognisedDataset, options: ReadOptions = {}): ReadResult {
  try {
    return read(isRecognised(input) ? input : recogniseDataset(input), options);
  } catch (error) {
    const message = `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, problems: [{ path: '$', message }], warnings: [], truncated: 0 };
  }
}
