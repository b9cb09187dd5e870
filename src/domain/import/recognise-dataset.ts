/**
 * Tells what kind of file a person opened: a `linimasa/1` dataset, a
 * TimelineJS timeline or a CSV sheet. It is kept apart from the importers so
 * the app can read a `linimasa/1` file without downloading them.
 */
import { field } from '@/domain/dataset/json';
import type { DatasetIssue } from '@/domain/dataset/model';
import { DATASET_FORMAT } from '@/domain/dataset/model';

/** The formats Linimasa reads. */
export type DatasetFormat = 'linimasa' | 'timelinejs' | 'csv';

/** A recognised file, not yet converted or validated. */
export type RecognisedDataset =
  /** `input` is the parsed JSON, or the text itself when it is not JSON (parseDataset words that error); `report` notes what the text looks like instead. */
  | { readonly format: 'linimasa'; readonly input: unknown; readonly report: readonly DatasetIssue[] }
  | { readonly format: 'timelinejs'; readonly value: unknown }
  | { readonly format: 'csv'; readonly body: string };

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

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Recognises a file's format from its content (and a `.csv`/`.tsv` name); a leading BOM is dropped. */
export function recogniseDataset(text: string, fileName?: string): RecognisedDataset {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const json = tryJson(body);
  if (json.ok) {
    if (field(json.value, 'format') !== DATASET_FORMAT && isTimelineJs(json.value))
      return { format: 'timelinejs', value: json.value };
    return { format: 'linimasa', input: json.value, report: [] };
  }
  if ((fileName !== undefined && CSV_NAME.test(fileName)) || hasCsvHeader(body)) return { format: 'csv', body };
  const report: DatasetIssue[] = HTML_START.test(body)
    ? [
        {
          path: '$',
          message:
            'this is an HTML page (perhaps a server error page), not a dataset: check the address the file came from',
        },
      ]
    : [];
  return { format: 'linimasa', input: body, report };
}
