import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (or shown as print media). Turns true
 * in `beforeprint` and is rendered at once (flushSync), so views that only
 * matter on paper, like the handout, can stay empty the rest of the time
 * instead of holding every event in the page.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(query?.matches ?? false);
    const change = (event: MediaQueryListEvent) => set(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query?.addEventListener('change', change);
    if (query?.matches) setPrinting(true);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
