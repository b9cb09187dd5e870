import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '@/domain/search/event-filter';
import { EVENT_TYPES, QUAD_CLASSES } from '@/domain/dataset/model';
import type { SharedState } from '@/store/create-app-store';
import { formatUrlInstant, formatUrlState, parseUrlInstant, parseUrlState } from '@/store/url-state';

const base: SharedState = {
  selection: null,
  filter: EMPTY_FILTER,
  timeWindow: null,
  asOfStep: null,
  language: 'en',
  layout: 'split',
  mode: 'explore',
  presentStep: 0,
  highContrast: false,
  draftId: null,
  storyLayout: 'auto',
  linearTime: false,
};

describe('parseUrlState', () => {
  it('parseUrlState reads the editor and its draft from ?mode=edit&draft=…, and ignores a draft id that is not one', () => {
    const request = parseUrlState('?mode=edit&draft=draft-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expect(request.state.mode).toBe('edit');
    expect(request.state.draftId).toBe('draft-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expect(parseUrlState('?mode=edit&draft=../etc').ignored).toEqual(['draft']);
  });

  it('takes the language from ?lang before the browser', () => {
    expect(parseUrlState('?lang=id', ['en-GB']).state.language).toBe('id');
  });

  it('falls back to the first browser language Linimasa speaks', () => {
    expect(parseUrlState('', ['fr-FR', 'id-ID', 'en']).state.language).toBe('id');
    expect(parseUrlState('', ['fr-FR']).state.language).toBe('en');
  });

  it('ignores broken parameters and lists them', () => {
    const request = parseUrlState(
      '?lang=xx&event=<script>&types=ACCUSE,NOPE&window=2022-01-01..2021-01-01&asof=-3&view=cube',
      ['en'],
    );
    expect(request.state.language).toBe('en');
    expect(request.state.selection).toBeNull();
    expect(request.state.filter.types).toEqual(['ACCUSE']);
    expect(request.state.timeWindow).toBeNull();
    expect(request.state.asOfStep).toBeNull();
    expect(request.state.layout).toBe('split');
    expect([...request.ignored].sort()).toEqual(['asof', 'event', 'lang', 'types', 'view', 'window']);
  });

  it('reads the selection, the filters, the window and the dataset', () => {
    const request = parseUrlState(
      '?relation=russia-%3Eukraine&q=nuklir&actors=putin,belarus&quads=verbal-conflict&from=2022-06-01&window=2022-06-17..2022-07-04T12:30Z&dataset=russia-belarus-2022&view=graph&asof=4',
    );
    expect(request.state.selection).toEqual({ kind: 'relation', id: 'russia->ukraine' });
    expect(request.state.filter).toMatchObject({
      query: 'nuklir',
      actorIds: ['putin', 'belarus'],
      quads: ['verbal-conflict'],
    });
    expect(request.state.filter.dateRange?.[0]).toBe(Date.parse('2022-06-01T00:00:00Z'));
    expect(request.state.timeWindow).toEqual([Date.parse('2022-06-17T00:00:00Z'), Date.parse('2022-07-04T12:30:00Z')]);
    expect(request.state).toMatchObject({ layout: 'graph', asOfStep: 4 });
    expect(request.datasetId).toBe('russia-belarus-2022');
    expect(request.ignored).toEqual([]);
  });
});

describe('parseUrlState, reading layout', () => {
  it('reads ?layout=story and ?time=linear, leaves the width to choose without them, and ignores other values', () => {
    expect(parseUrlState('?layout=story&time=linear').state).toMatchObject({ storyLayout: 'story', linearTime: true });
    expect(parseUrlState('').state).toMatchObject({ storyLayout: 'auto', linearTime: false });
    const broken = parseUrlState('?layout=cards&time=log');
    expect(broken.state).toMatchObject({ storyLayout: 'auto', linearTime: false });
    expect([...broken.ignored].sort()).toEqual(['layout', 'time']);
  });
});

describe('formatUrlState', () => {
  it('keeps parameters it does not own and drops empty ones', () => {
    expect(
      formatUrlState('?dataset=x&event=old', { ...base, language: 'id', selection: { kind: 'event', id: 'e1' } }),
    ).toBe('?dataset=x&lang=id&event=e1');
    expect(formatUrlState('?event=e1&lang=en', base)).toBe('?lang=en');
  });

  it('writes instants as days when they fall on midnight, else to the minute', () => {
    expect(formatUrlInstant(Date.parse('2022-06-26T00:00:00Z'))).toBe('2022-06-26');
    expect(formatUrlInstant(Date.parse('2022-06-26T13:05:00Z'))).toBe('2022-06-26T13:05Z');
    expect(parseUrlInstant('2022-06-26T13:05Z')).toBe(Date.parse('2022-06-26T13:05:00Z'));
    expect(parseUrlInstant('yesterday')).toBeNull();
  });

  it('lets any shared state survive a round trip through the URL', () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const minute = fc.integer({ min: -500_000_000, max: 500_000_000 }).map((m) => m * 60_000);
    const window = fc
      .tuple(minute, minute)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const modeAndStep = fc.oneof(
      fc.record({
        mode: fc.constantFrom('explore' as const, 'embed' as const, 'edit' as const),
        presentStep: fc.constant(0),
      }),
      fc.record({ mode: fc.constant('present' as const), presentStep: fc.nat({ max: 100_000 }) }),
    );
    const rest = fc.record({
      highContrast: fc.boolean(),
      storyLayout: fc.constantFrom('auto' as const, 'story' as const, 'timeline' as const),
      linearTime: fc.boolean(),
      draftId: fc.option(
        fc.uuid().map((id) => `draft-${id}`),
        { nil: null },
      ),
      language: fc.constantFrom('en' as const, 'id' as const),
      layout: fc.constantFrom('split' as const, 'timeline' as const, 'graph' as const),
      selection: fc.option(
        fc.oneof(
          fc.record({ kind: fc.constant('event' as const), id: slug }),
          fc.record({ kind: fc.constant('actor' as const), id: slug }),
          fc.tuple(slug, slug).map(([a, b]) => ({ kind: 'relation' as const, id: `${a}->${b}` })),
        ),
        { nil: null },
      ),
      filter: fc.record({
        actorIds: fc.uniqueArray(slug, { maxLength: 5 }),
        types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 5 }),
        quads: fc.uniqueArray(fc.constantFrom(...QUAD_CLASSES), { maxLength: 5 }),
        dateRange: fc.option(window, { nil: null }),
        query: fc.string({ unit: 'grapheme', maxLength: 40 }),
      }),
      timeWindow: fc.option(window, { nil: null }),
      asOfStep: fc.option(fc.nat({ max: 1_000_000 }), { nil: null }),
    });
    const state = fc.tuple(rest, modeAndStep).map(([r, m]) => ({ ...r, ...m }));
    fc.assert(
      fc.property(state, (s) => {
        const back = parseUrlState(formatUrlState('?dataset=keep-me', s));
        expect(back.ignored).toEqual([]);
        expect(back.datasetId).toBe('keep-me');
        expect(back.state).toEqual(s);
      }),
    );
  });
});
