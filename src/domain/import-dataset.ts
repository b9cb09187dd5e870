/**
 * One entry point for any file a person opens: recognises a `linimasa/1`
 * dataset, a TimelineJS timeline or a CSV sheet, converts the latter two, and
 * validates the result with `parseDataset`. Never throws.
 */
import { importCsv, type CsvImportOptions } from '@/domain/import-csv';
import { importTimelineJs, ownField, type ImportNote, type ImportResult } from '@/domain/import-timelinejs';
import type { ParseResult } from '@/domain/model';
import { parseDataset, type ParseDatasetOptions } from '@/domain/parse-dataset';
import { DATASET_FORMAT } from '@/domain/schema';

/** The formats `importDataset` reads. */
export type DatasetFormat = 'linimasa' | 'timelinejs' | 'csv';

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

const CSV_NAME = /\.(?:csv|tsv)$/i;
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|\?xml)[\s>]/i;

/** True when the first line of `text` names `date` and `title` columns. */
function hasCsvHeader(text: string): boolean {
  const firstLine = text.slice(0, Math.min(text.length, 10_000)).split(/\r?\n/, 1)[0] ?? '';
  const cells = firstLine.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase());
  return cells.includes('date') && cells.includes('title');
}

/** True when the value looks like a TimelineJS timeline: an `events` list whose items have a `start_date`. */
function isTimelineJs(value: unknown): boolean {
  const events = ownField(value, 'events');
  return Array.isArray(events) && events.some((event) => ownField(event, 'start_date') !== undefined);
}

function fromImport(imported: ImportResult, options: ImportDatasetOptions): ParseResult {
  if (!imported.ok) return { ok: false, errors: imported.errors, warnings: [], truncated: 0 };
  return parseDataset(imported.json, { maxErrors: options.maxErrors ?? 100 });
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function run(text: string, fileName: string | undefined, options: ImportDatasetOptions): ImportDatasetResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parseOptions: ParseDatasetOptions = {
    ...(options.sourceTexts === undefined ? {} : { sourceTexts: options.sourceTexts }),
    ...(options.maxErrors === undefined ? {} : { maxErrors: options.maxErrors }),
  };
  const importOptions = { ...options, ...(fileName === undefined ? {} : { fileName }) };
  const json = tryJson(body);
  if (json.ok) {
    if (ownField(json.value, 'format') !== DATASET_FORMAT && isTimelineJs(json.value)) {
      const imported = importTimelineJs(json.value, importOptions);
      return { format: 'timelinejs', result: fromImport(imported, options), report: imported.report, ...(imported.ok ? { converted: imported.json } : {}) };
    }
    return { format: 'linimasa', result: parseDataset(json.value, parseOptions), report: [] };
  }
  if ((fileName !== undefined && CSV_NAME.test(fileName)) || hasCsvHeader(body)) {
    const imported = importCsv(body, importOptions);
    return { format: 'csv', result: fromImport(imported, options), report: imported.report, ...(imported.ok ? { converted: imported.json } : {}) };
  }
  const report: ImportNote[] = HTML_START.test(body)
    ? [{ path: '$', message: 'this is an HTML page (perhaps a server error page), not a dataset: check the address the file came from' }]
    : [];
  // parseDataset words the error: not JSON, where, and why.
  return { format: 'linimasa', result: parseDataset(body, parseOptions), report };
}

/** Recognises a file as `linimasa/1`, TimelineJS or CSV (from its content, and from a `.csv` name), converts it, and validates it with `parseDataset`; never throws. */
export function importDataset(text: string, fileName?: string, options: ImportDatasetOptions = {}): ImportDatasetResult {
  try {
    return run(text, fileName, options);
  } catch (error) {
    const message = `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { format: 'linimasa', result: { ok: false, errors: [{ path: '$', message }], warnings: [], truncated: 0 }, report: [] };
  }
}
