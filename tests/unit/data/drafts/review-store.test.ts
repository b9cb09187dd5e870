import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractEvents } from '@/domain/extract/extract-events';
import { createReview, rejectProposal } from '@/domain/review/review-model';
import { loadReview, saveReview } from '@/data/drafts/review-store';

/** A session storage as a Map, for a test run outside a browser. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe('the review kept beside its draft', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'sessionStorage', { value: memoryStorage(), configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  it('gives back the review as it was saved, by draft', () => {
    const extraction = extractEvents('Pada 1997 Rusia dan Belarus menandatangani perjanjian.', {
      published: '2022-07-01',
      language: 'id',
    });
    const review = createReview(extraction, 'source-1');
    const rejected = rejectProposal(review, review.items[0]!.proposal.id);
    saveReview('draft-a', rejected);
    expect(loadReview('draft-a')).toEqual(rejected);
    expect(loadReview('draft-b')).toBeNull();
  });

  it('drops what is not a review', () => {
    sessionStorage.setItem('linimasa-review:draft-a', '{"sourceId": 3}');
    sessionStorage.setItem('linimasa-review:draft-b', 'not json');
    expect(loadReview('draft-a')).toBeNull();
    expect(loadReview('draft-b')).toBeNull();
  });

  it('keeps nothing, and fails nothing, without a session storage', () => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
    const review = createReview(extractEvents('', { published: '2022-07-01', language: 'en' }), 'source-1');
    expect(() => saveReview('draft-a', review)).not.toThrow();
    expect(loadReview('draft-a')).toBeNull();
  });
});
