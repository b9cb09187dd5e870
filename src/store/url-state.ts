import { EMPTY_FILTER, type EventFilter } from '@/domain/search/event-filter';
import { parseUiLanguage, type UiLanguage } from '@/domain/i18n/i18n';
import { EVENT_TYPES, QUAD_CLASSES, type EventType, type QuadClass } from '@/domain/dataset/model';
import { parseRelationId, relationId } from '@/domain/graph/relation-id';
import type { AppMode, Selection, SharedState, StoryLayout, TimeWindow, ViewLayout } from '@/store/create-app-store';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A draft's id in the browser's storage: `draft-` and a UUID. */
const DRAFT_ID = /^draft-[a-z0-9-]{1,80}$/;
const LAYOUTS: readonly ViewLayout[] = ['split', 'timeline', 'graph', 'map'];
/** Parameters this module reads and writes; others in the address bar are left alone. */
export const OWNED_PARAMS = [
  'lang',
  'event',
  'actor',
  'relation',
  'place',
  'q',
  'actors',
  'types',
  'quads',
  'from',
  'to',
  'window',
  'asof',
  'view',
  'mode',
  'embed',
  'step',
  'contrast',
  'draft',
  'layout',
  'time',
] as const;
const MAX_QUERY = 200;
const MAX_LIST = 50;

/** What the address bar asks for: a dataset and the view state. */
export interface UrlRequest {
  readonly datasetId: string | null;
  /** A dataset address from `?data=`, unchecked beyond its length; the data layer checks it. */
  readonly dataUrl: string | null;
  readonly state: SharedState;
  /** Parameters that were present but unusable, to mention in a notice. */
  readonly ignored: readonly string[];
}

/** Formats an instant (ms since epoch UTC) for a link: a day when it falls on midnight, else minutes. */
export function formatUrlInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.slice(0, 16) + 'Z';
}

/** Reads an instant written by `formatUrlInstant`; null when it is not one. */
export function parseUrlInstant(text: string): number | null {
  const m = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/.exec(text);
  if (!m) return null;
  const ms = Date.parse(m[4] ? `${text.slice(0, -1)}:00.000Z` : `${text}T00:00:00.000Z`);
  return Number.isFinite(ms) ? ms : null;
}

function parseList<T extends string>(
  value: string | null,
  valid: (item: string) => item is T,
): { items: T[]; broken: boolean } {
  if (value === null || value === '') return { items: [], broken: false };
  const raw = value.split(',').slice(0, MAX_LIST);
  const items = [...new Set(raw.filter(valid))];
  return { items, broken: items.length !== raw.length };
}

const isSlug = (s: string): s is string => SLUG.test(s);
const isType = (s: string): s is EventType => (EVENT_TYPES as readonly string[]).includes(s);
const isQuad = (s: string): s is QuadClass => (QUAD_CLASSES as readonly string[]).includes(s);

function parseSelection(params: URLSearchParams, ignored: string[]): Selection | null {
  const event = params.get('event');
  const actor = params.get('actor');
  const relation = params.get('relation');
  if (event !== null) {
    if (isSlug(event)) return { kind: 'event', id: event };
    ignored.push('event');
  }
  if (actor !== null) {
    if (isSlug(actor)) return { kind: 'actor', id: actor };
    ignored.push('actor');
  }
  if (relation !== null) {
    const ends = parseRelationId(relation);
    if (ends && isSlug(ends.source) && isSlug(ends.target))
      return { kind: 'relation', id: relationId(ends.source, ends.target) };
    ignored.push('relation');
  }
  const place = params.get('place');
  if (place !== null) {
    if (isSlug(place)) return { kind: 'place', id: place };
    ignored.push('place');
  }
  return null;
}

function parseWindow(value: string | null, ignored: string[]): TimeWindow | null {
  if (value === null) return null;
  const [a, b] = value.split('..');
  const start = a ? parseUrlInstant(a) : null;
  const end = b ? parseUrlInstant(b) : null;
  if (start === null || end === null || end <= start) {
    ignored.push('window');
    return null;
  }
  return [start, end];
}

/**
 * Reads the shared view state from a query string, ignoring (and listing)
 * anything broken; the language falls back to the browser's languages.
 */
