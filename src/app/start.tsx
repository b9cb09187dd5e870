/** Starts the app: one React root in `#root`, once the entry has set the dataset loading. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { earlyLoadSettled } from '@/data/early-load';
import { App } from '@/app/app';

/**
 * How long the first render waits for the dataset, ms. A story arrives and is
 * read within this, and is then drawn in the first render, without a loading
 * state drawn (and laid out) first; a larger dataset shows the page with its
 * loading state once it has passed.
 */
const FIRST_RENDER_WAITS_MS = 100;

function render(): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Not a top-level await: code the dataset's reading shares with this module is in this module's chunk,
// and would otherwise wait for the dataset it is needed to read.
void earlyLoadSettled(FIRST_RENDER_WAITS_MS).then(render);
