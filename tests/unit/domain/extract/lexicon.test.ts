import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '@/domain/dataset/model';
import data from '@/domain/extract/lexicon.json';
import { lexicon } from '@/domain/extract/lexicon';
import type { ArticleLanguage } from '@/domain/extract/proposal-model';
import { tokenize } from '@/domain/extract/text-tokens';

function verbAt(phrase: string, language: ArticleLanguage) {
  const lex = lexicon(language);
  return lex.verbs.matchAt(phrase, tokenize(phrase), 0, Number.MAX_SAFE_INTEGER, lex.normal)?.value;
}

function nounAt(phrase: string, language: ArticleLanguage) {
  const lex = lexicon(language);
  return lex.nouns.matchAt(phrase, tokenize(phrase), 0, Number.MAX_SAFE_INTEGER, lex.normal)?.value;
}

describe('lexicon', () => {
  it('lexicon.json names only PLOVER types (or STATEMENT) in both languages', () => {
    const types = new Set<string>(EVENT_TYPES);
    for (const language of ['id', 'en'] as const) {
      for (const entry of [...data[language].verbs, ...data[language].nouns])
        expect(types.has(entry.type), entry.type).toBe(true);
    }
  });

  it.each([
    // How data/README.md codes the bundled story, in both languages.
    ['menandatangani', 'id', 'SUPPORT'],
    ['meneken', 'id', 'SUPPORT'],
    ['signed', 'en', 'SUPPORT'],
    ['mengecam', 'id', 'ACCUSE'],
    ['condemned', 'en', 'ACCUSE'],
    ['menyerang', 'id', 'ASSAULT'],
    ['meluncurkan invasi', 'id', 'ASSAULT'],
    ['attacked', 'en', 'ASSAULT'],
    ['launched a full-scale invasion', 'en', 'ASSAULT'],
    ['menempatkan rudal', 'id', 'MOBILIZE'],
    ['menempatkan sejumlah rudal', 'id', 'MOBILIZE'],
    ['deployed', 'en', 'MOBILIZE'],
    ['mengizinkan', 'id', 'COOPERATE'],
    ['allowed', 'en', 'COOPERATE'],
    ['bertemu', 'id', 'CONSULT'],
    ['met', 'en', 'CONSULT'],
    ['memberikan dukungan', 'id', 'SUPPORT'],
  ] as const)('lexicon reads "%s" (%s) as %s', (phrase, language, type) => {
    expect(verbAt(phrase, language)?.type).toBe(type);
  });

  it('lexicon reads crackdowns, invasions and protests named by nouns', () => {
    expect(nounAt('tindakan keras', 'id')?.type).toBe('COERCE');
    expect(nounAt('crackdown', 'en')?.type).toBe('COERCE');
    expect(nounAt('invasi', 'id')?.type).toBe('ASSAULT');
    expect(nounAt('protes', 'id')).toMatchObject({ type: 'PROTEST', actor: 'protesters' });
    expect(nounAt('penangkapan', 'id')).toMatchObject({ type: 'COERCE', follower: 'patient' });
  });

  it('lexicon marks passives, mutual acts, reactions and the type of an intended act', () => {
    expect(verbAt('diserang', 'id')).toMatchObject({ type: 'ASSAULT', passive: true });
    expect(verbAt('menandatangani', 'id')).toMatchObject({ mutual: true, intended: 'AGREE' });
    expect(verbAt('mengecam', 'id')?.reaction).toBe(true);
  });

  it('lexicon reads an Indonesian verb with "-nya" as the verb', () => {
    expect(verbAt('mengecamnya', 'id')?.type).toBe('ACCUSE');
  });

  it('lexicon keeps every form lower case in its own list only once', () => {
    for (const language of ['id', 'en'] as const) {
      const forms = data[language].verbs.flatMap((e) => [
        ...e.forms,
        ...(('passive' in e ? e.passive : undefined) ?? []),
      ]);
      const lower = forms.map((f) => f.toLowerCase());
      expect(lower.filter((f, i) => lower.indexOf(f) !== i)).toEqual([]);
    }
  });
});
