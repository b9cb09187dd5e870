import { describe, expect, it } from 'vitest';
import { guessArticleLanguage } from '@/domain/extract/guess-language';

describe('guessArticleLanguage', () => {
  it('reads Indonesian and English from their small words, and gives no guess without any', () => {
    expect(
      guessArticleLanguage(
        'Presiden Rusia Vladimir Putin mengatakan, tekanan politik dan sanksi Barat telah mendorong integrasi yang lebih cepat.',
      ),
    ).toBe('id');
    expect(
      guessArticleLanguage('The president said on Friday that the talks with the delegation of Armenia were over.'),
    ).toBe('en');
    expect(guessArticleLanguage('12345 — !!!')).toBeNull();
  });
});
