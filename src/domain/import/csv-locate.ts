/**
 * Where an issue in a dataset converted from CSV sits in its sheets: a path
 * such as `events[3].title.en` rewritten as `row 4, column "title"`.
 */
import { ACTOR_COLUMNS, ACTOR_LOCALIZED, EVENT_LOCALIZED, type Sheet } from '@/domain/import/csv-sheet';

/** Where an issue in the converted dataset sits in the sheets. */
export interface Origins {
  readonly events: Sheet;
  actors?: Sheet;
  readonly eventRows: number[];
  readonly sourceRows: (number | undefined)[];
  readonly actorRows: (
    { sheet: 'events'; row: number; column: string } | { sheet: 'actors'; row: number } | undefined
  )[];
  readonly localeColumns: Map<string, string>;
}

const SEGMENT = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** Splits a path as `parseDataset` writes it (`events[3].title["pt-BR"]`) into segments. */
function segmentsOf(path: string): (string | number)[] {
  if (path === '$') return [];
  const segments: (string | number)[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    if (!match) break;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3] ?? '""') as string);
  }
  return segments;
}

const EVENT_FIELD_COLUMNS: Readonly<Record<string, string>> = {
  id: 'id',
  date: 'date',
  dateText: 'date_text',
  dateBasis: 'date_basis',
  title: 'title',
  summary: 'summary',
  type: 'type',
  mode: 'mode',
  context: 'context',
  actors: 'actors',
  recipients: 'recipients',
  evidence: 'quote',
  tags: 'tags',
};
const SOURCE_FIELD_COLUMNS: Readonly<Record<string, string>> = {
  id: 'source',
  publisher: 'source',
  url: 'url',
  published: 'published',
  language: 'language',
  via: 'via',
};

function cellName(sheet: Sheet, base: string, lang: unknown, locale: string): string {
  const key = typeof lang === 'string' && lang.toLowerCase() !== locale.toLowerCase() ? `${base}:${lang}` : base;
  return sheet.columns.get(key) ?? sheet.columns.get(base) ?? key.replace(':', '_');
}

/** Rewrites a `parseDataset` path as a place in the sheets, such as `row 4, column "date"`. */
export function locate(path: string, origins: Origins, locale: string): string {
  const [collection, index, fieldName, next] = segmentsOf(path);
  const at = (prefix: string, row: number, column?: string): string =>
    `${prefix}row ${row}${column === undefined ? '' : `, column ${JSON.stringify(column)}`}`;
  if (typeof index !== 'number') return path;
  if (collection === 'events') {
    const row = origins.eventRows[index];
    if (row === undefined) return path;
    const base = typeof fieldName === 'string' ? EVENT_FIELD_COLUMNS[fieldName] : undefined;
    if (base === undefined) return at('', row);
    if (fieldName === 'evidence' && segmentsOf(path)[4] === 'source')
      return at('', row, cellName(origins.events, 'source', undefined, locale));
    return at('', row, cellName(origins.events, base, EVENT_LOCALIZED.includes(base) ? next : undefined, locale));
  }
  if (collection === 'sources') {
    const row = origins.sourceRows[index];
    const base = typeof fieldName === 'string' ? SOURCE_FIELD_COLUMNS[fieldName] : undefined;
    return row === undefined ? path : at('', row, base && cellName(origins.events, base, undefined, locale));
  }
  if (collection === 'actors') {
    const origin = origins.actorRows[index];
    if (origin === undefined) return path;
    if (origin.sheet === 'events')
      return at('', origin.row, cellName(origins.events, origin.column, undefined, locale));
    const known = typeof fieldName === 'string' && (ACTOR_COLUMNS as readonly string[]).includes(fieldName);
    const column =
      known && origins.actors
        ? cellName(
            origins.actors,
            String(fieldName),
            ACTOR_LOCALIZED.includes(String(fieldName)) ? next : undefined,
            locale,
          )
        : undefined;
    return at('actors CSV ', origin.row, column);
  }
  if (collection === 'locales') {
    const column = origins.localeColumns.get(String(index));
    return column === undefined ? path : at('', 1, column);
  }
  return path;
}

/** Sorts issues by sheet row: the events sheet first, then the actors sheet; -1 for no row. */
export function rowOf(path: string): number {
  const match = /^(actors CSV )?row (\d+)/.exec(path);
  if (!match) return -1;
  return Number(match[2]) + (match[1] ? 1e9 : 0);
}
