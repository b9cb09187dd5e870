import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetIssue, ParseResult } from '@/domain/dataset/model';
import { checkDataset, parseDataset, type ParseDatasetOptions } from '@/domain/dataset/parse-dataset';

const FIXTURES = resolve(__dirname, '../../../fixtures');

/** Reads a fixture's JSON text and the source texts it names, keyed by source id. */
function loadFixture(name: string): { text: string; sourceTexts: Map<string, string> } {
  const file = join(FIXTURES, name);
  const text = readFileSync(file, 'utf8');
  const sourceTexts = new Map<string, string>();
  try {
    const raw = JSON.parse(text) as { sources?: { id?: unknown; text?: unknown }[] };
    for (const source of raw.sources ?? []) {
      if (typeof source.id === 'string' && typeof source.text === 'string') {
        sourceTexts.set(source.id, readFileSync(join(dirname(file), source.text), 'utf8'));
      }
    }
  } catch {
    // Broken fixtures need not be JSON.
  }
  return { text, sourceTexts };
}

function parseFixture(name: string, options: ParseDatasetOptions = {}): ParseResult {
  const { text, sourceTexts } = loadFixture(name);
  return parseDataset(text, { sourceTexts, ...options });
}

// Tests break the fixture in arbitrary places; a loose type keeps each break to one line.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = any;

/** A fresh copy of the valid minimal dataset as a plain object, to break in one place. */
function minimal(): Record<string, Loose> {
  return JSON.parse(loadFixture('valid/minimal.json').text) as Record<string, Loose>;
}

const MINIMAL_TEXT = loadFixture('valid/minimal.json').sourceTexts;

