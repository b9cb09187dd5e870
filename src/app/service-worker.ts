/**
 * The offline service worker, from the page's side: it is registered once the page has loaded
 * and the browser is idle (its code is fetched then, outside the first script), and it tells the
 * page when a newer version of the site is installed and waiting, so the page can say so.
 */

let applyUpdate: (() => void) | null = null;
let started = false;
const listeners = new Set<() => void>();

/** Calls `listener` when a newer version becomes ready; returns the function that stops it. */
export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The function that switches to the newer version (the page reloads), or null while none is ready. */
export function getUpdate(): (() => void) | null {
  return applyUpdate;
}

function register() {
  import('@/app/register-service-worker')
    .then(({ registerServiceWorker }) =>
      registerServiceWorker((apply) => {
        applyUpdate = apply;
        for (const listener of listeners) listener();
      }),
    )
    // Offline before the worker was ever installed: the page works as it is, and tries on its next visit.
    .catch(() => undefined);
}

/**
 * Registers the service worker, once, after the window's load event and in an idle moment, so it
 * never competes with the first render; only in a build (the dev server has no worker).
 */
export function startServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(register, { timeout: 5000 });
    else window.setTimeout(register, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
