import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { piecesHolding, WordIndex, wordsOf } from '@/domain/search/word-index';

/** The index's answer, as plain positions, or null when it leaves the question to the caller. */
function holding(index: WordIndex, pieces: readonly string[], maxCost?: number): number[] | null {
  const found = index.holding(pieces, maxCost);
  return found === null ? null : Array.from(found);
}

function indexOf(texts: readonly string[]): WordIndex {
  const index = new WordIndex();
  texts.forEach((text, position) => index.add(position, text));
  return index;
}

describe('wordsOf', () => {
  it('wordsOf splits on spaces and ASCII punctuation, and keeps letters of any script whole', () => {
    expect(wordsOf('nato accuses belarus, again.')).toEqual(['nato', 'accuses', 'belarus', 'again']);
    expect(wordsOf("u.s.-led 'talks' (1997)")).toEqual(['u', 's', 'led', 'talks', '1997']);
    expect(wordsOf('лукашенко заявил')).toEqual(['лукашенко', 'заявил']);
    expect(wordsOf('   ')).toEqual([]);
  });
});

describe('piecesHolding', () => {
  it('names each piece holding the needle once, in order, the first and the last included', () => {
    const pieces = ['aa\n', 'b\n', 'aba\n', 'ca\n'];
    const starts = Uint32Array.from([0, 3, 5, 9, 12]);
    const text = pieces.join('');
    expect(piecesHolding(text, starts, 'a')).toEqual([0, 2, 3]);
    expect(piecesHolding(text, starts, 'b')).toEqual([1, 2]);
    expect(piecesHolding(text, starts, 'z')).toEqual([]);
  });

  it('reads starts counted from before the text when given where the text begins', () => {
    // The last three pieces above, as the second part of a longer whole that begins 3 characters earlier.
    const text = ['b\n', 'aba\n', 'ca\n'].join('');
    const starts = Uint32Array.from([3, 5, 9, 12]);
    expect(piecesHolding(text, starts, 'a', 3)).toEqual([1, 2]);
    expect(piecesHolding(text, starts, 'b', 3)).toEqual([0, 1]);
    expect(piecesHolding(text, starts, 'ab', 3)).toEqual([1]);
  });
});

describe('WordIndex', () => {
  const texts = ['nato accuses belarus', 'belarus answers\nnato', 'the union treaty of 1997', 'accusations; answers'];
  const index = indexOf(texts);

  it('finds the texts holding a word, and a piece inside a longer word, in position order', () => {
    expect(holding(index, ['belarus'])).toEqual([0, 1]);
    expect(holding(index, ['accus'])).toEqual([0, 3]);
    expect(holding(index, ['ans'])).toEqual([1, 3]);
    expect(holding(index, ['99'])).toEqual([2]);
  });

  it('needs every piece, in any of the text’s words', () => {
    expect(holding(index, ['nato', 'accus'])).toEqual([0]);
    expect(holding(index, ['answers', 'accus'])).toEqual([3]);
    expect(holding(index, ['nato', 'treaty'])).toEqual([]);
  });

  it('finds nothing for a piece no word holds, and never a piece across two words', () => {
    expect(holding(index, ['zzz'])).toEqual([]);
    expect(holding(index, ['natoaccuses'])).toEqual([]);
    expect(holding(index, ['snato'])).toEqual([]);
  });

  it('leaves the question to the caller for no pieces, or when the rarest piece is commoner than it may cost', () => {
    expect(holding(index, [])).toBeNull();
    expect(holding(index, ['a'], 3)).toBeNull();
    expect(holding(index, ['a'], 100)).toEqual([0, 1, 2, 3]);
  });

  it('takes the texts in order only', () => {
    const partial = new WordIndex();
    partial.add(0, 'one');
    expect(() => partial.add(2, 'three')).toThrow(RangeError);
    expect(partial.count).toBe(1);
  });

  it('answers as a reading of every text does, for any texts and pieces', () => {
    // A small alphabet, so that pieces often occur, words repeat, and hashes share table slots.
    const text = fc.stringMatching(/^[ab1é .\n-]{0,24}$/);
    const piece = fc.stringMatching(/^[ab1é]{1,3}$/);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.array(piece, { minLength: 1, maxLength: 3 }), (all, pieces) => {
        const expected = all.flatMap((t, position) =>
          pieces.every((p) => wordsOf(t).some((word) => word.includes(p))) ? [position] : [],
        );
        expect(holding(indexOf(all), pieces)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps finding words as its table grows past thousands of distinct words', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)} common`);
    const big = indexOf(many);
    expect(holding(big, ['w2bb'])).toEqual([many.indexOf('w2bb common')]);
    expect(holding(big, ['common'])?.length).toBe(3000);
  });
});
