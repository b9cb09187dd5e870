import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEdtfDate } from '@/domain/dates/edtf';
import { extractEvents } from '@/domain/extract/extract-events';
import type { ExtractionDraft } from '@/domain/extract/proposal-model';

const ARTICLE = readFileSync(new URL('../../../fixtures/extract/republika-2022-07-01.txt', import.meta.url), 'utf8');
const WORDS = ARTICLE.split(/(\s+)/u);

/** Every offset of the draft points into its text and says what it quotes. */
function checkOffsets(draft: ExtractionDraft, text: string): void {
  expect(draft.text).toBe(text);
  for (const p of draft.proposals) {
    expect(p.evidence.length).toBeGreaterThan(0);
    for (const e of p.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    for (const c of p.cues) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.start).toBeLessThan(c.end);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(parseEdtfDate(p.date).ok).toBe(true);
    const ids = new Set(draft.actors.map((a) => a.id));
    for (const id of [...p.actors, ...p.recipients]) expect(ids.has(id)).toBe(true);
  }
  for (const a of draft.actors) for (const m of a.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
}

// Text that looks like news often enough to reach every part of the extractor: words of the article,
// date-like and quote-like pieces, and any Unicode at all.
const newsLike = fc.array(
  fc.oneof(
    fc.constantFrom(...WORDS),
    fc.constantFrom('“', '”', '"', '(', ')', '.', ',', '\n', 'Rekomendasi\n', 'Baca juga: ', '--', ' ', '😀', '\u0000'),
    fc.constantFrom(
      'Senin (27/6)',
      '31/2/2022',
      'pada 9999',
      'pekan lalu',
      'Feb. 30',
      'on Sunday',
      'kata Putin',
      'said Smith',
    ),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  ),
  { maxLength: 120 },
);

// Sentences built from dates, names and verbs the extractor knows, mixed with noise, so that most texts
// yield proposals whose offsets can be checked.
const sentence = fc
  .tuple(
    fc.constantFrom(
      'Pekan lalu, ',
      'Pada Ahad (26/6/2022) ',
      'On Sunday, ',
      'Yesterday ',
      'pada 1997 ',
      'Feb. 24 ',
      '',
      '“',
    ),
    fc.constantFrom(
      'Presiden Rusia Vladimir Putin',
      'Putin',
      'NATO',
      'Uni Eropa',
      'Russian Defence Minister Sergei Shoigu',
      'Kyiv',
      'the West',
    ),
    fc.constantFrom(
      ' mengecam ',
      ' menandatangani perjanjian dengan ',
      ' attacked ',
      ' met ',
      ' mengatakan, ',
      ' said ',
      ' diserang ',
    ),
    fc.constantFrom('Belarus', 'Ukraina', 'China', 'protesters', 'Rusia dan Belarus', ''),
    fc.constantFrom(' kemarin', ' last week', ' pada Kamis (30/6/2022)', ''),
    fc.constantFrom('. ', '.\n', ',” kata Putin. ', ' ketika Moskow meluncurkan invasi. ', '\nRekomendasi\n', '; '),
  )
  .map((parts) => parts.join(''));

describe('extractEvents, for any text', () => {
  it('extractEvents keeps every offset exact in texts of known dates, names and verbs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(sentence, fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('id', 'en'),
        (pieces, language: 'id' | 'en') => {
          const text = pieces.join('');
          checkOffsets(extractEvents(text, { published: '2022-07-01', language }), text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('extractEvents never throws on any string, and every offset it gives is exact', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('id', 'en'),
        (text, language: 'id' | 'en') => {
          checkOffsets(extractEvents(text, { published: '2022-07-01', language }), text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('extractEvents keeps every quote equal to text.slice(start, end) on news-like text', () => {
    fc.assert(
      fc.property(
        newsLike,
        fc.constantFrom('id', 'en'),
        fc.constantFrom('2022-07-01', '2024-06-30', '2023-01-01', 'not a day'),
        (pieces, language: 'id' | 'en', published) => {
          const text = pieces.join('');
          checkOffsets(extractEvents(text, { published, language }), text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('extractEvents gives the same draft for the same text and options', () => {
    const a = extractEvents(ARTICLE, { published: '2022-07-01', language: 'id' });
    const b = extractEvents(ARTICLE, { published: '2022-07-01', language: 'id' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
