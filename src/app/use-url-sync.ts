import { useEffect } from 'react';
import { formatUrlState } from '@/store/url-state';
import { useAppStoreApi } from '@/store/store-context';

/** Keeps the address bar's `lang` and `event` in step with the store, so a copied link opens the same event. */
export function useUrlSync(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const write = () => {
      const { language, selectedEventId } = store.getState();
      const search = formatUrlState(window.location.search, { language, selectedEventId });
      if (search !== window.location.search) {
        history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    };
    write();
    return store.subscribe((state, previous) => {
      if (state.language !== previous.language || state.selectedEventId !== previous.selectedEventId) write();
    });
  }, [store]);
}
