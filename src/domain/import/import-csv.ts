/**
 * Converts a spreadsheet of events (CSV, or `;`- or tab-separated) into a
 * `linimasa/1` dataset, with an optional second sheet of actors. The column
 * layout is documented in docs/csv-format.md. The result is checked with
 * `parseDataset`, and every problem is reported at the sheet's row and column
 * (`row 4, column "date"`; the header is row 1). Never throws.
 */
import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import { parseEdtfDate } from '@/domain/dates/edtf';
import {
  createIdAllocator,
  ImportNotes,
  latestDay,
  resolveDatasetOptions,
  unknownActor,
  type ImportNote,
  type ImportOptions,
  type ImportResult,
} from '@/domain/import/import-tools';
import type { DatasetIssue } from '@/domain/dataset/model';
import type { DateSpan } from '@/domain/dates/date-span';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { DATASET_FORMAT, LANGUAGE_TAG_PATTERN, LIMITS, type RawDataset } from '@/domain/dataset/schema';

/** Options for `importCsv`. */
export interface CsvImportOptions extends ImportOptions {
  /** A second sheet of actors: `id,name,kind,country,role,affiliation,wikidata`. */
  readonly actorsCsv?: string;
}

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

const EVENT_LOCALIZED = ['title', 'summary', 'date_text'];
const ACTOR_LOCALIZED = ['name', 'role'];

type Json = Record<string, unknown>;

/** One parsed sheet: its cells by column (base name and language), with spreadsheet row numbers. */
interface Sheet {
  /** Original header text by `base` or `base:lang` key. */
  readonly columns: Map<string, string>;
  /** Data rows that are not blank, with their row numbers (the header is row 1). */
  readonly rows: { readonly row: number; readonly cells: Map<string, string> }[];
  /** Languages named by `_<lang>` columns, in header order. */
  readonly languages: string[];
}

/** Splits text into rows, choosing `;` or tab when the first line has no comma. */
function parseRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (firstLine.includes(',')) return csvParseRows(body);
  if (firstLine.includes(';')) return dsvFormat(';').parseRows(body);
  if (firstLine.includes('\t')) return tsvParseRows(body);
  return csvParseRows(body);
}