export function parseUrlState(search: string, browserLanguages: readonly string[] = []): UrlRequest {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const langParam = params.get('lang');
  const fromParam = parseUiLanguage(langParam);
  if (langParam !== null && !fromParam) ignored.push('lang');
  const fromBrowser = browserLanguages.map((l) => parseUiLanguage(l)).find((l): l is UiLanguage => l !== null);

  const actors = parseList(params.get('actors'), isSlug);
  const types = parseList(params.get('types'), isType);
  const quads = parseList(params.get('quads'), isQuad);
  if (actors.broken) ignored.push('actors');
  if (types.broken) ignored.push('types');
  if (quads.broken) ignored.push('quads');
  const fromText = params.get('from');
  const toText = params.get('to');
  let dateRange: TimeWindow | null = null;
  if (fromText !== null || toText !== null) {
    const from = fromText ? parseUrlInstant(fromText) : -8.64e15;
    const to = toText ? parseUrlInstant(toText) : 8.64e15;
    if (from === null || to === null || to < from) ignored.push('from/to');
    else dateRange = [from, to];
  }
  const filter: EventFilter = {
    ...EMPTY_FILTER,
    actorIds: actors.items,
    types: types.items,
    quads: quads.items,
    dateRange,
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
  };

  const asOfText = params.get('asof');
  let asOfStep: number | null = null;
  if (asOfText !== null) {
    if (/^\d{1,7}$/.test(asOfText)) asOfStep = Number(asOfText);
    else ignored.push('asof');
  }
  const view = params.get('view');
  let layout: ViewLayout = 'split';
  if (view !== null) {
    if ((LAYOUTS as readonly string[]).includes(view)) layout = view as ViewLayout;
    else ignored.push('view');
  }
  // `?embed=1` is the documented switch for embeds; `?mode=present` for the classroom.
  let mode: AppMode = 'explore';
  const modeText = params.get('mode');
  if (params.get('embed') === '1') mode = 'embed';
  else if (params.get('embed') !== null) ignored.push('embed');
  if (modeText !== null) {
    if (modeText === 'present' || modeText === 'explore' || modeText === 'edit')
      mode = mode === 'embed' ? mode : modeText;
    else ignored.push('mode');
  }
  const draftText = params.get('draft');
  let draftId: string | null = null;
  if (draftText !== null) {
    if (DRAFT_ID.test(draftText)) draftId = draftText;
    else ignored.push('draft');
  }
  const stepText = params.get('step');
  let presentStep = 0;
  if (stepText !== null) {
    if (/^\d{1,7}$/.test(stepText)) presentStep = Number(stepText);
    else ignored.push('step');
  }
  // `layout=story` or `layout=timeline` fixes how the story is read; without it the width decides.
  const layoutText = params.get('layout');
  let storyLayout: StoryLayout = 'auto';
  if (layoutText !== null) {
    if (layoutText === 'story' || layoutText === 'timeline') storyLayout = layoutText;
    else ignored.push('layout');
  }
  const timeText = params.get('time');
  if (timeText !== null && timeText !== 'linear') ignored.push('time');
  const contrast = params.get('contrast');
  if (contrast !== null && contrast !== 'high') ignored.push('contrast');
  const dataset = params.get('dataset');
  let datasetId: string | null = null;
  if (dataset !== null) {
    if (isSlug(dataset)) datasetId = dataset;
    else ignored.push('dataset');
  }
  const data = params.get('data');
  const dataUrl = data !== null && data.length > 0 && data.length <= 2048 ? data : null;
  if (data !== null && dataUrl === null) ignored.push('data');
  return {
    datasetId,
    dataUrl,
    state: {
      language: fromParam ?? fromBrowser ?? 'en',
      selection: parseSelection(params, ignored),
      filter,
      timeWindow: parseWindow(params.get('window'), ignored),
      asOfStep,
      layout,
      mode,
      presentStep,
      highContrast: contrast === 'high',
      draftId,
      storyLayout,
      linearTime: timeText === 'linear',
    },
    ignored,
  };
}

/** Writes the shared state into a query string, keeping the parameters it does not own (`dataset`, `data`, …). */
export function formatUrlState(search: string, state: SharedState): string {
  const params = new URLSearchParams(search);
  for (const key of OWNED_PARAMS) params.delete(key);
  params.set('lang', state.language);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  const { filter } = state;
  if (filter.query) params.set('q', filter.query);
  if (filter.actorIds.length) params.set('actors', filter.actorIds.join(','));
  if (filter.types.length) params.set('types', filter.types.join(','));
  if (filter.quads.length) params.set('quads', filter.quads.join(','));
  if (filter.dateRange) {
    if (filter.dateRange[0] > -8.64e15) params.set('from', formatUrlInstant(filter.dateRange[0]));
    if (filter.dateRange[1] < 8.64e15) params.set('to', formatUrlInstant(filter.dateRange[1]));
  }
  if (state.timeWindow)
    params.set('window', `${formatUrlInstant(state.timeWindow[0])}..${formatUrlInstant(state.timeWindow[1])}`);
  if (state.asOfStep !== null) params.set('asof', String(state.asOfStep));
  if (state.layout !== 'split') params.set('view', state.layout);
  if (state.mode === 'embed') params.set('embed', '1');
  if (state.mode === 'present' || state.mode === 'edit') params.set('mode', state.mode);
  if (state.draftId !== null) params.set('draft', state.draftId);
  if (state.mode === 'present' && state.presentStep > 0) params.set('step', String(state.presentStep));
  if (state.highContrast) params.set('contrast', 'high');
  if (state.storyLayout !== 'auto') params.set('layout', state.storyLayout);
  if (state.linearTime) params.set('time', 'linear');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
