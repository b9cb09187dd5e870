/**
 * Converts a spreadsheet of events (CSV, or `;`- or tab-separated) into a
 * `linimasa/1` dataset, with an optional second sheet of actors. The column
 * layout is documented in docs/csv-format.md. The result is checked with
 * `parseDataset`, and every problem is reported at the sheet's row and column
 * (`row 4, column "date"`; the header is row 1). Never throws.
 */
import { parseEdtfDate } from '@/domain/dates/edtf';
import { locate, rowOf, type Origins } from '@/domain/import/csv-locate';
import {
  ACTOR_COLUMNS,
  ACTOR_LOCALIZED,
  EVENT_COLUMNS,
  EVENT_LOCALIZED,
  localizedFrom,
  readSheet,
  splitList,
  type Json,
  type Sheet,
} from '@/domain/import/csv-sheet';
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
import { DATASET_FORMAT, type RawDataset } from '@/domain/dataset/schema';
import { LIMITS } from '@/domain/dataset/schema-fields';

/** Options for `importCsv`. */
export interface CsvImportOptions extends ImportOptions {
  /** A second sheet of actors: `id,name,kind,country,role,affiliation,wikidata`. */
  readonly actorsCsv?: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
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
    for (const error of parsed.problems) {
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
