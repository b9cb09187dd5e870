import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedActor, isWellFormedEvent } from '@/domain/dataset/event-shape';
import { generateDataset } from '@/domain/generate/generate-dataset';
import { actorSchema, eventSchema } from '@/domain/dataset/schema';

const bundled = JSON.parse(readFileSync(resolve(__dirname, '../../../../data/russia-belarus-2022.json'), 'utf8')) as {
  events: Record<string, unknown>[];
  actors: Record<string, unknown>[];
};
const base = bundled.events[3]!;

// Values that sit on either side of each rule of the event schema.
const tricky: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 60,
  Number.NaN,
  '',
  'x',
  'SUPPORT',
  'ACCUSE',
  'a'.repeat(161),
  'a'.repeat(2001),
  'relative',
  'external',
  'Stated',
  '2022-06-26',
  'q'.repeat(65),
  [],
  [''],
  ['putin'],
  ['putin', ''],
  [1],
  {},
  { en: '' },
  { en: 'ok' },
  { en: 'ok', id: 'oke' },
  { EN: 'ok' },
  { 'en-GB': 'ok' },
  { 'not a tag': 'ok' },
  { en: 3 },
  { en: 'a'.repeat(161) },
  JSON.parse('{"__proto__": "x"}'),
  [{ source: 'republika', quote: 'kata' }],
  [{ source: '', quote: 'kata' }],
  [{ source: 'republika', quote: '' }],
  [{ source: 'republika', quote: 'kata', start: -1, end: 2 }],
  [{ source: 'republika', quote: 'kata', start: 1.5 }],
  [{ quote: 'kata' }],
  [null],
  ['republika'],
];
const FIELDS = [
  'id',
  'date',
  'dateText',
  'dateBasis',
  'title',
  'summary',
  'type',
  'mode',
  'context',
  'actors',
  'recipients',
  'evidence',
  'tags',
  'extra',
];

/** Copies of `base` with up to four of `fields` set to one of `values` or removed. */
function mutationsOf(base: object, fields: readonly string[], values: readonly unknown[]) {
  return fc
    .array(fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...values), fc.boolean()), { maxLength: 4 })
    .map((changes) => {
      const copy: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
      for (const [key, value, remove] of changes) {
        if (remove) delete copy[key];
        else copy[key] = value;
      }
      return copy;
    });
}

const mutated = mutationsOf(base, FIELDS, tricky);

describe('isWellFormedEvent', () => {
  it('accepts every event of the bundled and a generated dataset, as the schema does', () => {
    const generated = generateDataset({ events: 2000, actors: 50, seed: 3 }).events as unknown[];
    for (const event of [...bundled.events, ...generated]) {
      expect(eventSchema.safeParse(event).success).toBe(true);
      expect(isWellFormedEvent(event)).toBe(true);
    }
  });

  it('never accepts an event the schema rejects', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(mutated, (event) => {
        const fast = isWellFormedEvent(event);
        if (fast) accepted += 1;
        else rejected += 1;
        if (fast) expect(eventSchema.safeParse(event).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Both answers occur, so the property says something.
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });

  it('rejects what is not an object', () => {
    for (const value of [null, [], 'event', 3, undefined]) expect(isWellFormedEvent(value)).toBe(false);
  });
});

// Values that sit on either side of each rule of the actor schema.
const trickyForActors: unknown[] = [
  undefined,
  null,
  true,
  0,
  '',
  'x',
  'putin',
  'Putin',
  '-putin',
  'a'.repeat(65),
  'person',
  'state',
  'organization',
  'group',
  'People',
  'RUS',
  'rus',
  'RU',
  'RUSS',
  'Q159',
  'Q0',
  'q159',
  'Q',
  {},
  { en: '' },
  { en: 'ok' },
  { en: 'ok', id: 'oke' },
  { 'not a tag': 'ok' },
  { en: 3 },
  JSON.parse('{"__proto__": "x"}'),
  [],
  ['putin'],
];
const ACTOR_FIELDS = ['id', 'name', 'kind', 'country', 'affiliation', 'role', 'wikidata', 'extra'];
const actorBase = bundled.actors[0]!;

const mutatedActors = mutationsOf(actorBase, ACTOR_FIELDS, trickyForActors);

describe('isWellFormedActor', () => {
  it('accepts every actor of the bundled and a generated dataset, as the schema does', () => {
    const generated = generateDataset({ events: 100, actors: 300, seed: 3 }).actors as unknown[];
    for (const actor of [...bundled.actors, ...generated]) {
      expect(actorSchema.safeParse(actor).success).toBe(true);
      expect(isWellFormedActor(actor)).toBe(true);
    }
  });

  it('never accepts an actor the schema rejects', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(mutatedActors, (actor) => {
        const fast = isWellFormedActor(actor);
        if (fast) accepted += 1;
        else rejected += 1;
        if (fast) expect(actorSchema.safeParse(actor).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Both answers occur, so the property says something.
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });

  it('rejects what is not an object', () => {
    for (const value of [null, [], 'actor', 3, undefined]) expect(isWellFormedActor(value)).toBe(false);
  });
});
