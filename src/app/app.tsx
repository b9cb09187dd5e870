import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { hasMessages, loadMessages, subscribeToMessages, type UiLanguage } from '@/domain/i18n/i18n';
import { seedFromEarlyLoads } from '@/data/dataset-query';
import { parseUrlState } from '@/store/url-state';
import { AppStoreProvider } from '@/store/store-context';
import { AppShell } from '@/app/app-shell';

/** True once the words of the language the page opens in are here (or could not be fetched: then English it is). */
function useFirstWords(language: UiLanguage): boolean {
  const here = useSyncExternalStore(
    subscribeToMessages,
    () => hasMessages(language),
    () => hasMessages(language),
  );
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!here) loadMessages(language).catch(() => setFailed(true));
  }, [language, here]);
  return here || failed;
}

/** The whole app: one query client and one store per instance, seeded from the address bar. */
export function App() {
  // offlineFirst: a query runs even when the browser says it is offline, since the service worker may have the data.
  const [queryClient] = useState(() => {
    const client = new QueryClient({
      defaultOptions: { queries: { refetchOnWindowFocus: false, networkMode: 'offlineFirst' } },
    });
    // What the entry script started loading and has arrived is drawn in the first render.
    seedFromEarlyLoads(client);
    return client;
  });
  const [request] = useState(() => parseUrlState(window.location.search, navigator.languages ?? [navigator.language]));
  // A page that opens in Indonesian waits for its words (one small file) rather than showing English first.
  const ready = useFirstWords(request.state.language);
  if (!ready) return null;
  return (
    <QueryClientProvider client={queryClient}>
      <AppStoreProvider initial={request.state}>
        <AppShell datasetId={request.datasetId} dataUrl={request.dataUrl} ignoredParams={request.ignored} />
      </AppStoreProvider>
    </QueryClientProvider>
  );
}
