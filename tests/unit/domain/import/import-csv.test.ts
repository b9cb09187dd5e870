import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@/domain/import/import-csv';
import type { ImportResult } from '@/domain/import/import-tools';
import type { Dataset, DatasetIssue } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import type { RawDataset } from '@/domain/dataset/schema';

const FIXTURES = resolve(__dirname, '../../../fixtures/import');
const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

// Tests read converted objects freely; a loose type keeps each check to a line.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = any;

function converted(result: ImportResult): RawDataset & { events: Loose[]; actors: Loose[]; sources: Loose[] } {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.json as RawDataset & { events: Loose[]; actors: Loose[]; sources: Loose[] };
}

function parsed(result: ImportResult): Dataset {
  const check = parseDataset(converted(result));
  if (!check.ok) throw new Error(`parseDataset rejected the import: ${JSON.stringify(check.problems)}`);
  return check.value;
}

function errorsOf(result: ImportResult): readonly DatasetIssue[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('importCsv', () => {
  it('converts the example sheets of events and actors into a dataset that parseDataset accepts', () => {
    const dataset = parsed(
      importCsv(fixture('events.csv'), { actorsCsv: fixture('actors.csv'), id: 'russia-belarus' }),
    );
    expect(dataset.id).toBe('russia-belarus');
    expect(dataset.locales).toEqual(['en', 'id']);
    expect(dataset.actors.map((a) => `${a.id}:${a.kind}`)).toEqual([
      'russia:state',
      'belarus:state',
      'ukraine:state',
      'putin:person',
      'shoigu:person',
    ]);
    const treaty = dataset.events.find((e) => e.id === 'union-treaty');
    expect(treaty).toMatchObject({
      title: {
        en: 'Belarus signs the Union Treaty with Russia',
        id: 'Belarus menandatangani Union Treaty dengan Rusia',
      },
      dateText: { en: 'in 1997', id: 'pada 1997' },
      type: 'AGREE',
      actors: ['belarus', 'russia'],
      evidence: [{ source: 'republika-2022-07-01', quote: 'menandatangani perjanjian pada 1997' }],
      tags: ['integration'],
    });
    expect(dataset.sources).toEqual([
      {
        id: 'republika-2022-07-01',
        publisher: 'Republika',
        url: 'https://www.republika.co.id/',
        published: '2022-07-01',
        language: 'id',
        via: 'Al Jazeera',
      },
    ]);
  });

  it('resolves actors by id or by name in any language, and affiliations likewise', () => {
    const json = converted(importCsv(fixture('events.csv'), { actorsCsv: fixture('actors.csv') }));
    expect(json.events.find((e) => e.id === 'putin-says-western-sanctions-sped-up-integration')?.actors).toEqual([
      'putin',
    ]);
    expect(json.actors.find((a) => a.id === 'shoigu')).toMatchObject({ affiliation: 'russia', country: 'RUS' });
    expect(json.actors.find((a) => a.id === 'belarus')?.country).toBe('BLR');
  });

  it('creates actors of kind group from names when there is no actors sheet, and says so', () => {
    const result = importCsv(fixture('events.csv'), {});
    const json = converted(result);
    expect(json.actors.map((a) => [a.id, a.name.en, a.kind])).toEqual([
      ['belarus', 'Belarus', 'group'],
      ['russia', 'Russia', 'group'],
      ['sergei-shoigu', 'Sergei Shoigu', 'group'],
      ['vladimir-putin', 'Vladimir Putin', 'group'],
      ['ukraine', 'Ukraine', 'group'],
    ]);
    expect(result.report[0]).toEqual({
      path: 'row 2, column "actors"',
      message: expect.stringMatching(/kind "group".*and 4 more/),
    });
    parsed(result);
  });

  it('reads ;-separated sheets when the header has no comma', () => {
    const json = converted(importCsv(fixture('events-semicolon.csv'), { fileName: 'war.csv' }));
    expect(json.id).toBe('war');
    expect(json.events.map((e) => e.actors)).toEqual([['russia'], ['vladimir-putin', 'russia']]);
  });

  it('reads tab-separated sheets', () => {
    const json = converted(importCsv(csv('date\ttitle\tactors', '2022-02-24\tInvasion, begun\tRussia'), {}));
    expect(json.events[0].title).toEqual({ en: 'Invasion, begun' });
  });

  it('strips a byte order mark and accepts CRLF line ends and quoted commas and line breaks', () => {
    const text = '\uFEFFdate,title,summary\r\n2022-07-01,"Putin, Lukashenko meet","Line one\r\nline two"\r\n';
    const json = converted(importCsv(text, {}));
    expect(json.events[0]).toMatchObject({
      date: '2022-07-01',
      title: { en: 'Putin, Lukashenko meet' },
      summary: { en: 'Line one\r\nline two' },
    });
  });

  it('reads column names in any case and ignores blank rows', () => {
    const json = converted(importCsv(csv('Date,TITLE,Type', '2022,A,agree', ',,', '2023,B,'), {}));
    expect(json.events.map((e) => [e.date, e.type])).toEqual([
      ['2022', 'AGREE'],
      ['2023', 'STATEMENT'],
    ]);
  });

  it('types an event STATEMENT when its type is empty, with a note', () => {
    const result = importCsv(csv('date,title,type', '2022,A,'), {});
    expect(converted(result).events[0].type).toBe('STATEMENT');
    expect(result.report).toContainEqual({ path: 'row 2, column "type"', message: expect.stringMatching(/STATEMENT/) });
  });

  it('marks an event without a quote as dated from outside the sources, and one with a quote as stated', () => {
    const json = converted(
      importCsv(csv('date,title,source,published,quote', '2022,A,,,', '2022,B,Tass,2022-07-01,"exact words"'), {}),
    );
    expect(json.events.map((e) => [e.dateBasis, e.evidence])).toEqual([
      ['external', undefined],
      [undefined, [{ source: 'tass-2022-07-01', quote: 'exact words' }]],
    ]);
  });

  it('lists the file itself as the source when no row names one', () => {
    const result = importCsv(csv('date,title', '2021,A', '2022-03-04,B'), { fileName: 'data/my-events.csv' });
    expect(converted(result).sources).toEqual([
      { id: 'csv', publisher: 'my-events.csv', published: '2022-03-04', language: 'en' },
    ]);
    expect(converted(result).title).toEqual({ en: 'my-events' });
  });

  it('takes the publisher from the link when the source column is empty, and shares one source between rows', () => {
    const json = converted(
      importCsv(
        csv(
          'date,title,url,published',
          '2022,A,https://www.example.org/a,2022-07-01',
          '2022,B,https://www.example.org/a,2022-07-01',
        ),
        {},
      ),
    );
    expect(json.sources).toEqual([
      {
        id: 'www-example-org-2022-07-01',
        publisher: 'www.example.org',
        url: 'https://www.example.org/a',
        published: '2022-07-01',
        language: 'en',
      },
    ]);
  });

  it('makes unique event ids from titles that do not clash with the ids given', () => {
    const json = converted(
      importCsv(csv('id,date,title', ',2022,Same', 'same,2022,Other', ',2022,Same', ',2022,Путин'), {}),
    );
    expect(json.events.map((e) => e.id)).toEqual(['same-2', 'same', 'same-3', 'event-5']);
  });

  it('splits tags, contexts, actors and recipients on semicolons', () => {
    const json = converted(
      importCsv(
        csv('date,title,actors,recipients,tags,context,mode', '2022,A,"a; b",c;;d,"x ; y",military;cbrn,weapons'),
        {},
      ),
    );
    expect(json.events[0]).toMatchObject({
      actors: ['a', 'b'],
      recipients: ['c', 'd'],
      tags: ['x', 'y'],
      context: ['military', 'cbrn'],
      mode: 'weapons',
    });
  });

  it('reports every problem in the example broken sheet at its row and column', () => {
    const errors = errorsOf(importCsv(fixture('broken.csv'), {}));
    expect(errors.map((e) => e.path)).toEqual([
      'row 2, column "date"',
      'row 3, column "title"',
      'row 3, column "quote"',
      'row 3, column "type"',
      'row 4, column "published"',
      'row 4, column "url"',
    ]);
    expect(errors[0]?.message).toMatch(/February 2022 has no day 30/);
    expect(errors[5]?.message).toMatch(/"javascript:" links are not allowed/);
  });

  it('reports a title too long for the format instead of cutting it', () => {
    const errors = errorsOf(importCsv(csv('date,title,title_id', `2022,${'a'.repeat(161)},${'b'.repeat(200)}`), {}));
    expect(errors.map((e) => e.path)).toEqual(['row 2, column "title"', 'row 2, column "title_id"']);
  });

  it('requires the date and title columns', () => {
    expect(errorsOf(importCsv(csv('when,what', '2022,A'), {}))).toEqual([
      { path: 'row 1', message: expect.stringMatching(/no "date" column/) },
      { path: 'row 1', message: expect.stringMatching(/no "title" column/) },
    ]);
  });

  it('rejects a column given twice and a sheet with no rows', () => {
    expect(errorsOf(importCsv(csv('date,title,Date', '2022,A,2023'), {}))[0]?.path).toBe('row 1, column "Date"');
    expect(errorsOf(importCsv(csv('date,title'), {}))).toEqual([
      { path: 'row 2', message: expect.stringMatching(/no events/) },
    ]);
    expect(importCsv('', {}).ok).toBe(false);
  });

  it('ignores an unknown column with a note', () => {
    const result = importCsv(csv('date,title,colour', '2022,A,red'), {});
    expect(result.ok).toBe(true);
    expect(result.report).toContainEqual({
      path: 'row 1, column "colour"',
      message: expect.stringMatching(/unknown column/),
    });
  });

  it('rejects an actor the actors sheet does not list', () => {
    const errors = errorsOf(importCsv(csv('date,title,actors', '2022,A,Putn'), { actorsCsv: fixture('actors.csv') }));
    expect(errors).toEqual([
      { path: 'row 2, column "actors"', message: 'no actor in the actors CSV has the id or name "Putn"' },
    ]);
  });

  it('reports problems in the actors sheet at its own rows and columns', () => {
    const actors = csv(
      'id,name,kind,wikidata,role_id',
      'a,Alpha,state,Q1,',
      'a,Beta,empire,javascript:alert(1),',
      'c,Gamma,person,,' + 'x'.repeat(10),
    );
    const errors = errorsOf(importCsv(csv('date,title,actors', '2022,A,a'), { actorsCsv: actors }));
    expect(errors.map((e) => e.path)).toEqual([
      'actors CSV row 3, column "kind"',
      'actors CSV row 3, column "wikidata"',
      'actors CSV row 3, column "id"',
      'actors CSV row 4, column "role"',
    ]);
    expect(errors[2]?.message).toMatch(/duplicate actor id "a"/);
    expect(errors[3]?.message).toMatch(/no text in the default language "en"/);
  });

  it('adds the language of each title_<lang> column to the locales, and ignores a suffix that is no language tag', () => {
    expect(
      converted(importCsv(csv('date,title,title_fr,summary,summary_pt-BR', '2022,A,Une,One,Um'), {})).locales,
    ).toEqual(['en', 'fr', 'pt-BR']);
    const result = importCsv(csv('date,title,title_french!', '2022,A,B'), {});
    expect(converted(result).locales).toEqual(['en']);
    expect(result.report).toContainEqual({
      path: 'row 1, column "title_french!"',
      message: expect.stringMatching(/unknown column/),
    });
  });

  it('writes texts in the given locale, so title_<locale> is the same column as title', () => {
    const json = converted(importCsv(csv('date,title_id,title_en', '2022,Judul,Title'), { locale: 'id' }));
    expect(json.locales).toEqual(['id', 'en']);
    expect(json.events[0].title).toEqual({ id: 'Judul', en: 'Title' });
  });

  it('keeps ids such as __proto__ and constructor as data', () => {
    const json = converted(importCsv(csv('date,title,actors,recipients', '2022,A,constructor,__proto__'), {}));
    expect(json.actors.map((a) => a.id)).toEqual(['constructor', 'proto']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads back any titles and summaries a spreadsheet can write', () => {
    const cell = fc.string({ maxLength: 100 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, fc.string({ maxLength: 300 })), { minLength: 1, maxLength: 10 }), (rows) => {
        const text = csvFormatRows([
          ['date', 'title', 'summary'],
          ...rows.map(([title, summary]) => ['2022-07-01', title, summary]),
        ]);
        const dataset = parsed(importCsv(text, {}));
        expect(dataset.events.map((e) => e.title.en).sort()).toEqual(rows.map(([title]) => title.trim()).sort());
      }),
      { numRuns: 200 },
    );
  });
});
