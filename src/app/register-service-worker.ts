/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Asks the worker to keep what the page fetched (datasets, source texts) before the worker
 * controlled it: on a first visit the data arrives before the worker is installed, and would
 * otherwise be missing offline. Workbox's router runs each address through its caching route.
 */
async function cacheEarlierFetches(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const urls = performance
    .getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch' && /^https?:/.test(entry.name))
    .map((entry) => entry.name);
  if (urls.length === 0) return;
  // Fetched as the page fetches data: without credentials (fetch-limited.ts).
  registration.active?.postMessage({
    type: 'CACHE_URLS',
    payload: { urlsToCache: [...new Set(urls)].map((url) => [url, { credentials: 'omit' }]) },
  });
}

/**
 * Registers the generated service worker (sw.js beside index.html, scoped to the app's folder).
 * `onUpdateReady` gets the function that switches to a newer version once one is installed and
 * waiting; the page reloads only when the person asks, in the tab where they asked.
 */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  const controlledAtStart = navigator.serviceWorker.controller !== null;
  let registration: ServiceWorkerRegistration | undefined;
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () =>
      onUpdateReady(() => {
        // Another tab may have switched already: then this page only has to reload.
        if (!registration?.waiting) {
          window.location.reload();
          return;
        }
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        void updateServiceWorker();
      }),
    // The new version took over (a person chose it, maybe in another tab): only the tab where they
    // chose reloads, above; any other keeps what it shows, its notice still offering the reload.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registered) => {
      registration = registered;
      if (registered && !controlledAtStart) void cacheEarlierFetches();
    },
    // Registration refused (storage off, a private window's rules): the site still works online.
    onRegisterError: () => undefined,
  });
}
