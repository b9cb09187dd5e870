import { useEffect, useRef, useState } from 'react';
import type { DatasetIssue } from '@/domain/dataset/model';
import { FileButton } from '@/components/file-button';
import type { LoadedDataset } from '@/data/load-dataset';
import type { Translate } from '@/store/use-t';
import type { DatasetOrigin } from '@/app/use-dataset-source';

/** Says where data from elsewhere comes from, so nobody can pass it off as this site's; a draft says it is one, with the way back to the editor. */
export function OriginBanner({
  origin,
  t,
  onBackToEditor,
  onCloseDraft,
}: {
  readonly origin: DatasetOrigin;
  readonly t: Translate;
  readonly onBackToEditor?: () => void;
  readonly onCloseDraft?: () => void;
}) {
  if (origin.kind === 'draft') {
    return (
      <p className="origin-banner" role="note">
        <strong>{t('dataFromDraft')}</strong> {t('dataFromDraftNote')}{' '}
        {onBackToEditor && (
          <button type="button" onClick={onBackToEditor}>
            {t('backToEditor')}
          </button>
        )}{' '}
        {onCloseDraft && (
          <button type="button" onClick={onCloseDraft}>
            {t('closeDraft')}
          </button>
        )}
      </p>
    );
  }
  if (origin.kind === 'url' && origin.foreign) {
    return (
      <p className="origin-banner" role="note">
        <strong>{t('dataFrom', { host: origin.host })}</strong> {t('dataFromNote')}
      </p>
    );
  }
  if (origin.kind === 'file') {
    return (
      <p className="origin-banner" role="note">
        <strong>{t('dataFromFile', { name: origin.name })}</strong> {t('dataFromFileNote')}
      </p>
    );
  }
  return null;
}

/** What an import could not carry over, and the converted file to download. */
export function ImportReport({
  loaded,
  warnings,
  t,
}: {
  readonly loaded: LoadedDataset;
  readonly warnings: readonly DatasetIssue[];
  readonly t: Translate;
}) {
  if (loaded.format === 'linimasa' && warnings.length === 0) return null;
  const download = () => {
    const blob = new Blob([JSON.stringify(loaded.converted, null, 2) + '\n'], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${loaded.dataset.id}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  const notes = [...loaded.report, ...warnings];
  return (
    <div className="import-report" role="note">
      {loaded.format !== 'linimasa' && (
        <p>
          {t('importedFrom', { format: loaded.format === 'csv' ? 'CSV' : 'TimelineJS' })}{' '}
          {loaded.converted !== undefined && (
            <button type="button" onClick={download}>
              {t('downloadConverted')}
            </button>
          )}
        </p>
      )}
      {notes.length > 0 && (
        <details>
          <summary>{t('importNotes', { count: notes.length })}</summary>
          <ul>
            {notes.slice(0, 50).map((n, i) => (
              <li key={i}>
                <code>{n.path}</code>: {n.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
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
