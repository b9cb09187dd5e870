import { useEffect } from 'react';
import { useAppStoreApi } from '@/store/store-context';

/**
 * Runs the host protocol (src/app/embed-bridge.ts, docs/embed.md) while the
 * app is embedded in another page; its code is fetched only then.
 */
export function useEmbedBridge(active: boolean): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!active || window.parent === window) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('@/app/embed-bridge').then(({ startEmbedBridge }) => {
      if (!cancelled) stop = startEmbedBridge(store);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [active, store]);
}
