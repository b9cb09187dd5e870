import { describe, expect, it } from 'vitest';
import { firstWordOf, Gazetteer, gazetteer } from '@/domain/extract/gazetteer';
import type { ArticleLanguage } from '@/domain/extract/proposal-model';
import { tokenize } from '@/domain/extract/text-tokens';

function names(text: string, language: ArticleLanguage): string[] {
  return gazetteer()
    .find(text, tokenize(text), language)
    .map((m) => `${text.slice(m.start, m.end)}=${m.entry.id}`);
}

describe('gazetteer', () => {
  it('gazetteer knows country names in Indonesian and English from i18n-iso-countries', () => {
    expect(names('Jerman, Prancis dan Korea Selatan', 'id')).toEqual([
      'Jerman=germany',
      'Prancis=france',
      'Korea Selatan=south-korea',
    ]);
    expect(names('Germany, France and the Russian Federation', 'en')).toEqual([
      'Germany=germany',
      'France=france',
      'Russian Federation=russia',
    ]);
  });

  it('gazetteer gives each state its ISO 3166-1 alpha-3 code and both names', () => {
    expect(gazetteer().entries.get('russia')).toEqual({
      id: 'russia',
      kind: 'state',
      country: 'RUS',
      names: { en: 'Russia', id: 'Rusia' },
    });
    expect(gazetteer().entries.get('belarus')?.names).toEqual({ en: 'Belarus', id: 'Belarus' });
  });

  it('gazetteer reads the names news use besides: abbreviations, adjectives, capitals, seats of government', () => {
    expect(names('AS dan Tiongkok; Moskow dan Kremlin', 'id')).toEqual([
      'AS=united-states',
      'Tiongkok=china',
      'Moskow=russia',
      'Kremlin=russia',
    ]);
    expect(names('Russian troops, U.S. officials and the White House', 'en')).toEqual([
      'Russian=russia',
      'U.S=united-states',
      'White House=united-states',
    ]);
  });

  it('gazetteer knows the main organisations by their Indonesian and English names, an acronym in brackets joined to its name', () => {
    expect(
      names('Kelompok Tujuh (G7) dan Organisasi Perjanjian Atlantik Utara (NATO) serta PBB dan Uni Eropa', 'id'),
    ).toEqual(['Kelompok Tujuh (G7)=g7', 'Organisasi Perjanjian Atlantik Utara (NATO)=nato', 'PBB=un', 'Uni Eropa=eu']);
    expect(names('the UN Security Council, the European Union and ASEAN', 'en')).toEqual([
      'UN Security Council=un-security-council',
      'European Union=eu',
      'ASEAN=asean',
    ]);
  });

  it('gazetteer leaves out names that are part of a place or of something else', () => {
    expect(names('di Laut Jepang, Laut China Selatan, Jawa Barat dan Tepi Barat; 10 juta dolar AS', 'id')).toEqual([]);
    expect(names('the South China Sea, the West Bank, Latin American leaders and US dollars', 'en')).toEqual([]);
  });

  it('gazetteer reads a name too often something else in one language only in the other', () => {
    expect(names('Chad Smith and Georgia voters', 'en')).toEqual([]);
    expect(names('parlemen Georgia', 'id')).toEqual(['Georgia=georgia']);
  });

  it('gazetteer files every name under the first word the tokenizer gives it', () => {
    const names = new Gazetteer().allNames();
    expect(names.length).toBeGreaterThan(500);
    for (const name of names) expect(firstWordOf(name), name).toBe(tokenize(name)[0]?.lower);
  });

  it('gazetteer keeps the case of names: "AS" is the United States, "as" is not', () => {
    expect(names('as soon as possible', 'id')).toEqual([]);
    expect(names('The West and the West', 'en')).toEqual(['The West=west', 'the West=west']);
  });
});
