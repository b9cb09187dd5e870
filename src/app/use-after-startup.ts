import { useEffect, useState } from 'react';

/** True once the browser is idle after the first render (or a second has passed): for what is not needed at first (printing, the other language). */
export function useAfterStartup(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const done = () => setReady(true);
    window.addEventListener('beforeprint', done);
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(done, { timeout: 1000 });
      return () => {
        window.cancelIdleCallback(id);
        window.removeEventListener('beforeprint', done);
      };
    }
    const id = window.setTimeout(done, 1000);
    return () => {
      window.clearTimeout(id);
      window.removeEventListener('beforeprint', done);
    };
  }, []);
  return ready;
}
