import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { EMPTY_FILTER, type EventFilter } from '@/domain/search/event-filter';
import { type UiLanguage, UI_LANGUAGES } from '@/domain/i18n/i18n';
import type { EventType, QuadClass } from '@/domain/dataset/model';

/** A closed range of instants in ms since epoch UTC: `[start, end]`. */
export type TimeWindow = readonly [number, number];

/** Which piece of evidence the source reader shows, if any. */
export interface EvidenceFocus {
  readonly eventId: string;
  readonly evidenceIndex: number;
}

/** What the person selected: an event, an actor, a relation (`source->target`) or a place. */
export type Selection =
  | { readonly kind: 'event'; readonly id: string }
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'relation'; readonly id: string }
  | { readonly kind: 'place'; readonly id: string };

/**
 * Which views are on screen. Wide screens show the timeline beside the
 * graph (`split`, `timeline`, `graph`) or beside the map (`map`); narrow
 * ones show one at a time, as tabs (`split` is the timeline's tab).
 */
export type ViewLayout = 'split' | 'timeline' | 'graph' | 'map';

/** How the story is read: as a timeline, as a list running down the page, or the one that suits the width (`auto`). */
export type StoryLayout = 'auto' | 'story' | 'timeline';

/** How Linimasa is used: explored in the browser, presented in a classroom, embedded in a page, or a story written in the editor. */
export type AppMode = 'explore' | 'present' | 'embed' | 'edit';

/** What is selected or hovered. */
export interface SelectionSlice {
  selection: Selection | null;
  hoveredEventId: string | null;
  hoveredActorId: string | null;
  selectEvent: (id: string | null) => void;
  selectActor: (id: string | null) => void;
  selectRelation: (id: string | null) => void;
  clearSelection: () => void;
  hoverEvent: (id: string | null) => void;
  hoverActor: (id: string | null) => void;
}

/** The place under the pointer, and selecting a place (which is part of the selection). */
export interface PlaceSlice {
  hoveredPlaceId: string | null;
  selectPlace: (id: string | null) => void;
  hoverPlace: (id: string | null) => void;
}

/** The filters every view honours. */
export interface FilterSlice {
  filter: EventFilter;
  setQuery: (query: string) => void;
  toggleActorFilter: (id: string) => void;
  toggleTypeFilter: (type: EventType) => void;
  toggleQuadFilter: (quad: QuadClass) => void;
  setDateRange: (range: TimeWindow | null) => void;
  setFilter: (filter: EventFilter) => void;
  clearFilters: () => void;
}

/** The settled time window of the timeline (never every zoom frame). */
export interface TimeWindowSlice {
  timeWindow: TimeWindow | null;
  setTimeWindow: (window: TimeWindow | null) => void;
}

/** "As of" mode: how many events (in time order) the graph shows, or null when off. */
export interface AsOfSlice {
  asOfStep: number | null;
  setAsOfStep: (step: number | null) => void;
}

/** The interface language, the mode, and which views are shown. */
export interface DisplaySlice {
  language: UiLanguage;
  layout: ViewLayout;
  mode: AppMode;
  /** Presentation step, 1-based; 0 is the title slide. */
  presentStep: number;
  /** High-contrast theme, for projectors. */
  highContrast: boolean;
  /** The editor's draft (its id in the browser's storage): edited in edit mode, shown in the others; null for none. */
  draftId: string | null;
  /** Story or timeline, or chosen by width. */
  storyLayout: StoryLayout;
  /** True to draw time to scale on the timeline, without cutting long empty stretches into breaks. */
  linearTime: boolean;
  setLanguage: (language: UiLanguage) => void;
  setLayout: (layout: ViewLayout) => void;
  setMode: (mode: AppMode) => void;
  setPresentStep: (step: number) => void;
  setHighContrast: (on: boolean) => void;
  setDraftId: (id: string | null) => void;
  setStoryLayout: (layout: StoryLayout) => void;
  setLinearTime: (on: boolean) => void;
}

/** The source reader: which evidence is open in the article text. */
export interface ReaderSlice {
  readerFocus: EvidenceFocus | null;
  openReader: (focus: EvidenceFocus) => void;
  closeReader: () => void;
}

/** The whole UI state of one Linimasa instance. */
export type AppState = SelectionSlice &
  PlaceSlice &
  FilterSlice &
  TimeWindowSlice &
  AsOfSlice &
  DisplaySlice &
  ReaderSlice;

/** A store of one Linimasa instance. */
export type AppStore = StoreApi<AppState>;

