import type { AppState, SharedState } from '@/store/create-app-store';

/** The current selection (event, actor, relation or place), or null. */
export const selectSelection = (s: AppState) => s.selection;
/** The id of the selected event, or null when no event is selected. */
export const selectSelectedEventId = (s: AppState) => (s.selection?.kind === 'event' ? s.selection.id : null);
/** The id of the selected actor, or null. */
export const selectSelectedActorId = (s: AppState) => (s.selection?.kind === 'actor' ? s.selection.id : null);
/** The id (`source->target`) of the selected relation, or null. */
export const selectSelectedRelationId = (s: AppState) => (s.selection?.kind === 'relation' ? s.selection.id : null);
/** The id of the selected place, or null. */
export const selectSelectedPlaceId = (s: AppState) => (s.selection?.kind === 'place' ? s.selection.id : null);
/** The id of the hovered place, or null. */
export const selectHoveredPlaceId = (s: AppState) => s.hoveredPlaceId;
/** The id of the hovered event, or null. */
export const selectHoveredEventId = (s: AppState) => s.hoveredEventId;
/** The id of the hovered actor, or null. */
export const selectHoveredActorId = (s: AppState) => s.hoveredActorId;
/** The filters every view honours. */
export const selectFilter = (s: AppState) => s.filter;
/** The settled time window, ms since epoch UTC, or null for "fit all". */
export const selectTimeWindow = (s: AppState) => s.timeWindow;
/** How many events the as-of graph shows, or null when as-of mode is off. */
export const selectAsOfStep = (s: AppState) => s.asOfStep;
/** The interface language. */
export const selectLanguage = (s: AppState) => s.language;
/** Which views are on screen. */
export const selectLayout = (s: AppState) => s.layout;
/** Explore, present or embed. */
export const selectMode = (s: AppState) => s.mode;
/** The presentation step, 1-based; 0 is the title slide. */
export const selectPresentStep = (s: AppState) => s.presentStep;
/** Whether the high-contrast theme is on. */
export const selectHighContrast = (s: AppState) => s.highContrast;
/** The id of the editor's draft, or null. */
export const selectDraftId = (s: AppState) => s.draftId;
/** Story, timeline, or chosen by width. */
export const selectStoryLayout = (s: AppState) => s.storyLayout;
/** Whether the timeline draws time to scale, with no breaks. */
export const selectLinearTime = (s: AppState) => s.linearTime;
/** The evidence open in the source reader, or null. */
export const selectReaderFocus = (s: AppState) => s.readerFocus;
/** The part of the state a link carries (see url-state.ts); a new object each call, so read it outside render. */
export const selectSharedState = (s: AppState): SharedState => ({
  selection: s.selection,
  filter: s.filter,
  timeWindow: s.timeWindow,
  asOfStep: s.asOfStep,
  language: s.language,
  layout: s.layout,
  mode: s.mode,
  presentStep: s.presentStep,
  highContrast: s.highContrast,
  draftId: s.draftId,
  storyLayout: s.storyLayout,
  linearTime: s.linearTime,
});
/** Store actions; stable references, safe to select together with `useShallow`. */
export const selectActions = (s: AppState) => ({
  selectEvent: s.selectEvent,
  selectActor: s.selectActor,
  selectRelation: s.selectRelation,
  clearSelection: s.clearSelection,
  hoverEvent: s.hoverEvent,
  hoverActor: s.hoverActor,
  selectPlace: s.selectPlace,
  hoverPlace: s.hoverPlace,
  setQuery: s.setQuery,
  toggleActorFilter: s.toggleActorFilter,
  toggleTypeFilter: s.toggleTypeFilter,
  toggleQuadFilter: s.toggleQuadFilter,
  setDateRange: s.setDateRange,
  setFilter: s.setFilter,
  clearFilters: s.clearFilters,
  setTimeWindow: s.setTimeWindow,
  setAsOfStep: s.setAsOfStep,
  setLanguage: s.setLanguage,
  setLayout: s.setLayout,
  setMode: s.setMode,
  setPresentStep: s.setPresentStep,
  setHighContrast: s.setHighContrast,
  setDraftId: s.setDraftId,
  setStoryLayout: s.setStoryLayout,
  setLinearTime: s.setLinearTime,
  openReader: s.openReader,
  closeReader: s.closeReader,
});
