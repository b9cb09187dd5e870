import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchTerms } from '@/domain/search/search-text';

describe('normalizeSearchText', () => {
  it('normalizeSearchText removes diacritics, so "Kyïv" and "Kyiv" are the same', () => {
    expect(normalizeSearchText('Kyïv')).toBe('kyiv');
    expect(normalizeSearchText('Kyïv')).toBe(normalizeSearchText('Kyiv'));
  });

  it('normalizeSearchText removes accents whether they are precomposed or combining', () => {
    expect(normalizeSearchText('Café')).toBe('cafe');
    expect(normalizeSearchText('Cafe\u0301')).toBe('cafe');
    expect(normalizeSearchText('Łódź, Øresund, Straße, İstanbul')).toBe('lodz, oresund, strasse, istanbul');
  });

  it('normalizeSearchText lowers case without regard to any locale', () => {
    expect(normalizeSearchText('NATO Und Die EU')).toBe('nato und die eu');
    // A Turkish locale would give "ı" for "I"; search must not depend on the browser's locale.
    expect(normalizeSearchText('IRAN')).toBe('iran');
  });

  it('normalizeSearchText folds Greek final sigma into sigma, so a word matches its upper-case form', () => {
    expect(normalizeSearchText('ΟΔΟΣ')).toBe(normalizeSearchText('οδοσ'));
  });

  it('normalizeSearchText turns curly quotes and typographic dashes into ASCII', () => {
    expect(normalizeSearchText('Russia “must be ready” — Lukashenko’s words')).toBe(
      'russia "must be ready" - lukashenko\'s words',
    );
    expect(normalizeSearchText('«Barat» ‘pressure’ 1997–2022 −5')).toBe('"barat" \'pressure\' 1997-2022 -5');
  });

  it('normalizeSearchText collapses runs of whitespace of any kind and trims the ends', () => {
    expect(normalizeSearchText('  Pekan \t lalu\n\nMinsk\u00A0Moskow  ')).toBe('pekan lalu minsk moskow');
  });

  it('normalizeSearchText drops soft hyphens and zero-width spaces inside words', () => {
    expect(normalizeSearchText('nuk\u00ADlir inte\u200Bgrasi')).toBe('nuklir integrasi');
  });

  it('normalizeSearchText folds full-width letters to ASCII', () => {
    expect(normalizeSearchText('ＮＡＴＯ')).toBe('nato');
  });

  it('normalizeSearchText keeps letters of other scripts, lower-cased', () => {
    expect(normalizeSearchText('Путин и Лукашенко')).toBe('путин и лукашенко');
  });

  it('normalizeSearchText is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeSearchText(text);
        expect(normalizeSearchText(once)).toBe(once);
      }),
    );
  });

  it('normalizeSearchText never leaves whitespace at the ends or two spaces in a row', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00A0', '\u2003', '\u00AD', 'a', 'É', '\u0301', '“') }),
        (text) => {
          const out = normalizeSearchText(text);
          expect(out).toBe(out.trim());
          expect(out).not.toMatch(/\s\s|[^\S ]/);
        },
      ),
    );
  });
});

describe('searchTerms', () => {
  it('searchTerms splits a query on whitespace into normalized terms', () => {
    expect(searchTerms('  Rusia   BELARUS\tnuklir ')).toEqual(['rusia', 'belarus', 'nuklir']);
  });

  it('searchTerms gives no terms for an empty or blank query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(' \t\n ')).toEqual([]);
    expect(searchTerms('""')).toEqual([]);
  });

  it('searchTerms keeps a quoted phrase as one term', () => {
    expect(searchTerms('"ancaman  nuklir" Barat')).toEqual(['ancaman nuklir', 'barat']);
  });

  it('searchTerms accepts curly quotes around a phrase', () => {
    expect(searchTerms('“must be ready” Lukashenko')).toEqual(['must be ready', 'lukashenko']);
  });

  it('searchTerms treats a phrase whose closing quote is not typed yet as a phrase', () => {
    expect(searchTerms('Putin "sanksi Bar')).toEqual(['putin', 'sanksi bar']);
  });

  it('searchTerms removes diacritics from the terms', () => {
    expect(searchTerms('Kyïv Café')).toEqual(['kyiv', 'cafe']);
  });
});
