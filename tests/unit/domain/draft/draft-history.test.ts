import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, diffValues, invertChanges } from '@/domain/draft/draft-patches';
import {
  COALESCE_MS,
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  recordStep,
  redoStep,
  undoStep,
} from '@/domain/draft/draft-history';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 4 }),
    fc.integer(),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('diffValues and applyChanges', () => {
  it('applying the diff of any two values turns the first into the second, and its inverse turns it back', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const changes = diffValues(a, b);
        expect(applyChanges(a, changes)).toEqual(b);
        expect(applyChanges(b, invertChanges(changes))).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it('diffValues keeps only what changed: one field of one of many events', () => {
    const events = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, title: { en: `Event ${i}` } }));
    const next = events.map((e, i) => (i === 7 ? { ...e, title: { en: 'Renamed' } } : e));
    expect(diffValues({ events }, { events: next })).toEqual([
      { kind: 'set', path: ['events', 7, 'title', 'en'], before: 'Event 7', after: 'Renamed' },
    ]);
  });

  it('diffValues gives one splice for an item added to or removed from a list', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const c = { id: 'c' };
    expect(diffValues([a, b], [a, b, c])).toEqual([{ kind: 'splice', path: [], index: 2, removed: [], inserted: [c] }]);
    expect(diffValues([a, b, c], [a, c])).toEqual([{ kind: 'splice', path: [], index: 1, removed: [b], inserted: [] }]);
  });

  it('applyChanges leaves the value it is given as it was', () => {
    const before = { list: [1, 2], text: { en: 'x' } };
    const frozen = JSON.stringify(before);
    applyChanges(before, diffValues(before, { list: [1], text: { en: 'y', id: 'z' } }));
    expect(JSON.stringify(before)).toBe(frozen);
  });
});

describe('draft history', () => {
  const set = (after: string, before = '') => [{ kind: 'set' as const, path: ['title'], before, after }];

  it('recordStep joins typing in one field within a moment into one step', () => {
    let history = recordStep(EMPTY_HISTORY, set('P', ''), 1000, 'title');
    history = recordStep(history, set('Pu', 'P'), 1000 + COALESCE_MS - 1, 'title');
    expect(history.past).toHaveLength(1);
    expect(history.past[0]?.changes).toEqual(set('Pu', ''));
    history = recordStep(history, set('Put', 'Pu'), 1000 + 3 * COALESCE_MS, 'title');
    expect(history.past).toHaveLength(2);
  });

  it('recordStep never joins steps of different fields or steps without a key', () => {
    let history = recordStep(EMPTY_HISTORY, set('a'), 0, 'title');
    history = recordStep(history, [{ kind: 'set', path: ['summary'], before: '', after: 'b' }], 1, 'summary');
    history = recordStep(history, set('c', 'a'), 2);
    history = recordStep(history, set('d', 'c'), 3);
    expect(history.past).toHaveLength(4);
  });

  it('undoStep and redoStep walk a document back and forth, and a new change forgets redo', () => {
    let doc = { title: '' };
    let history = EMPTY_HISTORY;
    for (const [i, word] of ['one', 'two', 'three'].entries()) {
      const next = { title: word };
      history = recordStep(history, diffValues(doc, next), i * 10_000);
      doc = next;
    }
    const undone = undoStep(doc, history);
    expect(undone?.document).toEqual({ title: 'two' });
    const twice = undoStep(undone!.document, undone!.history);
    expect(twice?.document).toEqual({ title: 'one' });
    const redone = redoStep(twice!.document, twice!.history);
    expect(redone?.document).toEqual({ title: 'two' });
    expect(redone?.history.future).toHaveLength(1);
    const fresh = recordStep(redone!.history, diffValues(redone!.document, { title: 'four' }), 99_000);
    expect(fresh.future).toEqual([]);
    expect(undoStep({ title: '' }, EMPTY_HISTORY)).toBeNull();
    expect(redoStep(doc, history)).toBeNull();
  });

  it(`the history keeps the last ${HISTORY_LIMIT} steps`, () => {
    let history = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 30; i += 1)
      history = recordStep(history, set(String(i + 1), String(i)), i * 10_000);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]?.changes).toEqual(set('31', '30'));
  });
});
