import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDatasetParser } from '@/data/dataset-parser';
import { App } from '@/app/app';
import '@/app/styles.css';

// Every page reads a dataset: fetch the parser's code now, alongside the first render and the data.
loadDatasetParser().catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
