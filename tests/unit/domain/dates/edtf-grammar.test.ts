import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEdtfDate, registerEdtfGrammar, type EdtfGrammar } from '@/domain/dates/edtf';
import { needsEdtfGrammar } from '@/domain/dates/plain-dates';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';
import { datasetNeedsEdtfGrammar } from '@/domain/dataset/grammar-needs';
import { parseDataset } from '@/domain/dataset/parse-dataset';

const minimal = (): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../fixtures/valid/minimal.json'), 'utf8')) as Record<
    string,
    unknown
  >;

function withDate(date: string, published?: string): Record<string, unknown> {
  const dataset = minimal();
  const [event] = dataset.events as Record<string, unknown>[];
  if (event) event.date = date;
  const [source] = dataset.sources as Record<string, unknown>[];
  if (source && published !== undefined) source.published = published;
  return dataset;
}

/** A grammar that records whether it was asked, and otherwise is edtf's. */
function spyGrammar(): EdtfGrammar & { asked: boolean } {
  const spy = {
    asked: false,
    parse: (input: string) => {
      spy.asked = true;
      return edtfGrammar.parse(input);
    },
    bounds: edtfGrammar.bounds,
  };
  return spy;
}

// Dates from every corner of the grammar and of parseEdtfDate's own checks.
const DATES = [
  '1997',
  '2022-06',
  '2022-06-26',
  '2022-06-20/2022-06-26',
  '../2022-02-24',
  '2022-02-24/..',
  '2022/',
  '/2022',
  '..',
  '2020?',
  '2022-06~',
  '2022-06%',
  '199X',
  '2022-XX',
  '-0500',
  'Y170000002',
  '2001-21',
  '2022-02-30',
  '2022-13',
  '2022-06-26T10:00',
  '2022-06-26T10:00/2022-06-27',
  'hello',
  '2022-06-20/2022-06-26/2022',
  ' 2022',
  '',
  '2022-06-20/2022-X',
  '2022-02-30/2022-06~',
  '[2022, 2023]',
  '2022-06-26/2022-06-20',
  '0001-01-01',
  '99999',
];

describe('the EDTF grammar is needed only beyond plain dates', () => {
  afterEach(() => registerEdtfGrammar(edtfGrammar));

  it('needsEdtfGrammar is true whenever parseEdtfDate asks the grammar', () => {
    for (const date of DATES) {
      const spy = spyGrammar();
      registerEdtfGrammar(spy);
      parseEdtfDate(date);
      if (spy.asked) expect(needsEdtfGrammar(date), date).toBe(true);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 24, unit: fc.constantFrom(...'0123456789-/.X?~%TY ') }), (date) => {
        const spy = spyGrammar();
        registerEdtfGrammar(spy);
        parseEdtfDate(date);
        return !spy.asked || needsEdtfGrammar(date);
      }),
    );
  });

  it('needsEdtfGrammar is false for plain years, months and days and intervals of them', () => {
    for (const date of [
      '1997',
      '2022-06',
      '2022-06-26',
      '2022-06-20/2022-06-26',
      '../2022-02-24',
      '2022-06/',
      '2022-02-30',
    ]) {
      expect(needsEdtfGrammar(date), date).toBe(false);
    }
    for (const date of ['2020?', '2022-06~', '2022-06-26%', '2022-06-20/2022-06~'])
      expect(needsEdtfGrammar(date), date).toBe(false);
    for (const date of ['199X', '-0500', '2022-06-20/2022-XX', '2022-?06', '..'])
      expect(needsEdtfGrammar(date), date).toBe(true);
  });

  it('reads a plain date with a qualifier directly, exactly as the grammar reads it', () => {
    const plain = fc
      // From year 1: edtf's bounds for qualified days late in February of year 0 (a leap year) are a day off; see below.
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom('?', '~', '%'),
      )
      .map(([y, m, d, q]) => {
        const year = String(y).padStart(4, '0');
        if (m === 0) return `${year}${q}`;
        const month = `${year}-${String(m).padStart(2, '0')}`;
        return `${d === 0 ? month : `${month}-${String(d).padStart(2, '0')}`}${q}`;
      });
    fc.assert(
      fc.property(plain, fc.boolean(), (value, interval) => {
        const date = interval ? `${value}/..` : value;
        const spy = spyGrammar();
        registerEdtfGrammar(spy);
        const direct = parseEdtfDate(date);
        expect(spy.asked).toBe(false);
        if (!direct.ok) {
          expect(direct.message).toMatch(/no month|has no day|season/);
          return;
        }
        // The grammar's own reading of the same date.
        const node = edtfGrammar.parse(value);
        const bounds = edtfGrammar.bounds(node);
        expect(direct.span.earliest).toBe(bounds.min);
        if (!interval) expect(direct.span.latest).toBe(bounds.max);
        expect(direct.span.uncertain).toBe(true);
        expect(Boolean(node.uncertain) || Boolean(node.approximate)).toBe(true);
        expect(direct.span.precision).toBe(['year', 'month', 'day'][node.values.length - 1]);
      }),
    );
    // Year 0 (1 BCE) is a leap year: its 29 February is one whole day, as for the plain date.
    const leap = parseEdtfDate('0000-02-29?');
    const unqualified = parseEdtfDate('0000-02-29');
    expect(leap.ok && unqualified.ok && [leap.span.earliest, leap.span.latest]).toEqual(
      unqualified.ok && [unqualified.span.earliest, unqualified.span.latest],
    );
    expect(unqualified.ok && unqualified.span.latest - unqualified.span.earliest).toBe(86_400_000 - 1);
  });

  it('parseEdtfDate reads plain dates without the grammar, and fails rather than guess for the rest', () => {
    registerEdtfGrammar(null);
    expect(parseEdtfDate('2022-06-20/2022-06-26').ok).toBe(true);
    expect(parseEdtfDate('2022-02-30')).toMatchObject({
      ok: false,
      message: expect.stringContaining('February 2022 has no day 30'),
    });
    expect(parseEdtfDate('199X')).toEqual({
      ok: false,
      message: 'reading "199X" needs the EDTF grammar, which was not loaded',
    });
  });

  it('datasetNeedsEdtfGrammar finds a non-plain event date or publication day in parsed JSON', () => {
    expect(datasetNeedsEdtfGrammar(minimal())).toBe(false);
    expect(datasetNeedsEdtfGrammar(withDate('2022-06-20/2022-06-26'))).toBe(false);
    expect(datasetNeedsEdtfGrammar(withDate('199X'))).toBe(true);
    expect(datasetNeedsEdtfGrammar(withDate('2022-06-26', '-0044-03-15'))).toBe(true);
    expect(datasetNeedsEdtfGrammar('not json')).toBe(false);
    expect(datasetNeedsEdtfGrammar(null)).toBe(false);
  });

  it('parseDataset without the grammar never passes a dataset that needs it', () => {
    registerEdtfGrammar(null);
    const result = parseDataset(withDate('199X'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('needs the EDTF grammar');
    registerEdtfGrammar(edtfGrammar);
    expect(parseDataset(withDate('199X')).ok).toBe(true);
  });
});