type Slice<T> = StateCreator<AppState, [], [], T>;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Creates the selection slice: nothing selected or hovered at first. */
export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: null,
  hoveredEventId: null,
  hoveredActorId: null,
  selectEvent: (id) => set({ selection: id ? { kind: 'event', id } : null }),
  selectActor: (id) => set({ selection: id ? { kind: 'actor', id } : null }),
  selectRelation: (id) => set({ selection: id ? { kind: 'relation', id } : null }),
  clearSelection: () => set({ selection: null }),
  hoverEvent: (id) => set({ hoveredEventId: id }),
  hoverActor: (id) => set({ hoveredActorId: id }),
});

/** Creates the place slice: no place hovered at first; selecting one replaces any other selection. */
export const createPlaceSlice: Slice<PlaceSlice> = (set) => ({
  hoveredPlaceId: null,
  selectPlace: (id) => set({ selection: id ? { kind: 'place', id } : null }),
  hoverPlace: (id) => set({ hoveredPlaceId: id }),
});

/** Creates the filter slice: no filter at first. */
export const createFilterSlice: Slice<FilterSlice> = (set) => ({
  filter: EMPTY_FILTER,
  setQuery: (query) => set((s) => ({ filter: { ...s.filter, query } })),
  toggleActorFilter: (id) => set((s) => ({ filter: { ...s.filter, actorIds: toggle(s.filter.actorIds, id) } })),
  toggleTypeFilter: (type) => set((s) => ({ filter: { ...s.filter, types: toggle(s.filter.types, type) } })),
  toggleQuadFilter: (quad) => set((s) => ({ filter: { ...s.filter, quads: toggle(s.filter.quads, quad) } })),
  setDateRange: (dateRange) => set((s) => ({ filter: { ...s.filter, dateRange } })),
  setFilter: (filter) => set({ filter }),
  clearFilters: () => set({ filter: EMPTY_FILTER }),
});

/** Creates the time window slice: no window means "fit every event". */
export const createTimeWindowSlice: Slice<TimeWindowSlice> = (set) => ({
  timeWindow: null,
  setTimeWindow: (timeWindow) => set({ timeWindow }),
});

/** Creates the as-of slice: off at first. */
export const createAsOfSlice: Slice<AsOfSlice> = (set) => ({
  asOfStep: null,
  setAsOfStep: (asOfStep) => set({ asOfStep: asOfStep === null ? null : Math.max(0, Math.floor(asOfStep)) }),
});

/** Creates the display slice: English, both views side by side, until told otherwise. */
export const createDisplaySlice: Slice<DisplaySlice> = (set) => ({
  language: 'en',
  layout: 'split',
  mode: 'explore',
  presentStep: 0,
  highContrast: false,
  draftId: null,
  storyLayout: 'auto',
  linearTime: false,
  setLanguage: (language) => {
    if (UI_LANGUAGES.includes(language)) set({ language });
  },
  setLayout: (layout) => set({ layout }),
  setMode: (mode) => set({ mode }),
  setPresentStep: (step) => set({ presentStep: Math.max(0, Math.floor(step)) }),
  setHighContrast: (highContrast) => set({ highContrast }),
  setDraftId: (draftId) => set({ draftId }),
  setStoryLayout: (storyLayout) => set({ storyLayout }),
  setLinearTime: (linearTime) => set({ linearTime }),
});

/** Creates the reader slice: closed at first. */
export const createReaderSlice: Slice<ReaderSlice> = (set) => ({
  readerFocus: null,
  openReader: (readerFocus) => set({ readerFocus }),
  closeReader: () => set({ readerFocus: null }),
});

/** The part of the state that a link carries, and that a new store may start from. */
export type SharedState = Pick<
  AppState,
  | 'selection'
  | 'filter'
  | 'timeWindow'
  | 'asOfStep'
  | 'language'
  | 'layout'
  | 'mode'
  | 'presentStep'
  | 'highContrast'
  | 'draftId'
  | 'storyLayout'
  | 'linearTime'
>;

/** What a new store may start from (from the URL, or a test). */
export type InitialAppState = Partial<SharedState & Pick<AppState, 'readerFocus'>>;

/** Creates a fresh store for one app instance, embed or test. */
export function createAppStore(initial: InitialAppState = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createPlaceSlice(...a),
    ...createFilterSlice(...a),
    ...createTimeWindowSlice(...a),
    ...createAsOfSlice(...a),
    ...createDisplaySlice(...a),
    ...createReaderSlice(...a),
    ...initial,
  }));
}
