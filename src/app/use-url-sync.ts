import { useEffect } from 'react';
import type { AppState } from '@/store/create-app-store';
import { selectSharedState } from '@/store/selectors';
import { formatUrlState, parseUrlState } from '@/store/url-state';
import { useAppStoreApi } from '@/store/store-context';

/** True for changes worth a step in the browser's history: a selection, a filter, a view; not a zoom frame. */
function isMeaningful(state: AppState, previous: AppState): boolean {
  if (state.selection !== previous.selection || state.asOfStep !== previous.asOfStep) return true;
  if (state.layout !== previous.layout || state.language !== previous.language) return true;
  if (
    state.mode !== previous.mode ||
    state.presentStep !== previous.presentStep ||
    state.highContrast !== previous.highContrast ||
    state.draftId !== previous.draftId ||
    state.storyLayout !== previous.storyLayout ||
    state.linearTime !== previous.linearTime
  )
    return true;
  if (state.filter === previous.filter) return false;
  // Typing a search is one step, not one per keystroke.
  const onlyQuery = { ...state.filter, query: '' };
  const before = { ...previous.filter, query: '' };
  const sameOtherwise = JSON.stringify(onlyQuery) === JSON.stringify(before);
  return !sameOtherwise || previous.filter.query === '';
}

/**
 * Keeps the address bar in step with the store, so a copied link restores
 * the view: meaningful changes push a history entry, the time window replaces
 * the current one, and Back/Forward put the store back as the link says.
 */
export function useUrlSync(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let applying = false;
    const write = (push: boolean) => {
      const search = formatUrlState(window.location.search, selectSharedState(store.getState()));
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      try {
        if (push) history.pushState(null, '', url);
        else history.replaceState(history.state, '', url);
      } catch {
        // A sandboxed frame may refuse history changes; the view still works.
      }
    };
    write(false);
    const unsubscribe = store.subscribe((state, previous) => {
      if (applying) return;
      if (isMeaningful(state, previous)) write(true);
      else if (state.timeWindow !== previous.timeWindow) write(false);
    });
    const onPopState = () => {
      applying = true;
      try {
        store.setState(parseUrlState(window.location.search, navigator.languages ?? []).state);
      } finally {
        applying = false;
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store]);
}
