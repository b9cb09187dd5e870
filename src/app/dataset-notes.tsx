// What the page says about data that is not the site's own: drawn only for such data, so this code
// is fetched then, not with the first view of the bundled story.
import type { DatasetIssue } from '@/domain/dataset/model';
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