function errorsOf(result: ParseResult): readonly DatasetIssue[] {
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

function datasetOf(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the dataset to parse: ${JSON.stringify(result.problems)}`);
  return result.value;
}

describe('parseDataset on the valid fixture', () => {
  const result = parseFixture('valid/minimal.json');

  it('parseDataset accepts the minimal fixture with no warnings', () => {
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('parseDataset sorts events by earliest instant, then latest, then id', () => {
    expect(datasetOf(result).events.map((e) => e.id)).toEqual([
      'union-treaty',
      'shoigu-combat-readiness',
      'putin-sanctions-speed-integration',
    ]);
  });

  it('parseDataset fills defaults and derives the quad class', () => {
    const union = datasetOf(result).events[0];
    expect(union).toMatchObject({
      dateBasis: 'stated',
      quad: 'verbal-cooperation',
      context: [],
      recipients: [],
      tags: [],
    });
    expect(union?.date).toMatchObject({ edtf: '1997', precision: 'year', interval: false });
    expect(datasetOf(result).events[1]).toMatchObject({
      dateBasis: 'relative',
      quad: 'material-conflict',
      recipients: ['belarus'],
    });
  });

  it('parseDataset returns the source texts as a map from source id', () => {
    const texts = datasetOf(result).sourceTexts;
    expect(texts).toBeInstanceOf(Map);
    expect(texts.get('republika-2022-07-01')).toContain('Pekan lalu');
  });

  it('parseDataset accepts source texts keyed by the source text path', () => {
    const text = MINIMAL_TEXT.get('republika-2022-07-01') ?? '';
    const byPath = parseDataset(minimal(), { sourceTexts: { 'sources/minimal.txt': text } });
    expect(datasetOf(byPath).sourceTexts.get('republika-2022-07-01')).toBe(text);
  });

  it('parseDataset accepts JSON text with a byte order mark', () => {
    expect(parseDataset(`\uFEFF${loadFixture('valid/minimal.json').text}`).ok).toBe(true);
  });

  it('parseDataset accepts the dataset without its source texts', () => {
    expect(parseDataset(minimal()).ok).toBe(true);
  });

  it('parseDataset does not keep references to the input objects', () => {
    const input = minimal();
    const dataset = datasetOf(parseDataset(input));
    input.title.en = 'changed';
    expect(dataset.title.en).not.toBe('changed');
  });
});

describe('parseDataset on the broken fixtures', () => {
  it.each([
    ['not-json', '$', /^the file is not JSON: unexpected "}" at line 5, column 1/],
    ['array', '$', /^a Linimasa dataset is a JSON object .*got a list$/],
    ['missing-format', 'format', /^required field "format" is missing/],
    ['unknown-format', 'format', /^unknown format "linimasa\/2": this version of Linimasa reads "linimasa\/1"$/],
    ['missing-required-field', 'events[1].date', /^required field "date" is missing$/],
    ['wrong-type', 'events[0].actors', /^expected a list of actor ids, got the string "putin"$/],
    ['bad-event-type', 'events[0].type', /^"XYZ" is not a PLOVER event type \(expected one of AGREE, CONSULT, /],
    [
      'duplicate-event-id',
      'events[2].id',
      /^duplicate event id "putin-sanctions-speed-integration": events\[0\] already uses it$/,
    ],
    ['dangling-actor', 'events[1].recipients[0]', /^no actor has the id "belarrus"; did you mean "belarus"\?$/],
    ['dangling-source', 'events[2].evidence[0].source', /^no source has the id "republika"/],
    ['impossible-date', 'events[0].date', /^"2022-02-30" is not a valid EDTF date: February 2022 has no day 30$/],
    ['reversed-interval', 'events[1].date', /^the interval ends \(2022-06-20\) before it starts \(2022-06-26\)$/],
    [
      'evidence-mismatch',
      'events[0].evidence[0]',
      /^the quote does not match the text of source "republika-2022-07-01" at 15–149, which reads "den Rusia.*; the quote occurs at start 10, end 144$/,
    ],
    ['javascript-url', 'sources[0].url', /^"javascript:" links are not allowed/],
    ['title-too-long', 'events[0].title.en', /^is 161 characters long; a title may be at most 160$/],
    ['missing-default-locale', 'actors[1].name', /^has no text in the default language "en"/],
  ])('parseDataset rejects the %s fixture at %s', (name, path, message) => {
    const errors = errorsOf(parseFixture(`broken/${name}.json`));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(path);
    expect(errors[0]?.message).toMatch(message);
  });
});

describe('parseDataset input handling', () => {
  it.each([
    [null, 'null'],
    [42, 'the number 42'],
    [true, 'true'],
    [undefined, 'nothing'],
  ])('parseDataset rejects %s as not an object', (input, described) => {
    expect(errorsOf(parseDataset(input))).toEqual([
      { path: '$', message: expect.stringContaining(`got ${described}`) },
    ]);
  });

  it('parseDataset reports where JSON text breaks off', () => {
    expect(errorsOf(parseDataset('{"format": "linimasa/1",'))[0]?.message).toMatch(
      /^the file is not JSON: it ends too early, at line 1/,
    );
    expect(errorsOf(parseDataset(''))[0]?.message).toMatch(/ends too early/);
    expect(errorsOf(parseDataset('{\n  "a": tru\n}'))[0]?.message).toContain('line 2, column 8');
  });

  it('parseDataset rejects a format that is not a string', () => {
    expect(errorsOf(parseDataset({ ...minimal(), format: 1 }))).toEqual([
      { path: 'format', message: 'expected the string "linimasa/1", got the number 1' },
    ]);
  });

  it('parseDataset turns an exception thrown while reading the input into an error at $', () => {
    const hostile = {
      format: 'linimasa/1',
      get events(): never {
        throw new Error('boom');
      },
    };
    expect(errorsOf(parseDataset(hostile))).toEqual([{ path: '$', message: expect.stringContaining('boom') }]);
  });
});

describe('parseDataset cross-checks', () => {
  it('parseDataset rejects duplicate source and actor ids, naming the first index', () => {
    const data = minimal();
    data.actors.push({ ...data.actors[0] });
    data.sources.push({ ...data.sources[0] });
    const errors = errorsOf(parseDataset(data));
    expect(errors).toContainEqual({
      path: 'actors[4].id',
      message: 'duplicate actor id "russia": actors[0] already uses it',
    });
    expect(errors).toContainEqual({
      path: 'sources[1].id',
      message: expect.stringContaining('sources[0] already uses it'),
    });
  });

  it('parseDataset rejects an affiliation to a missing actor', () => {
    const data = minimal();
    data.actors[2].affiliation = 'rusia';
    expect(errorsOf(parseDataset(data))).toEqual([
      { path: 'actors[2].affiliation', message: 'no actor has the id "rusia"; did you mean "russia"?' },
    ]);
  });

  it('parseDataset requires evidence unless the date basis is external', () => {
    const data = minimal();
    delete data.events[0].evidence;
    data.events[1].evidence = [];
    data.events[2].dateBasis = 'external';
    delete data.events[2].evidence;
    const errors = errorsOf(parseDataset(data));
    expect(errors.map((e) => e.path)).toEqual(['events[0].evidence', 'events[1].evidence']);
    expect(errors[0]?.message).toContain('"dateBasis" is "stated"');
  });

  it('parseDataset requires offsets when the source has a text', () => {
    const data = minimal();
    delete data.events[0].evidence[0].start;
    const errors = errorsOf(parseDataset(data, { sourceTexts: MINIMAL_TEXT }));
    expect(errors).toEqual([
      { path: 'events[0].evidence[0]', message: expect.stringContaining('"start" and "end" are required') },
    ]);
    expect(errorsOf(parseDataset(data))[0]?.path).toBe('events[0].evidence[0]');
  });

  it('parseDataset checks only the order and span of offsets when the source text is not loaded', () => {
    const shifted = minimal();
    shifted.events[0].evidence[0].start += 5;
    shifted.events[0].evidence[0].end += 5;
    expect(parseDataset(shifted).ok).toBe(true);

    const reversed = minimal();
    reversed.events[0].evidence[0].start = 50;
    reversed.events[0].evidence[0].end = 10;
    expect(errorsOf(parseDataset(reversed))).toEqual([
      { path: 'events[0].evidence[0]', message: '"start" (50) is after "end" (10)' },
    ]);
  });

  it('parseDataset says when a quote occurs nowhere in the source text', () => {
    const data = minimal();
    data.events[0].evidence[0].quote = 'x'.repeat(data.events[0].evidence[0].end - data.events[0].evidence[0].start);
    expect(errorsOf(parseDataset(data, { sourceTexts: MINIMAL_TEXT }))[0]?.message).toContain(
      'does not occur anywhere in the text',
    );
  });

  it('parseDataset rejects offsets past the end of the source text', () => {
    const data = minimal();
    data.events[0].evidence[0].end = 10_000;
    expect(errorsOf(parseDataset(data, { sourceTexts: MINIMAL_TEXT }))[0]).toEqual({
      path: 'events[0].evidence[0].end',
      message: expect.stringContaining('past the end of the text'),
    });
  });

  it('parseDataset rejects a published day that does not exist', () => {
    const data = minimal();
    data.sources[0].published = '2022-02-30';
    expect(errorsOf(parseDataset(data))).toEqual([
      { path: 'sources[0].published', message: expect.stringContaining('February 2022 has no day 30') },
    ]);
  });

  it('parseDataset rejects a language tag listed twice in locales', () => {
    const data = minimal();
    data.locales.push('EN');
    expect(errorsOf(parseDataset(data))).toEqual([
      { path: 'locales[2]', message: '"EN" is listed twice (first at locales[0])' },
    ]);
  });
});

describe('parseDataset schema messages', () => {
  it.each([
    [
      'an id that is not a slug',
      (d: Record<string, Loose>) => (d.events[0].id = 'Bad Id'),
      'events[0].id',
      /is not a valid id/,
    ],
    [
      'a non-http URL',
      (d: Record<string, Loose>) => (d.sources[0].url = 'data:text/html,hi'),
      'sources[0].url',
      /"data:" links are not allowed/,
    ],
    [
      'a relative URL',
      (d: Record<string, Loose>) => (d.sources[0].url = 'www.example.com'),
      'sources[0].url',
      /is not an absolute https: or http: URL/,
    ],
    [
      'a lower-case country code',
      (d: Record<string, Loose>) => (d.actors[0].country = 'rus'),
      'actors[0].country',
      /alpha-3/,
    ],
    [
      'a Wikidata id without Q',
      (d: Record<string, Loose>) => (d.actors[0].wikidata = '159'),
      'actors[0].wikidata',
      /Q-number/,
    ],
    [
      'an unknown actor kind',
      (d: Record<string, Loose>) => (d.actors[0].kind = 'nation'),
      'actors[0].kind',
      /"nation" is not an actor kind \(expected one of person, state, organization, group\)/,
    ],
    [
      'an empty text',
      (d: Record<string, Loose>) => (d.events[0].title.id = ''),
      'events[0].title.id',
      /must not be empty/,
    ],
    [
      'an empty LocalizedText',
      (d: Record<string, Loose>) => (d.description = {}),
      'description',
      /at least one language/,
    ],
    [
      'a bad language key',
      (d: Record<string, Loose>) => (d.title['not a tag'] = 'x'),
      'title["not a tag"]',
      /is not a BCP 47 language tag/,
    ],
    [
      'a summary over 2,000 characters',
      (d: Record<string, Loose>) => (d.events[0].summary = { en: 's'.repeat(2001) }),
      'events[0].summary.en',
      /2,001 characters long; a summary may be at most 2,000/,
    ],
    [
      'a string over 100,000 characters',
      (d: Record<string, Loose>) => (d.sources[0].publisher = 'p'.repeat(100_001)),
      'sources[0].publisher',
      /100,001 characters long; a string may be at most 100,000/,
    ],
    [
      'a fractional offset',
      (d: Record<string, Loose>) => (d.events[0].evidence[0].start = 1.5),
      'events[0].evidence[0].start',
      /whole number/,
    ],
    [
      'an empty actor list',
      (d: Record<string, Loose>) => (d.events[0].actors = []),
      'events[0].actors',
      /needs at least one actor/,
    ],
    [
      'a text path outside the dataset folder',
      (d: Record<string, Loose>) => (d.sources[0].text = '../secret.txt'),
      'sources[0].text',
      /relative to the dataset file/,
    ],
    ['no sources', (d: Record<string, Loose>) => (d.sources = []), 'sources', /needs at least one source/],
    [
      'an event that is not an object',
      (d: Record<string, Loose>) => (d.events[0] = 1),
      'events[0]',
      /^expected an object, got the number 1$/,
    ],
    [
      'a list of tags that is an object',
      (d: Record<string, Loose>) => (d.events[0].tags = { a: 1 }),
      'events[0].tags',
      /^expected a list of tags, got an object$/,
    ],
  ])('parseDataset rejects %s with a sentence', (_name, breakIt, path, message) => {
    const data = minimal();
    breakIt(data);
    const errors = errorsOf(parseDataset(data));
    expect(errors.find((e) => e.path === path)?.message, JSON.stringify(errors)).toMatch(message);
  });

  it('parseDataset rejects more events than the app can handle, saying so', () => {
    const data = minimal();
    data.events = Array.from({ length: 200_001 }, () => ({}));
    expect(errorsOf(parseDataset(data))).toContainEqual({
      path: 'events',
      message: 'has 200,001 events; at most 200,000 are allowed, a limit that keeps the app responsive',
    });
  });

  it('parseDataset reports one message per path', () => {
    const data = minimal();
    data.events[0].actors = 'putin';
    const paths = errorsOf(parseDataset(data)).map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('parseDataset with prototype-like keys', () => {
  it('parseDataset rejects __proto__ as an actor id as data, without touching Object.prototype', () => {
    const json = loadFixture('valid/minimal.json').text.replace('"id": "belarus"', '"id": "__proto__"');
    const errors = errorsOf(parseDataset(json));
    expect(errors).toContainEqual({ path: 'actors[1].id', message: expect.stringContaining('is not a valid id') });
    expect(errors).toContainEqual({
      path: 'events[1].recipients[0]',
      message: expect.stringContaining('no actor has the id "belarus"'),
    });
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('parseDataset resolves ids that are Object.prototype property names only when they exist', () => {
    const data = minimal();
    data.actors[1].id = 'constructor';
    data.events[1].recipients = ['constructor'];
    data.events[2].actors = ['russia', 'constructor'];
    expect(parseDataset(data).ok).toBe(true);

    const dangling = minimal();
    dangling.events[1].recipients = ['constructor', 'hasownproperty', 'tostring'];
    expect(errorsOf(parseDataset(dangling)).map((e) => e.path)).toEqual([
      'events[1].recipients[0]',
      'events[1].recipients[1]',
      'events[1].recipients[2]',
    ]);
  });

  it('parseDataset rejects __proto__ as a language key as data', () => {
    const json = loadFixture('valid/minimal.json').text.replace('"title": {', '"title": {"__proto__": "x",');
    expect(errorsOf(parseDataset(json))).toEqual([
      { path: 'title.__proto__', message: '"__proto__" is not a BCP 47 language tag (examples: en, id, pt-BR)' },
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('parseDataset keeps source texts keyed by prototype-like names as data', () => {
    const texts = JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>;
    expect(parseDataset(minimal(), { sourceTexts: texts }).ok).toBe(true);
  });
});

describe('parseDataset warnings', () => {
  it('parseDataset warns about unknown fields, at their paths, and still accepts the dataset', () => {
    const data = minimal();
    data.foo = 1;
    data.events[0].summry = { en: 'typo' };
    data.events[0].evidence[0].page = 3;
    data.actors[0].__proto__extra = true;
    const result = parseDataset(data);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { path: 'foo', message: 'unknown field "foo" is ignored' },
      { path: 'actors[0].__proto__extra', message: 'unknown field "__proto__extra" is ignored' },
      { path: 'events[0].summry', message: 'unknown field "summry" is ignored; did you mean "summary"?' },
      { path: 'events[0].evidence[0].page', message: 'unknown field "page" is ignored' },
    ]);
  });

  it('parseDataset warns about a language not listed in locales', () => {
    const data = minimal();
    data.title.fr = 'Russie et Biélorussie';
    expect(parseDataset(data).warnings).toEqual([
      { path: 'title.fr', message: 'language "fr" is not listed in "locales"' },
    ]);
  });

  it('parseDataset warns about warnings on a failed dataset too', () => {
    const data = minimal();
    data.extra = true;
    data.events[0].date = 'hello';
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    expect(result.warnings).toEqual([{ path: 'extra', message: 'unknown field "extra" is ignored' }]);
  });
});

describe('parseDataset error cap', () => {
  function manyDangling(count: number): Record<string, Loose> {
    const data = minimal();
    data.events[0].recipients = Array.from({ length: count }, (_, i) => `ghost-${i}`);
    return data;
  }

  it('parseDataset reports at most 100 errors by default and counts the rest', () => {
    const result = parseDataset(manyDangling(150));
    expect(errorsOf(result)).toHaveLength(100);
    expect(result.ok ? 0 : result.truncated).toBe(50);
  });

  it('parseDataset honours maxErrors', () => {
    const result = parseDataset(manyDangling(20), { maxErrors: 5 });
    expect(errorsOf(result)).toHaveLength(5);
    expect(result.ok ? 0 : result.truncated).toBe(15);
  });
});

describe('parseDataset on a missing event type', () => {
  it('parseDataset names a missing enumerated field as missing, not as a bad value', () => {
    const data = minimal();
    delete (data.events as Record<string, Loose>[])[0]!.type;
    const errors = errorsOf(parseDataset(data, { sourceTexts: MINIMAL_TEXT }));
    expect(errors).toContainEqual({ path: 'events[0].type', message: 'required field "type" is missing' });
  });
});

describe('parseDataset on many events and many problems', () => {
  /** The minimal dataset with events[0] dangling an actor, events[1] repeating its id and lacking the default language, and events[2] of no known type. */
  function brokenInEveryPass(): Record<string, Loose> {
    const data = minimal();
    data.events[0].actors = ['ghost'];
    data.events[0].extra = 1;
    data.events[1].id = data.events[0].id;
    data.events[1].title = { id: 'x' };
    data.events[1].extra = 2;
    data.events[2].type = 'XYZ';
    data.events[2].recipients = ['ghost2'];
    data.events[2].extra = 3;
    data.events[2].evidence[0].page = 1;
    return data;
  }

  it('parseDataset reports every problem of an event with several, in the order of its checks', () => {
    const data = minimal();
    const event = data.events[1];
    event.extra = 1;
    event.evidence = [{ ...data.events[0].evidence[0], page: 3 }];
    event.title = { en: 'x', fr: 'y' };
    event.recipients = ['ghost'];
    event.date = '2022-02-30';
    event.dateBasis = 'relative';
    delete event.dateText;
    event.id = data.events[0].id;
    const result = parseDataset(data);
    expect(errorsOf(result)).toEqual([
      {
        path: 'events[1].id',
        message: 'duplicate event id "putin-sanctions-speed-integration": events[0] already uses it',
      },
      { path: 'events[1].recipients[0]', message: 'no actor has the id "ghost"' },
      { path: 'events[1].date', message: '"2022-02-30" is not a valid EDTF date: February 2022 has no day 30' },
    ]);
    expect(result.warnings).toEqual([
      { path: 'events[1].extra', message: 'unknown field "extra" is ignored' },
      { path: 'events[1].evidence[0].page', message: 'unknown field "page" is ignored' },
      { path: 'events[1].title.fr', message: 'language "fr" is not listed in "locales"' },
      {
        path: 'events[1].dateText',
        message: '"dateBasis" is "relative" but there is no "dateText" giving the phrase it was resolved from',
      },
    ]);
  });

  it('parseDataset reports problems check by check (shapes, texts, ids, references), each in the order of the events', () => {
    const result = parseDataset(brokenInEveryPass());
    expect(errorsOf(result).map((e) => e.path)).toEqual([
      'events[2].type',
      'events[1].title',
      'events[1].id',
      'events[0].actors[0]',
      'events[2].recipients[0]',
    ]);
    expect(result.warnings.map((w) => w.path)).toEqual([
      'events[0].extra',
      'events[1].extra',
      'events[2].extra',
      'events[2].evidence[0].page',
    ]);
  });

  it('parseDataset keeps the first errors and warnings past the limit and counts the rest', () => {
    const result = parseDataset(brokenInEveryPass(), { maxErrors: 3 });
    expect(errorsOf(result).map((e) => e.path)).toEqual(['events[2].type', 'events[1].title', 'events[1].id']);
    expect(result.ok ? 0 : result.truncated).toBe(2);
    expect(result.warnings).toEqual([
      { path: 'events[0].extra', message: 'unknown field "extra" is ignored' },
      { path: 'events[1].extra', message: 'unknown field "extra" is ignored' },
      { path: 'events[2].extra', message: 'unknown field "extra" is ignored' },
      { path: '$', message: '1 more warnings are not shown' },
    ]);
  });

  it('checkDataset answers with the issues of a full parse', () => {
    const data = brokenInEveryPass();
    expect(checkDataset(data)).toEqual(parseDataset(data));
  });

  it('parseDataset finds the problems of the first and the last of 100,000 events', () => {
    const data = minimal();
    const templates = data.events as Record<string, Loose>[];
    data.events = Array.from({ length: 100_000 }, (_, i) => ({ ...templates[i % templates.length], id: `event-${i}` }));
    expect(checkDataset(data)).toEqual({ ok: true, value: null, warnings: [] });
    expect(datasetOf(parseDataset(data)).events).toHaveLength(100_000);

    data.events[0] = { ...data.events[0], actors: ['ghost'] };
    data.events[99_999] = {
      ...data.events[99_999],
      date: '2022-02-30',
      evidence: [{ ...templates[1]!.evidence[0], page: 3 }],
    };
    const result = checkDataset(data);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'events[0].actors[0]', message: 'no actor has the id "ghost"' },
        { path: 'events[99999].date', message: '"2022-02-30" is not a valid EDTF date: February 2022 has no day 30' },
      ],
      warnings: [{ path: 'events[99999].evidence[0].page', message: 'unknown field "page" is ignored' }],
      truncated: 0,
    });
    expect(parseDataset(data)).toEqual(result);
  });

  it('parseDataset passes over the holes of a sparse list of events', () => {
    const data = minimal();
    const sparse = [data.events[0]];
    sparse[2] = data.events[2];
    data.events = sparse;
    expect(datasetOf(parseDataset(data)).events).toHaveLength(2);
  });
});
