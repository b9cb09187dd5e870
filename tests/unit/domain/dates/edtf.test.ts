import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDateSpans, type DateSpan } from '@/domain/dates/date-span';
import { formatEdtfDay, parseEdtfDate } from '@/domain/dates/edtf';
import { isValidPlainDate } from '@/domain/dates/plain-dates';

function span(value: string): DateSpan {
  const result = parseEdtfDate(value);
  if (!result.ok) throw new Error(`expected ${value} to parse: ${result.message}`);
  return result.span;
}

function message(value: string): string {
  const result = parseEdtfDate(value);
  if (result.ok) throw new Error(`expected ${value} to be rejected`);
  return result.message;
}

const utc = (iso: string): number => Date.parse(iso);

describe('parseEdtfDate', () => {
  it.each([
    ['1997', '1997-01-01T00:00:00.000Z', '1997-12-31T23:59:59.999Z', 'year'],
    ['2022-06', '2022-06-01T00:00:00.000Z', '2022-06-30T23:59:59.999Z', 'month'],
    ['2024-02', '2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', 'month'],
    ['2022-06-26', '2022-06-26T00:00:00.000Z', '2022-06-26T23:59:59.999Z', 'day'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', '2024-02-29T23:59:59.999Z', 'day'],
    ['0001-01-01', '0001-01-01T00:00:00.000Z', '0001-01-01T23:59:59.999Z', 'day'],
  ] as const)('parseEdtfDate reads %s as %s … %s with %s precision', (value, earliest, latest, precision) => {
    expect(span(value)).toEqual({
      edtf: value,
      earliest: utc(earliest),
      latest: utc(latest),
      precision,
      interval: false,
      uncertain: false,
    });
  });

  it('parseEdtfDate reads a closed interval from the start of its first day to the end of its last', () => {
    expect(span('2022-06-20/2022-06-26')).toEqual({
      edtf: '2022-06-20/2022-06-26',
      earliest: utc('2022-06-20T00:00:00.000Z'),
      latest: utc('2022-06-26T23:59:59.999Z'),
      precision: 'day',
      interval: true,
      uncertain: false,
    });
  });

  it('parseEdtfDate gives an interval the finest precision of its ends', () => {
    expect(span('1997/2022-06').precision).toBe('month');
    expect(span('2022-06/2022-06-15').precision).toBe('day');
  });

  it('parseEdtfDate accepts an interval whose end contains its start', () => {
    expect(span('2022-06-20/2022-06').latest).toBe(utc('2022-06-30T23:59:59.999Z'));
    expect(span('2022-06-26/2022-06-26').interval).toBe(true);
  });

  it('parseEdtfDate reads an interval open at the start as beginning at -Infinity', () => {
    const open = span('../2022-02-24');
    expect(open.earliest).toBe(Number.NEGATIVE_INFINITY);
    expect(open.latest).toBe(utc('2022-02-24T23:59:59.999Z'));
    expect(open).toMatchObject({ interval: true, uncertain: false, precision: 'day' });
  });

  it('parseEdtfDate reads an interval open at the end as ending at Infinity', () => {
    const open = span('2022-02-24/..');
    expect(open.earliest).toBe(utc('2022-02-24T00:00:00.000Z'));
    expect(open.latest).toBe(Number.POSITIVE_INFINITY);
    expect(open).toMatchObject({ interval: true, uncertain: false });
  });

  it('parseEdtfDate reads an unknown interval end as unbounded and uncertain', () => {
    expect(span('2022-02-24/')).toMatchObject({ latest: Number.POSITIVE_INFINITY, uncertain: true });
    expect(span('/2022-02-24')).toMatchObject({ earliest: Number.NEGATIVE_INFINITY, uncertain: true });
  });

  it.each(['2020?', '2022-06~', '2022-06%', '2022-06-26?'])(
    'parseEdtfDate marks %s uncertain with the unqualified span',
    (value) => {
      const qualified = span(value);
      const plain = span(value.slice(0, -1));
      expect(qualified.uncertain).toBe(true);
      expect([qualified.earliest, qualified.latest, qualified.precision]).toEqual([
        plain.earliest,
        plain.latest,
        plain.precision,
      ]);
    },
  );

  it('parseEdtfDate marks an interval uncertain when either end is', () => {
    expect(span('2022-06-20?/2022-06-26').uncertain).toBe(true);
    expect(span('2022-06-20/2022-06-26~').uncertain).toBe(true);
  });

  it.each([
    ['199X', '1990-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z', 'decade'],
    ['19XX', '1900-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z', 'century'],
    ['2022-XX', '2022-01-01T00:00:00.000Z', '2022-12-31T23:59:59.999Z', 'year'],
    ['2022-06-XX', '2022-06-01T00:00:00.000Z', '2022-06-30T23:59:59.999Z', 'month'],
  ] as const)(
    'parseEdtfDate reads unspecified digits in %s as the whole range, uncertain',
    (value, earliest, latest, precision) => {
      expect(span(value)).toMatchObject({ earliest: utc(earliest), latest: utc(latest), precision, uncertain: true });
    },
  );

  it('parseEdtfDate reads negative years as years before the common era', () => {
    const bce = span('-0500');
    expect(new Date(bce.earliest).getUTCFullYear()).toBe(-500);
    expect(new Date(bce.latest).toISOString()).toBe('-000500-12-31T23:59:59.999Z');
    expect(bce.precision).toBe('year');
  });

  it('parseEdtfDate reads a two-digit century and a Y-prefixed year', () => {
    expect(span('19')).toMatchObject({ earliest: utc('1900-01-01T00:00:00.000Z'), precision: 'century' });
    expect(span('Y12345').precision).toBe('year');
  });

  it.each([
    ['2022-02-30', 'February 2022 has no day 30'],
    ['2022-02-29', 'February 2022 has no day 29'],
    ['1900-02-29', 'February 1900 has no day 29'],
    ['2022-06-31', 'June 2022 has no day 31'],
    ['2022-13', 'there is no month 13'],
    ['2022-04-31~', 'April 2022 has no day 31'],
  ])('parseEdtfDate rejects the impossible date %s', (value, reason) => {
    expect(message(value)).toBe(`"${value}" is not a valid EDTF date: ${reason}`);
  });

  it('parseEdtfDate rejects an impossible date inside an interval', () => {
    expect(message('2022-02-20/2022-02-30')).toContain('February 2022 has no day 30');
  });

  it('parseEdtfDate rejects an interval that ends before it starts', () => {
    expect(message('2022-06-26/2022-06-20')).toBe('the interval ends (2022-06-20) before it starts (2022-06-26)');
  });

  it('parseEdtfDate rejects an interval with no date at either end', () => {
    expect(message('../..')).toContain('no date at either end');
    expect(message('/')).toContain('no date at either end');
  });

  it.each(['hello', '26-06-2022', '2022/06/26', '..', '2022-6-1', '{1667,1668}'])(
    'parseEdtfDate rejects %s as not EDTF',
    (value) => {
      expect(message(value)).toMatch(/is not an EDTF date \(examples: 1997, 2022-06|uses EDTF level 2/);
    },
  );

  it('parseEdtfDate names examples when the text is not a date at all', () => {
    expect(message('hello')).toBe(
      '"hello" is not an EDTF date (examples: 1997, 2022-06, 2022-06-26, 2022-06-20/2022-06-26)',
    );
  });

  it('parseEdtfDate rejects a date-time, suggesting the day', () => {
    expect(message('2022-06-20T10:00:00Z')).toContain('write 2022-06-20');
  });

  it('parseEdtfDate rejects level 2 forms', () => {
    expect(message('2022?-06')).toContain('EDTF level 2');
    expect(message('[1667,1668]')).toContain('EDTF level 2');
  });

  it('parseEdtfDate rejects seasons, which the timeline cannot place', () => {
    expect(message('2001-21')).toContain('season');
  });

  it('parseEdtfDate rejects empty, padded, over-long and out-of-range input', () => {
    expect(message('')).toContain('empty');
    expect(message(' 2022')).toContain('spaces');
    expect(message('2'.repeat(100))).toContain('characters long');
    expect(message('Y170000002')).toContain('outside the range');
  });

  it('parseEdtfDate computes plain dates exactly as the edtf package does', () => {
    const plain = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
      .map(([y, m, d]) => {
        const year = String(y).padStart(4, '0');
        if (m === 0) return year;
        const month = `${year}-${String(m).padStart(2, '0')}`;
        return d === 0 ? month : `${month}-${String(d).padStart(2, '0')}`;
      });
    fc.assert(
      fc.property(plain, (value) => {
        const parsed = span(value);
        const reference = edtf(value);
        expect([parsed.earliest, parsed.latest]).toEqual([reference.min, reference.max]);
      }),
    );
  });
});

describe('isValidPlainDate', () => {
  it.each([
    '1997',
    '2022-06',
    '2022-06-26',
    '2024-02-29',
    '2000-02-29',
    '0000-02-29',
    '0000',
    '9999-12-31',
    '2022?',
    '2022-06~',
    '2022-06-26%',
    '2022-06-20/2022-06-26',
    '2022-06-26/2022-06-26',
    '2022/2022-01-01',
    '2022-06-15/2022-06',
    '2022-06/2022-06-15',
    '2021-12-31/2022',
    '../2022',
    '2022-06/..',
    '/2022-06-26',
    '2022/',
    '2022-06?/2022-07~',
  ])('isValidPlainDate accepts %s, as parseEdtfDate does', (value) => {
    expect(isValidPlainDate(value)).toBe(true);
    expect(parseEdtfDate(value).ok).toBe(true);
  });

  it.each([
    '2022-02-30',
    '2023-02-29',
    '1900-02-29',
    '2022-04-31',
    '2022-13',
    '2022-00',
    '2022-06-00',
    '2022-21',
    '2022-06-26/2022-06-20',
    '2022-07/2022-06-30',
    '2022/2021-12',
    '/',
    '../..',
    '../',
    '2022-02-30/2022-03-01',
    '2022/2023/2024',
    '',
  ])('isValidPlainDate and parseEdtfDate both reject %s', (value) => {
    expect(isValidPlainDate(value)).toBe(false);
    expect(parseEdtfDate(value).ok).toBe(false);
  });

  it.each(['-0100', '2022-06-26T10:00', '19XX', '2022-1-1', '+2022', ' 2022', '2022??', '2022-06-01Z', '１９９９'])(
    'isValidPlainDate leaves %s to parseEdtfDate',
    (value) => expect(isValidPlainDate(value)).toBe(false),
  );

  // Plain years, months and days, mostly real ones, some qualified; and intervals of them, perhaps open or unknown at an end.
  const plainDate = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 31 }),
        fc.constantFrom('', '', '?', '~', '%'),
      )
      .map(([y, m, d, qualifier]) => {
        const year = String(y).padStart(4, '0');
        if (m === 0) return year + qualifier;
        const month = `${year}-${String(m).padStart(2, '0')}`;
        return (d === 0 ? month : `${month}-${String(d).padStart(2, '0')}`) + qualifier;
      }),
    fc.stringMatching(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[?~%]?$/),
  );
  const end = fc.oneof(plainDate, plainDate, fc.constantFrom('', '..'));
  const plainDateOrInterval = fc.oneof(
    plainDate,
    fc.tuple(end, end).map(([first, second]) => `${first}/${second}`),
  );

  it('isValidPlainDate accepts only dates parseEdtfDate accepts', () => {
    fc.assert(
      fc.property(fc.oneof(plainDateOrInterval, fc.string({ maxLength: 24 })), (value) => {
        if (isValidPlainDate(value)) expect(parseEdtfDate(value).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('isValidPlainDate accepts every plain date and interval that parseEdtfDate accepts', () => {
    fc.assert(
      fc.property(plainDateOrInterval, (value) => {
        expect(isValidPlainDate(value)).toBe(parseEdtfDate(value).ok);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compareDateSpans', () => {
  it('compareDateSpans orders by earliest, then by latest, with open starts first', () => {
    const values = ['2022-06-26', '2022-06', '../2022-01-01', '2022', '2022-06-20/2022-06-26', '2022-06-20/..'];
    const sorted = values
      .map(span)
      .sort(compareDateSpans)
      .map((s) => s.edtf);
    expect(sorted).toEqual([
      '../2022-01-01',
      '2022',
      '2022-06',
      '2022-06-20/2022-06-26',
      '2022-06-20/..',
      '2022-06-26',
    ]);
  });

  it('compareDateSpans treats two spans open at the start as equal, never NaN', () => {
    expect(compareDateSpans(span('../2022'), span('../2022'))).toBe(0);
  });
});

describe('formatEdtfDay', () => {
  it('formatEdtfDay writes the UTC day of an instant as YYYY-MM-DD', () => {
    expect(formatEdtfDay(utc('2022-06-26T23:59:59.999Z'))).toBe('2022-06-26');
    expect(formatEdtfDay(span('-0500').earliest)).toBe('-0500-01-01');
    expect(formatEdtfDay(span('0012-03-04').earliest)).toBe('0012-03-04');
  });
});
