import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { type UiLanguage, UI_LANGUAGES } from '@/domain/i18n';

/** A closed range of instants in ms since epoch UTC: `[start, end]`. */
export type TimeWindow = readonly [number, number];

/** Which piece of evidence the source reader shows, if any. */
export interface EvidenceFocus {
  readonly eventId: string;
  readonly evidenceIndex: number;
}

/** What is selected or hovered. */
export interface SelectionSlice {
  selectedEventId: string | null;
  hoveredEventId: string | null;
  selectEvent: (id: string | null) => void;
  hoverEvent: (id: string | null) => void;
}

/** The settled time window of the timeline (never every zoom frame). */
export interface TimeWindowSlice {
  timeWindow: TimeWindow | null;
  setTimeWindow: (window: TimeWindow | null) => void;
}

/** The interface language. */
export interface LanguageSlice {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
}

/** The source reader: which evidence is open in the article text. */
export interface ReaderSlice {
  readerFocus: EvidenceFocus | null;
  openReader: (focus: EvidenceFocus) => void;
  closeReader: () => void;
}

/** The whole UI state of one Linimasa instance. */
export type AppState = SelectionSlice & TimeWindowSlice & LanguageSlice & ReaderSlice;

/** A store of one Linimasa instance. */
export type AppStore = StoreApi<AppState>;

type Slice<T> = StateCreator<AppState, [], [], T>;

/** Creates the selection slice: nothing selected or hovered at first. */
export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selectedEventId: null,
  hoveredEventId: null,
  selectEvent: (id) => set({ selectedEventId: id }),
  hoverEvent: (id) => set({ hoveredEventId: id }),
});

/** Creates the time window slice: no window means "fit every event". */
export const createTimeWindowSlice: Slice<TimeWindowSlice> = (set) => ({
  timeWindow: null,
  setTimeWindow: (timeWindow) => set({ timeWindow }),
});

/** Creates the language slice, English until told otherwise. */
export const createLanguageSlice: Slice<LanguageSlice> = (set) => ({
  language: 'en',
  setLanguage: (language) => {
    if (UI_LANGUAGES.includes(language)) set({ language });
  },
});

/** Creates the reader slice: closed at first. */
export const createReaderSlice: Slice<ReaderSlice> = (set) => ({
  readerFocus: null,
  openReader: (readerFocus) => set({ readerFocus }),
  closeReader: () => set({ readerFocus: null }),
});

/** The part of the state a new store may start from (from the URL, or a test). */
export type InitialAppState = Partial<Pick<AppState, 'selectedEventId' | 'timeWindow' | 'language' | 'readerFocus'>>;

/** Creates a fresh store for one app instance, embed or test. */
export function createAppStore(initial: InitialAppState = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createTimeWindowSlice(...a),
    ...createLanguageSlice(...a),
    ...createReaderSlice(...a),
    ...initial,
  }));
}
