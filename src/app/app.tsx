import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { parseUrlState } from '@/store/url-state';
import { AppStoreProvider } from '@/store/store-context';
import { AppShell } from '@/app/app-shell';

/** The whole app: one query client and one store per instance, seeded from the address bar. */
export function App() {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }));
  const [request] = useState(() => parseUrlState(window.location.search, navigator.languages ?? [navigator.language]));
  return (
    <QueryClientProvider client={queryClient}>
      <AppStoreProvider initial={request.state}>
        <AppShell datasetId={request.datasetId} dataUrl={request.dataUrl} ignoredParams={request.ignored} />
      </AppStoreProvider>
    </QueryClientProvider>
  );
}
