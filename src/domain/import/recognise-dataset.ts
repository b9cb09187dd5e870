/**
 * Tells what a person handed over: a `linimasa/1` dataset, a TimelineJS
 * timeline or a CSV sheet, as text (a file, a download) or as a value
 * already in memory (an editor's draft, an extractor's result). Text is
 * parsed here, once; nothing is converted or validated yet.
 */
import { field } from '@/domain/dataset/json';
import type { DatasetIssue } from '@/domain/dataset/model';
import { DATASET_FORMAT } from '@/domain/dataset/model';
import { parseJsonText, withoutBom } from '@/domain/dataset/json-text';

/** The formats Linimasa reads. */
export type DatasetFormat = 'linimasa' | 'timelinejs' | 'csv';

/** What is handed over to be read. */
export type DatasetInput =
  /** Text as read from a file or a download: `linimasa/1` JSON, TimelineJS JSON or a CSV sheet (a `.csv`/`.tsv` name helps). */
  | { readonly text: string; readonly fileName?: string }
  /** A value in memory: a `linimasa/1` dataset (an editor's draft, an extractor's result) or a TimelineJS timeline. */
  | { readonly json: unknown; readonly fileName?: string };

/** An input recognised, not yet converted or validated. */
export type RecognisedDataset =
  /** JSON that is not a TimelineJS timeline, so meant as `linimasa/1` (parseDataset says whether it is one); `report` notes what text looked like instead. */
  | {
      readonly format: 'linimasa';
      readonly json: unknown;
      readonly report: readonly DatasetIssue[];
      readonly fileName?: string;
      /** True when `json` was parsed here from text, so nothing else holds it. */
      readonly owned: boolean;
    }
  | { readonly format: 'timelinejs'; readonly json: unknown; readonly fileName?: string }
  | { readonly format: 'csv'; readonly body: string; readonly fileName?: string }
  /** Text that is neither JSON nor a CSV sheet: `message` says where it stops being JSON. */
  | { readonly format: 'unreadable'; readonly message: string; readonly report: readonly DatasetIssue[] };

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
  const events = field(value, 'events');
  return Array.isArray(events) && events.some((event) => field(event, 'start_date') !== undefined);
}

function ofValue(json: unknown, fileName: string | undefined, owned: boolean): RecognisedDataset {
  const name = fileName === undefined ? {} : { fileName };
  if (field(json, 'format') !== DATASET_FORMAT && isTimelineJs(json)) return { format: 'timelinejs', json, ...name };
  return { format: 'linimasa', json, report: [], owned, ...name };
}

/** Recognises an input's format from its content (and a `.csv`/`.tsv` name); a leading BOM is dropped, and text is parsed once. */
export function recogniseDataset(input: DatasetInput): RecognisedDataset {
  if ('json' in input) return ofValue(input.json, input.fileName, false);
  const { fileName } = input;
  const body = withoutBom(input.text);
  const trimmed = body.trimStart();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  const parsed = looksJson ? parseJsonText(body) : null;
  if (parsed?.ok) return ofValue(parsed.value, fileName, true);
  if ((fileName !== undefined && CSV_NAME.test(fileName)) || hasCsvHeader(body))
    return { format: 'csv', body, ...(fileName === undefined ? {} : { fileName }) };
  const report: DatasetIssue[] = HTML_START.test(body)
    ? [
        {
          path: '$',
          message:
            'this is an HTML page (perhaps a server error page), not a dataset: check the address the file came from',
        },
      ]
    : [];
  // JSON that is no object (a number, a string) is read as a dataset, which words what is wrong with it.
  const second = parsed ?? parseJsonText(body);
  if (second.ok) return ofValue(second.value, fileName, true);
  return { format: 'unreadable', message: second.message, report };
}
