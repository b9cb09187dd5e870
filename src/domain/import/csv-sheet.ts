/**
 * Reading a spreadsheet of events or actors as the CSV importer needs it: the
 * columns of each sheet, rows of cells by column and language, lists in a
 * cell, and texts in several languages from `_<lang>` columns.
 */
import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import type { DatasetIssue } from '@/domain/dataset/model';
import { LANGUAGE_TAG_PATTERN } from '@/domain/dataset/schema-fields';
import type { ImportNotes } from '@/domain/import/import-tools';

/** The columns of the events sheet; `title`, `summary` and `date_text` also come as `title_<lang>` and so on. */
export const EVENT_COLUMNS = [
  'id',
  'date',
  'title',
  'type',
  'summary',
  'actors',
  'recipients',
  'source',
  'url',
  'published',
  'language',
  'via',
  'quote',
  'date_text',
  'date_basis',
  'tags',
  'mode',
  'context',
] as const;

/** The columns of the actors sheet; `name` and `role` also come as `name_<lang>` and `role_<lang>`. */
export const ACTOR_COLUMNS = ['id', 'name', 'kind', 'country', 'role', 'affiliation', 'wikidata'] as const;

export const EVENT_LOCALIZED = ['title', 'summary', 'date_text'];
export const ACTOR_LOCALIZED = ['name', 'role'];

export type Json = Record<string, unknown>;

/** One parsed sheet: its cells by column (base name and language), with spreadsheet row numbers. */
export interface Sheet {
  /** Original header text by `base` or `base:lang` key. */
  readonly columns: Map<string, string>;
  /** Data rows that are not blank, with their row numbers (the header is row 1). */
  readonly rows: { readonly row: number; readonly cells: Map<string, string> }[];
  /** Languages named by `_<lang>` columns, in header order. */
  readonly languages: string[];
}

/** Splits text into rows, choosing `;` or tab when the first line has no comma. */
export function parseRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (firstLine.includes(',')) return csvParseRows(body);
  if (firstLine.includes(';')) return dsvFormat(';').parseRows(body);
  if (firstLine.includes('\t')) return tsvParseRows(body);
  return csvParseRows(body);
}

export function readSheet(
  text: string,
  known: readonly string[],
  localized: readonly string[],
  locale: string,
  where: (row: number, column?: string) => string,
  errors: DatasetIssue[],
  notes: ImportNotes,
): Sheet {
  const [header = [], ...body] = parseRows(text);
  const columns = new Map<string, string>();
  const keys: (string | undefined)[] = [];
  const languages: string[] = [];
  header.forEach((cell) => {
    const name = cell.trim();
    const lower = name.toLowerCase();
    let key: string | undefined;
    if (known.includes(lower)) key = lower;
    else {
      const base = localized.find((b) => lower.startsWith(`${b}_`));
      const lang = base === undefined ? '' : name.slice(base.length + 1);
      if (base !== undefined && LANGUAGE_TAG_PATTERN.test(lang)) {
        key = lang.toLowerCase() === locale.toLowerCase() ? base : `${base}:${lang}`;
        if (key !== base && !languages.some((l) => l.toLowerCase() === lang.toLowerCase())) languages.push(lang);
      }
    }
    if (key !== undefined && columns.has(key)) {
      errors.push({
        path: where(1, name),
        message: `the column appears twice (first as ${JSON.stringify(columns.get(key))})`,
      });
      key = undefined;
    } else if (key === undefined && name !== '') {
      notes.add(
        where(1, name),
        `unknown column is ignored (known columns: ${known.join(', ')}; ${localized.map((b) => `${b}_<lang>`).join(', ')})`,
      );
    }
    if (key !== undefined) columns.set(key, name);
    keys.push(key);
  });
  const rows = body.flatMap((cells, i) => {
    if (cells.every((cell) => cell.trim() === '')) return [];
    const row = i + 2;
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      notes.group(
        `extra-cells:${where(0)}`,
        where(row),
        'the row has more cells than the header has columns; the extra cells are ignored',
      );
    }
    const byKey = new Map<string, string>();
    keys.forEach((key, c) => {
      if (key !== undefined) byKey.set(key, (cells[c] ?? '').trim());
    });
    return [{ row, cells: byKey }];
  });
  return { columns, rows, languages };
}

export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A localized text from a base column and its `_<lang>` columns; empty cells are left out. */
export function localizedFrom(
  cells: Map<string, string>,
  base: string,
  locale: string,
  languages: readonly string[],
): Record<string, string> | undefined {
  const text: Record<string, string> = {};
  const main = cells.get(base);
  if (main) text[locale] = main;
  for (const lang of languages) {
    const value = cells.get(`${base}:${lang}`);
    if (value) text[lang] = value;
  }
  return Object.keys(text).length === 0 ? undefined : text;
}
