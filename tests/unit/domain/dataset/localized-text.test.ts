import { describe, expect, it } from 'vitest';
import { languageOf, pickText } from '@/domain/dataset/localized-text';

describe('pickText', () => {
  const text = { en: 'Union Treaty signed', id: 'Perjanjian Union ditandatangani', 'pt-BR': 'Tratado assinado' };

  it('pickText returns the requested locale', () => {
    expect(pickText(text, 'id', 'en')).toBe('Perjanjian Union ditandatangani');
  });

  it('pickText matches tags without regard to case', () => {
    expect(pickText(text, 'PT-br', 'en')).toBe('Tratado assinado');
  });

  it('pickText falls back from a regional tag to its language', () => {
    expect(pickText(text, 'id-ID', 'en')).toBe('Perjanjian Union ditandatangani');
  });

  it('pickText falls back from a language to a regional tag of it', () => {
    expect(pickText(text, 'pt', 'en')).toBe('Tratado assinado');
  });

  it('pickText falls back to the dataset default locale', () => {
    expect(pickText(text, 'fr', 'id')).toBe('Perjanjian Union ditandatangani');
  });

  it('pickText falls back to any language when neither is present', () => {
    expect(pickText({ ru: 'Договор' }, 'fr', 'en')).toBe('Договор');
  });

  it('pickText returns an empty string for a missing or empty text', () => {
    expect(pickText(undefined, 'en', 'en')).toBe('');
    expect(pickText({}, 'en', 'en')).toBe('');
  });

  it('pickText never reads a language from the object prototype', () => {
    expect(pickText({ en: 'x' }, 'constructor', 'toString')).toBe('x');
    expect(pickText({ en: 'x' }, '__proto__', 'en')).toBe('x');
  });
});

describe('languageOf', () => {
  it('languageOf returns the lower-case primary subtag', () => {
    expect(languageOf('pt-BR')).toBe('pt');
    expect(languageOf('EN')).toBe('en');
  });
});
