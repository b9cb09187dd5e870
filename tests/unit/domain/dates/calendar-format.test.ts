import { describe, expect, it } from 'vitest';
import { calendarFormat, type DateFormat } from '@/domain/dates/calendar-format';
import { utcFormatter } from '@/domain/dates/format-date';

/** The option sets the app formats dates with (format-date, time-ticks, format-time-range). */
const OPTIONS: readonly Intl.DateTimeFormatOptions[] = [
  { year: 'numeric' },
  { month: 'short', year: 'numeric' },
  { month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'short' },
  { month: 'short' },
];

const DAY = 86_400_000;

/** Node's ICU writes a range's dash between thin spaces, Chromium between plain ones (what the app writes). */
const asChromium = (text: string) => text.replaceAll('\u2009', ' ');

function intl(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}

function ours(locale: string, options: Intl.DateTimeFormatOptions): DateFormat {
  const format = calendarFormat(locale, options, () => intl(locale, options));
  if (!format) throw new Error(`no format for ${locale} ${JSON.stringify(options)}`);
  return format;
}

/** Instants from 0001 to 2100: whole days, seeded, plus the edges of months and years. */
function instants(): number[] {
  let seed = 20220701;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const list = [Date.UTC(1997, 3, 2), Date.UTC(2022, 5, 20), Date.UTC(2022, 6, 1), Date.UTC(2000, 1, 29)];
  for (let year = 1990; year <= 2025; year++) for (const month of [0, 5, 11]) list.push(Date.UTC(year, month, 1));
  for (let i = 0; i < 400; i++) {
    const day = Math.floor(random() * 766_000) - 719_000; // about 0033 to 2067
    list.push(day * DAY);
  }
  const early = new Date(0);
  early.setUTCFullYear(1, 0, 1);
  list.push(early.getTime());
  return list;
}

describe('calendarFormat', () => {
  const dates = instants();

  for (const locale of ['en', 'id']) {
    for (const options of OPTIONS) {
      const name = `${locale} ${JSON.stringify(options)}`;

      it(`writes single dates as Intl does: ${name}`, () => {
        const mine = ours(locale, options);
        const theirs = intl(locale, options);
        for (const ms of dates) expect(mine.format(ms), new Date(ms).toISOString()).toBe(theirs.format(ms));
      });

      it(`writes ranges as Chromium's Intl does: ${name}`, () => {
        const mine = ours(locale, options);
        const theirs = intl(locale, options);
        const spans = [0, DAY, 2 * DAY, 20 * DAY, 40 * DAY, 200 * DAY, 366 * DAY, 800 * DAY, 4000 * DAY];
        for (const start of dates) {
          for (const span of spans) {
            const end = start + span;
            const label = `${new Date(start).toISOString()} – ${new Date(end).toISOString()}`;
            expect(mine.formatRange(start, end), label).toBe(asChromium(theirs.formatRange(start, end)));
          }
        }
      });
    }
  }

  it('hands what it does not write to its fallback: years before 1, ranges backwards', () => {
    const options = { day: 'numeric', month: 'short', year: 'numeric' } as const;
    const calls: string[] = [];
    const fallback = () => {
      calls.push('intl');
      return intl('en', options);
    };
    const format = calendarFormat('en', options, fallback);
    const bc = Date.UTC(-44, 2, 15);
    expect(format?.format(bc)).toBe(intl('en', options).format(bc));
    const late = Date.UTC(2022, 5, 26);
    const early = Date.UTC(2022, 5, 20);
    expect(format?.formatRange(late, early)).toBe(intl('en', options).formatRange(late, early));
    expect(calls).toHaveLength(2);
  });

  it('writes only English and Indonesian, and only the options the app uses', () => {
    const fallback = () => intl('en-GB', { year: 'numeric' });
    expect(calendarFormat('en-GB', { year: 'numeric' }, fallback)).toBeNull();
    expect(calendarFormat('de', { year: 'numeric' }, fallback)).toBeNull();
    expect(calendarFormat('en', { weekday: 'long' }, fallback)).toBeNull();
    expect(calendarFormat('en', { year: '2-digit' }, fallback)).toBeNull();
    expect(calendarFormat('en', { day: 'numeric' }, fallback)).toBeNull();
  });

  it('is what utcFormatter gives for the app languages, and Intl for the others', () => {
    const en = utcFormatter('en', { month: 'long', year: 'numeric' });
    expect(en).not.toBeInstanceOf(Intl.DateTimeFormat);
    expect(en.format(Date.UTC(2022, 5, 26))).toBe('June 2022');
    expect(utcFormatter('id', { day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(2022, 5, 26))).toBe(
      '26 Juni 2022',
    );
    expect(utcFormatter('en-GB', { year: 'numeric' })).toBeInstanceOf(Intl.DateTimeFormat);
  });
});
