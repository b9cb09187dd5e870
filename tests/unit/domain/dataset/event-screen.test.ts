import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEvents, sourceTextsById } from '@/domain/dataset/check-events';
import { firstIndexById, LocaleRules, warnUnknownEventFields } from '@/domain/dataset/check-objects';
import { formatPath, type IssueSink, type Path } from '@/domain/dataset/dataset-issues';
import { field, list, type Json } from '@/domain/dataset/json';
import { isWellFormedEvent } from '@/domain/dataset/event-shape';
import { eventsToCheck, screenEvents } from '@/domain/dataset/event-screen';
import { generateDataset } from '@/domain/generate/generate-dataset';

const FIXTURES = resolve(__dirname, '../../../fixtures/valid');
const MINIMAL = readFileSync(resolve(FIXTURES, 'minimal.json'), 'utf8');
const SOURCE_TEXTS = new Map([
  ['republika-2022-07-01', readFileSync(resolve(FIXTURES, 'sources/minimal.txt'), 'utf8')],
]);

/** Every path any per-event check reports about event `i`, as the reporting passes would check it. */
function reportsAbout(root: Json, i: number, sourceTexts: ReadonlyMap<string, string>): string[] {
  const reported: string[] = [];
  const sink: IssueSink = {
    error: (path: Path) => void reported.push(formatPath(path)),
    warn: (path: Path) => void reported.push(formatPath(path)),
  };
  const events = list(field(root, 'events'));
  const event = events[i];
  if (!isWellFormedEvent(event)) reported.push(`events[${i}] (shape)`);
  warnUnknownEventFields(event, i, sink);
  new LocaleRules(root).checkEvent(event, i, sink);
  const id = field(event, 'id');
  if (typeof id === 'string' && firstIndexById(events).get(id) !== i) reported.push(`events[${i}].id`);
  const sources = list(field(root, 'sources'));
  const sourceIds = firstIndexById(sources);
  const context = {
    sources,
    sourceIds,
    actorIds: firstIndexById(list(field(root, 'actors'))),
    texts: sourceTextsById(sources, sourceIds, sourceTexts),
  };
  checkEvents(events, [i], context, null, sink);
  return reported;
}

// Values that sit on either side of a rule some check of an event applies.
const tricky: unknown[] = [
  undefined,
  null,
  0,
  '',
  'x',
  'putin',
  'belarus',
  'belarrus',
  'constructor',
  'STATEMENT',
  'XYZ',
  'stated',
  'relative',
  'external',
  '2022-07-01',
  '2022-02-30',
  '2022-06/2022-05',
  '2022-06-26?',
  '../2022',
  'yesterday',
  '19XX',
  [],
  ['putin'],
  ['putin', 'belarus'],
  ['ghost'],
  ['putin', ''],
  {},
  { en: 'ok' },
  { id: 'oke' },
  { en: 'ok', id: 'oke' },
  { en: 'ok', fr: 'bon' },
  { EN: 'ok' },
  { en: '' },
  JSON.parse('{"en": "ok", "__proto__": "x"}'),
  [{ source: 'republika-2022-07-01', quote: 'Presiden Rusia' }],
  [{ source: 'republika-2022-07-01', quote: 'Presiden Rusia', start: 10, end: 24 }],
  [{ source: 'republika-2022-07-01', quote: 'Presiden Rusia', start: 11, end: 25 }],
  [{ source: 'republika-2022-07-01', quote: 'Presiden Rusia', start: 10, end: 23 }],
  [{ source: 'republika-2022-07-01', quote: 'Presiden Rusia', start: 10 }],
  [{ source: 'republika-2022-07-01', quote: 'Presiden Rusia', start: 10, end: 1_000_000 }],
  [{ source: 'republika-2022-07-01', quote: 'Presiden Rusia', start: 24, end: 10 }],
  [{ source: 'republika-2022-07-01', quote: 'Presiden Rusia', start: 10, end: 24, page: 3 }],
  [{ source: 'republika', quote: 'Presiden Rusia', start: 10, end: 24 }],
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
  'actors',
  'recipients',
  'evidence',
  'tags',
  'extra',
];

const datasets = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(2), fc.constantFrom(...FIELDS), fc.constantFrom(...tricky), fc.boolean()), {
      maxLength: 6,
    }),
    fc.constantFrom(['en', 'id'], ['id', 'en'], ['en'], ['EN', 'id'], ['fr']),
    fc.boolean(),
  )
  .map(([changes, locales, withTexts]) => {
    const root = JSON.parse(MINIMAL) as Json & { events: Record<string, unknown>[] };
    root.locales = locales;
    for (const [i, key, value, remove] of changes) {
      const event = root.events[i]!;
      if (remove) delete event[key];
      else event[key] = structuredClone(value);
    }
    return { root, sourceTexts: withTexts ? SOURCE_TEXTS : new Map<string, string>() };
  });

describe('screenEvents', () => {
  it('screenEvents sets aside every event that some check would report something about', () => {
    let vouched = 0;
    let setAside = 0;
    fc.assert(
      fc.property(datasets, ({ root, sourceTexts }) => {
        const screen = screenEvents(root, { sourceTexts, keepSpans: false });
        const suspects = new Set(eventsToCheck(screen, root.events));
        root.events.forEach((_, i) => {
          if (suspects.has(i)) setAside += 1;
          else {
            vouched += 1;
            expect(reportsAbout(root, i, sourceTexts)).toEqual([]);
          }
        });
      }),
      { numRuns: 2000 },
    );
    // Both answers occur, so the property says something.
    expect(vouched).toBeGreaterThan(500);
    expect(setAside).toBeGreaterThan(500);
  });

  it('screenEvents vouches for every event of a valid generated dataset, and keeps their date spans when asked', () => {
    const root = generateDataset({ events: 3000, actors: 100, seed: 5 }) as unknown as Json;
    const quiet = screenEvents(root, { sourceTexts: undefined, keepSpans: false });
    expect(quiet.suspects).toEqual([]);
    expect(quiet.mayRepeatIds).toBe(false);
    const withSpans = screenEvents(root, { sourceTexts: undefined, keepSpans: true });
    expect(withSpans.spans.filter((span) => span !== undefined)).toHaveLength(3000);
  });

  it('screenEvents sets aside a repeated id, and the event that first used it only when it has a fault of its own', () => {
    const root = JSON.parse(MINIMAL) as Json & { events: Record<string, unknown>[] };
    root.events[2]!.id = root.events[0]!.id;
    const screen = screenEvents(root, { sourceTexts: SOURCE_TEXTS, keepSpans: false });
    expect(screen.suspects).toEqual([2]);
    expect(screen.mayRepeatIds).toBe(true);
  });

  it('screenEvents vouches for no event when reading the events fails', () => {
    const root = {
      format: 'linimasa/1',
      get events(): never {
        throw new Error('boom');
      },
    };
    expect(screenEvents(root, { sourceTexts: undefined, keepSpans: false }).suspects).toBeNull();
  });

  it('screenEvents vouches for no event whose fields it would read from a prototype', () => {
    const root = JSON.parse(MINIMAL) as Json & { events: Record<string, unknown>[] };
    root.events[1] = Object.assign(Object.create({ type: 'STATEMENT' }) as Record<string, unknown>, {
      ...root.events[1],
      type: undefined,
    });
    delete root.events[1]!.type;
    expect(screenEvents(root, { sourceTexts: SOURCE_TEXTS, keepSpans: false }).suspects).toEqual([1]);
  });
});
