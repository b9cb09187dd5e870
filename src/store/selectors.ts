import type { AppState } from '@/store/create-app-store';

/** The id of the selected event, or null. */
export const selectSelectedEventId = (s: AppState) => s.selectedEventId;
/** The id of the hovered event, or null. */
export const selectHoveredEventId = (s: AppState) => s.hoveredEventId;
/** The settled time window, ms since epoch UTC, or null for "fit all". */
export const selectTimeWindow = (s: AppState) => s.timeWindow;
/** The interface language. */
export const selectLanguage = (s: AppState) => s.language;
/** The evidence open in the source reader, or null. */
export const selectReaderFocus = (s: AppState) => s.readerFocus;
/** Store actions; stable references, safe to select together with `useShallow`. */
export const selectActions = (s: AppState) => ({
  selectEvent: s.selectEvent,
  hoverEvent: s.hoverEvent,
  setTimeWindow: s.setTimeWindow,
  setLanguage: s.setLanguage,
  openReader: s.openReader,
  closeReader: s.closeReader,
});