function readSheet(
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

function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A localized text from a base column and its `_<lang>` columns; empty cells are left out. */
function localizedFrom(
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

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** Where an issue in the converted dataset sits in the sheets. */
interface Origins {
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
function locate(path: string, origins: Origins, locale: string): string {
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

/** Converts CSV text (events, and optionally `actorsCsv`) into a `linimasa/1` object; every error names a row and column of the sheets. */
export function importCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  const notes = new ImportNotes();
  try {
    return convert(text, options, notes);
  } catch (error) {
    return {
      ok: false,
      errors: [
        { path: '$', message: `the CSV could not be read: ${error instanceof Error ? error.message : String(error)}` },
      ],
      report: notes.list(),
    };
  }
}

function convert(text: string, options: CsvImportOptions, notes: ImportNotes): ImportResult {
  const settings = resolveDatasetOptions(options, 'imported', notes);
  if (!settings.ok) return { ok: false, errors: settings.errors, report: notes.list() };
  const { locale } = settings;
  const errors: DatasetIssue[] = [];
  const events = readSheet(
    text,
    EVENT_COLUMNS,
    EVENT_LOCALIZED,
    locale,
    (row, column) => `row ${row}${column === undefined ? '' : `, column ${JSON.stringify(column)}`}`,
    errors,
    notes,
  );
  for (const required of ['date', 'title']) {
    if (!events.columns.has(required))
      errors.push({
        path: 'row 1',
        message: `the header has no ${JSON.stringify(required)} column; the first row must name the columns (see docs/csv-format.md)`,
      });
  }
  if (errors.length === 0 && events.rows.length === 0)
    errors.push({ path: 'row 2', message: 'the CSV has no events below its header' });
  if (events.rows.length > LIMITS.events)
    errors.push({
      path: '$',
      message: `has ${events.rows.length.toLocaleString('en')} events; at most ${LIMITS.events.toLocaleString('en')} are allowed`,
    });
  if (errors.length > 0) return { ok: false, errors, report: notes.list() };

  const origins: Origins = { events, eventRows: [], sourceRows: [], actorRows: [], localeColumns: new Map() };
  const actors: Json[] = [];
  const actorIds = new Map<string, string>();
  const allocateActor = createIdAllocator(['unknown']);
  let actorSheet: Sheet | undefined;
  if (options.actorsCsv !== undefined) {
    const where = (row: number, column?: string): string =>
      `actors CSV row ${row}${column === undefined ? '' : `, column ${JSON.stringify(column)}`}`;
    actorSheet = readSheet(options.actorsCsv, ACTOR_COLUMNS, ACTOR_LOCALIZED, locale, where, errors, notes);
    origins.actors = actorSheet;
    if (!actorSheet.columns.has('name'))
      errors.push({ path: 'actors CSV row 1', message: 'the header has no "name" column' });
    for (const { row, cells } of actorSheet.rows) {
      const name = localizedFrom(cells, 'name', locale, actorSheet.languages);
      const id = cells.get('id') || allocateActor(cells.get('name') ?? '', `actor-${row}`);
      const kind = (cells.get('kind') ?? '').toLowerCase();
      if (kind === '')
        notes.group(
          'actor-kind',
          where(row, actorSheet.columns.get('kind') ?? 'kind'),
          'the actor has no kind and is taken to be a group',
        );
      const role = localizedFrom(cells, 'role', locale, actorSheet.languages);
      const optional = (key: string, value: string | undefined): Json => (value ? { [key]: value } : {});
      actors.push({
        id,
        name: name ?? {},
        kind: kind || 'group',
        ...optional('country', cells.get('country')?.toUpperCase()),
        ...(role ? { role } : {}),
        ...optional('affiliation', cells.get('affiliation')),
        ...optional('wikidata', cells.get('wikidata')),
      });
      origins.actorRows.push({ sheet: 'actors', row });
      if (!actorIds.has(id)) actorIds.set(id, id);
      for (const n of Object.values(name ?? {})) if (!actorIds.has(n.toLowerCase())) actorIds.set(n.toLowerCase(), id);
    }
    for (const actor of actors) {
      if (typeof actor.affiliation === 'string')
        actor.affiliation =
          actorIds.get(actor.affiliation) ?? actorIds.get(actor.affiliation.toLowerCase()) ?? actor.affiliation;
    }
  }

  let usesUnknown = false;
  const resolveActors = (cell: string, row: number, column: string): string[] =>
    splitList(cell).map((name) => {
      const found = actorIds.get(name) ?? actorIds.get(name.toLowerCase());
      if (found !== undefined) return found;
      if (actorSheet) {
        errors.push({
          path: `row ${row}, column ${JSON.stringify(events.columns.get(column) ?? column)}`,
          message: `no actor in the actors CSV has the id or name ${JSON.stringify(name)}`,
        });
        return name;
      }
      const id = allocateActor(name, `actor-${actors.length + 1}`);
      actors.push({ id, name: { [locale]: name }, kind: 'group' });
      origins.actorRows.push({ sheet: 'events', row, column });
      actorIds.set(name.toLowerCase(), id);
      actorIds.set(id, id);
      notes.group(
        'actor-created',
        `row ${row}, column ${JSON.stringify(events.columns.get(column) ?? column)}`,
        'actors named here are created with the kind "group"; give an actors CSV to set their kinds',
      );
      return id;
    });

  const sources = new Map<string, Json>();
  const allocateSource = createIdAllocator();
  const allocateEvent = createIdAllocator(
    events.rows.map(({ cells }) => cells.get('id') ?? '').filter((id) => id !== ''),
  );
  const spans: DateSpan[] = [];
  const where = (row: number, column: string): string =>
    `row ${row}, column ${JSON.stringify(events.columns.get(column) ?? column)}`;
  if (!events.columns.has('type')) notes.add('row 1', 'there is no "type" column: every event is a STATEMENT');
  const eventList = events.rows.map(({ row, cells }) => {
    origins.eventRows.push(row);
    const cell = (key: string): string => cells.get(key) ?? '';
    const date = cell('date');
    const span = parseEdtfDate(date);
    if (span.ok) spans.push(span.span);
    const title = localizedFrom(cells, 'title', locale, events.languages) ?? {};
    if (cell('title') === '')
      errors.push({
        path: where(row, 'title'),
        message: 'the title is empty: every event needs one in the default language',
      });
    let type = cell('type').toUpperCase();
    if (type === '') {
      type = 'STATEMENT';
      if (events.columns.has('type'))
        notes.group('type', where(row, 'type'), 'the type is empty and is taken to be STATEMENT');
    }
    let eventActors = resolveActors(cell('actors'), row, 'actors');
    if (eventActors.length === 0) {
      eventActors = ['unknown'];
      usesUnknown = true;
      notes.group('unknown-actor', where(row, 'actors'), 'no actor is named: the event gets the actor "unknown"');
    }
    const recipients = resolveActors(cell('recipients'), row, 'recipients');
    const url = cell('url');
    const publisher = cell('source') || (url ? hostOf(url) : '');
    let sourceId: string | undefined;
    if (publisher !== '') {
      const key = [publisher, url, cell('published'), cell('language'), cell('via')].join('\u0000');
      let source = sources.get(key);
      if (!source) {
        if (cell('published') === '')
          errors.push({
            path: where(row, 'published'),
            message: 'a source needs the day it was published, such as 2022-07-01',
          });
        source = {
          id: allocateSource(`${publisher} ${cell('published')}`, 'source'),
          publisher,
          ...(url ? { url } : {}),
          published: cell('published'),
          language: cell('language') || locale,
          ...(cell('via') ? { via: cell('via') } : {}),
        };
        sources.set(key, source);
        origins.sourceRows.push(row);
      }
      sourceId = source.id as string;
    }
    const quote = cell('quote');
    if (quote !== '' && sourceId === undefined)
      errors.push({
        path: where(row, 'quote'),
        message: 'a quote needs its source: fill in "source" (or "url") and "published"',
      });
    let dateBasis = cell('date_basis').toLowerCase() || undefined;
    if (quote === '' && dateBasis === undefined) {
      dateBasis = 'external';
      notes.group(
        'external',
        where(row, 'quote'),
        'the event has no quote, so its date is marked as added from outside the sources ("dateBasis": "external")',
      );
    }
    const dateText = localizedFrom(cells, 'date_text', locale, events.languages);
    const summary = localizedFrom(cells, 'summary', locale, events.languages);
    const list = (key: string, values: string[]): Json => (values.length === 0 ? {} : { [key]: values });
    return {
      id: cell('id') || allocateEvent(Object.values(title)[0] ?? '', `event-${row}`),
      date,
      ...(dateText ? { dateText } : {}),
      ...(dateBasis === undefined ? {} : { dateBasis }),
      title,
      ...(summary ? { summary } : {}),
      type,
      ...(cell('mode') ? { mode: cell('mode') } : {}),
      ...list('context', splitList(cell('context'))),
      actors: eventActors,
      ...list('recipients', recipients),
      ...(quote !== '' && sourceId !== undefined ? { evidence: [{ source: sourceId, quote }] } : {}),
      ...list('tags', splitList(cell('tags'))),
    };
  });

  if (usesUnknown) {
    actors.push(unknownActor(locale));
    origins.actorRows.push(undefined);
  }
  const sourceList = [...sources.values()];
  if (sourceList.length === 0) {
    const name = (options.fileName ?? '').replace(/^.*[\\/]/, '');
    sourceList.push({
      id: 'csv',
      publisher: name || 'CSV import',
      published: latestDay(spans) ?? '0001-01-01',
      language: locale,
    });
    origins.sourceRows.push(undefined);
    notes.add(
      'row 1',
      'the CSV names no sources: the file itself is listed as the source, published on the day of its latest event',
    );
  }
  const locales = [locale];
  for (const [sheet, lang] of [
    ...events.languages.map((l) => [events, l] as const),
    ...(actorSheet?.languages ?? []).map((l) => [actorSheet as Sheet, l] as const),
  ]) {
    if (locales.some((l) => l.toLowerCase() === lang.toLowerCase())) continue;
    const column = [...sheet.columns.entries()].find(([key]) => key.endsWith(`:${lang}`))?.[1];
    if (column !== undefined) origins.localeColumns.set(String(locales.length), column);
    locales.push(lang);
  }
  const fileTitle = (options.fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '');
  const json: RawDataset = {
    format: DATASET_FORMAT,
    id: settings.id,
    title: { [locale]: fileTitle || 'Imported timeline' },
    locales,
    sources: sourceList as RawDataset['sources'],
    actors: actors as RawDataset['actors'],
    events: eventList as RawDataset['events'],
  };
  return finish(json, errors, notes, origins, locale);
}

/** Checks the converted dataset and moves every issue to its row and column; the importer's own errors win at a place. */
function finish(
  json: RawDataset,
  errors: DatasetIssue[],
  notes: ImportNotes,
  origins: Origins,
  locale: string,
): ImportResult {
  const parsed = parseDataset(json, { maxErrors: 500 });
  const taken = new Set(errors.map((error) => error.path));
  const moved: DatasetIssue[] = [];
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      const path = locate(error.path, origins, locale);
      if (taken.has(path)) continue;
      taken.add(path);
      moved.push({ path, message: error.message });
    }
  }
  const warnings: ImportNote[] = parsed.warnings.map((warning) => ({
    path: locate(warning.path, origins, locale),
    message: warning.message,
  }));
  for (const warning of warnings) notes.add(warning.path, warning.message);
  const all = [...errors, ...moved].sort((a, b) => rowOf(a.path) - rowOf(b.path));
  if (all.length > 0) return { ok: false, errors: all, report: notes.list() };
  return { ok: true, json, report: notes.list() };
}

function rowOf(path: string): number {
  const match = /^(actors CSV )?row (\d+)/.exec(path);
  if (!match) return -1;
  return Number(match[2]) + (match[1] ? 1e9 : 0);
}
