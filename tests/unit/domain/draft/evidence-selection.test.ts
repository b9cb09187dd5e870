import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { fieldTextOf, sentenceSpans, spanFromSelection } from '@/domain/draft/evidence-selection';

const PARAGRAPH =
  'Presiden Rusia Vladimir Putin mengatakan pada Ahad (26/6/2022), Rusia akan segera memasok rudal ke Belarus. ' +
  'Pekan lalu, Menteri Pertahanan Rusia Sergei Shoigu mengatakan kedua negara harus mengambil tindakan bersama. ' +
  'Awal pekan ini, G7 dan NATO mengecam integrasi militer Belarus dengan Moskow.';

/** A dataset with one source whose text is `text`, and one event quoting `start`–`end` of it. */
function datasetQuoting(text: string, start: number, end: number, quote: string) {
  return {
    format: 'linimasa/1',
    id: 'property',
    title: { en: 'Property' },
    locales: ['en'],
    sources: [{ id: 's', publisher: 'P', published: '2022-07-01', language: 'id', text: 's.txt' }],
    actors: [{ id: 'a', name: { en: 'A' }, kind: 'person' }],
    events: [
      {
        id: 'e',
        date: '2022',
        title: { en: 'E' },
        type: 'STATEMENT',
        actors: ['a'],
        evidence: [{ source: 's', quote, start, end }],
      },
    ],
  };
}

describe('spanFromSelection', () => {
  it('spanFromSelection gives the quote and offsets of a selection in Indonesian text', () => {
    const start = PARAGRAPH.indexOf('Pekan lalu');
    const span = spanFromSelection(PARAGRAPH, start, start + 'Pekan lalu'.length);
    expect(span).toEqual({ start, end: start + 10, quote: 'Pekan lalu' });
  });

  it('spanFromSelection accepts the ends in either order and trims surrounding whitespace', () => {
    const text = 'one  two three';
    expect(spanFromSelection(text, 9, 3)).toEqual({ start: 5, end: 8, quote: 'two' });
  });

  it('spanFromSelection returns null for a selection of whitespace only, or of nothing', () => {
    expect(spanFromSelection('a   b', 1, 4)).toBeNull();
    expect(spanFromSelection('abc', 2, 2)).toBeNull();
  });

  it('spanFromSelection clamps a selection that runs past the text', () => {
    expect(spanFromSelection('abc', -5, 99)).toEqual({ start: 0, end: 3, quote: 'abc' });
  });

  it('spanFromSelection counts UTF-16 units, so an emoji before the quote moves it by two', () => {
    const text = 'Rusia 🇷🇺 dan Belarus 🇧🇾 bersatu';
    const start = text.indexOf('dan');
    expect(start).toBe(11);
    expect(spanFromSelection(text, start, start + 3)).toEqual({ start: 11, end: 14, quote: 'dan' });
  });

  it('spanFromSelection widens a selection that cuts an emoji, a flag or a family to the whole character', () => {
    const family = 'a 👨‍👩‍👧 b';
    // Ends in the middle of the family's second person.
    expect(spanFromSelection(family, 2, 5)?.quote).toBe('👨‍👩‍👧');
    const flag = 'x🇮🇩y';
    expect(spanFromSelection(flag, 2, 3)?.quote).toBe('🇮🇩');
  });

  it('spanFromSelection keeps a decomposed accent with its letter', () => {
    const text = 'Cafe\u0301 Jakarta'; // "Café" with a combining acute accent
    expect(spanFromSelection(text, 0, 4)?.quote).toBe('Cafe\u0301');
  });

  it('spanFromSelection gives offsets into right-to-left text as stored, not as shown', () => {
    const arabic = 'قال الرئيس بوتين يوم الأحد إن روسيا ستزود بيلاروسيا بصواريخ.';
    const start = arabic.indexOf('بوتين');
    const span = spanFromSelection(arabic, start, start + 5, 'ar');
    expect(span).toEqual({ start, end: start + 5, quote: 'بوتين' });
    const hebrew = 'פוטין אמר ביום ראשון';
    expect(spanFromSelection(hebrew, 6, 9, 'he')?.quote).toBe('אמר');
  });

  it('any selection of any text yields a quote the validator accepts at its offsets', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        ),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const span = spanFromSelection(text, a % (text.length + 1), b % (text.length + 1));
          if (span === null) return;
          expect(text.slice(span.start, span.end)).toBe(span.quote);
          expect(span.quote.trim()).toBe(span.quote);
          const result = parseDataset(datasetQuoting(text, span.start, span.end, span.quote), {
            sourceTexts: { s: text },
          });
          expect(result.ok ? [] : result.problems).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('sentenceSpans', () => {
  it('sentenceSpans splits an Indonesian paragraph into its three sentences, trimmed', () => {
    const spans = sentenceSpans(PARAGRAPH, 'id');
    expect(spans.map((s) => s.quote.slice(0, 12))).toEqual(['Presiden Rus', 'Pekan lalu, ', 'Awal pekan i']);
    for (const span of spans) expect(PARAGRAPH.slice(span.start, span.end)).toBe(span.quote);
    expect(spans.at(-1)?.quote.endsWith('Moskow.')).toBe(true);
  });

  it('sentenceSpans splits right-to-left text and leaves out empty lines', () => {
    const text = 'שלום עולם. מה נשמע?\n\n\nסוף.';
    expect(sentenceSpans(text, 'he').map((s) => s.quote)).toEqual(['שלום עולם.', 'מה נשמע?', 'סוף.']);
  });
});

describe('fieldTextOf', () => {
  it('fieldTextOf maps offsets in a text field back past each folded CRLF', () => {
    const text = 'satu\r\ndua\r\ntiga';
    const field = fieldTextOf(text);
    expect(field.value).toBe('satu\ndua\ntiga');
    const at = field.value.indexOf('tiga');
    expect(text.slice(field.toText(at), field.toText(at + 4))).toBe('tiga');
    expect(field.toText(field.value.indexOf('dua'))).toBe(text.indexOf('dua'));
  });

  it('fieldTextOf leaves a text without carriage returns as it is', () => {
    const field = fieldTextOf('a\nb');
    expect(field.value).toBe('a\nb');
    expect(field.toText(2)).toBe(2);
  });

  it('fieldTextOf maps every offset of any text to the same character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '\r\n', '\n', '\r', ' ', '😀')), (parts) => {
        const text = parts.join('');
        const field = fieldTextOf(text);
        for (let i = 0; i <= field.value.length; i += 1) {
          const back = field.toText(i);
          const shown = field.value.slice(i);
          expect(text.slice(back).replace(/\r\n?/g, '\n')).toBe(shown);
          expect(field.toField(back)).toBe(i);
        }
      }),
    );
  });
});
