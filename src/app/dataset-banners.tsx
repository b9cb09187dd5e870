import { useEffect, useRef, useState } from 'react';
import { FileButton } from '@/components/file-button';
import type { Translate } from '@/store/use-t';
import type { DatasetOrigin } from '@/app/use-dataset-source';

/** Whether data from `origin` gets a banner saying where it comes from (see OriginBanner in dataset-notes); the site's own data does not. */
export function needsOriginBanner(origin: DatasetOrigin): boolean {
  return origin.kind === 'draft' || origin.kind === 'file' || (origin.kind === 'url' && origin.foreign);
}

/** "Open dataset…": a file picker; the file is read in the browser and never uploaded. */
export function OpenDatasetButton({ t, onFile }: { readonly t: Translate; readonly onFile: (file: File) => void }) {
  return <FileButton label={t('openDataset')} accept=".json,.csv,.tsv,application/json,text/csv" onFile={onFile} />;
}

/** Drag a file anywhere onto the page to open it; a hint shows while a file is over the page. */
export function DropZone({ t, onFile }: { readonly t: Translate; readonly onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  const onFileRef = useRef(onFile);
  onFileRef.current = onFile;
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      // Leaving the window, not moving between elements.
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFileRef.current(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over ? (
    <div className="drop-zone" aria-hidden="true">
      <p className="drop-hint">{t('dropHere')}</p>
    </div>
  ) : null;
}
