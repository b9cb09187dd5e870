import { describe, expect, it } from 'vitest';
import { findDateline, findHeadline, segmentSentences } from '@/domain/extract/sentences';

function sentences(text: string, language: 'id' | 'en'): string[] {
  return segmentSentences(text, language, []).map((s) => text.slice(s.start, s.end));
}

describe('segmentSentences', () => {
  it('segmentSentences ends no sentence at an abbreviation or an initial', () => {
    expect(
      sentences('Menlu A.S. Antony Blinken tiba. Gen. Mark Milley dan J. Smith hadir pada Feb. 24 pagi.', 'id'),
    ).toEqual(['Menlu A.S. Antony Blinken tiba.', 'Gen. Mark Milley dan J. Smith hadir pada Feb. 24 pagi.']);
  });

  it('segmentSentences keeps a quotation of several sentences in one', () => {
    const text = '"Tekanan itu mendorong kami. Ini bertujuan baik,” kata Putin. Lukashenko setuju.';
    expect(sentences(text, 'id')).toEqual([
      '"Tekanan itu mendorong kami. Ini bertujuan baik,” kata Putin.',
      'Lukashenko setuju.',
    ]);
  });

  it('segmentSentences never crosses a line, and leaves out what it is told to', () => {
    const text = 'Baris satu tanpa titik\nBaris dua. Kalimat tiga.';
    expect(sentences(text, 'id')).toEqual(['Baris satu tanpa titik', 'Baris dua.', 'Kalimat tiga.']);
    expect(segmentSentences(text, 'id', [{ start: 0, end: 22 }]).map((s) => s.paragraph)).toEqual([0, 0]);
  });
});

describe('findDateline and findHeadline', () => {
  it('findDateline finds the dateline of Indonesian and English reports', () => {
    for (const line of [
      'REPUBLIKA.CO.ID, MOSKOW -- ',
      'KYIV, July 1 (Reuters) - ',
      'WASHINGTON (AP) — ',
      'Jakarta (ANTARA) - ',
    ]) {
      const text = `${line}Presiden tiba.`;
      expect(findDateline(text, 0)).toEqual({ start: 0, end: line.length });
    }
  });

  it('findDateline finds none in an ordinary first sentence', () => {
    expect(findDateline('Presiden Rusia - yang tiba kemarin - berbicara.', 0)).toBeNull();
    expect(findDateline('The minister said on Monday - in Geneva - that talks would resume.', 0)).toBeNull();
  });

  it('findHeadline takes a short first line without a full stop as the headline', () => {
    const text = 'Menlu RI Bahas Krisis Myanmar\nJAKARTA -- Menteri tiba di Jakarta pada Senin untuk membahas krisis.';
    expect(findHeadline(text, [])).toEqual({ start: 0, end: 29 });
    expect(findHeadline('Presiden tiba di Jakarta pada Senin.\nIa bertemu menteri.', [])).toBeNull();
  });
});
