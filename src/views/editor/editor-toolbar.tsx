/**
 * The editor's toolbar: undo and redo, where saving stands, the count of
 * problems, publishing, the draft as a file, and the way out.
 */
import type { SaveState, TabHold } from '@/data/drafts/draft-session';
import type { EditorT } from '@/views/editor/use-editor-t';

/** What saving says: quietly when all is well, as an alert when the draft is not being kept. */
export function SaveStatus({
  save,
  t,
  onDownload,
}: {
  readonly save: SaveState;
  readonly t: EditorT;
  readonly onDownload: () => void;
}) {
  if (save.kind === 'failed' || save.kind === 'unavailable') {
    return (
      <div className="ed-save is-failed" role="alert">
        <p>
          {save.kind === 'failed'
            ? t('saveFailed', { message: save.message })
            : t('saveUnavailable', { message: save.message })}
        </p>
        <button type="button" onClick={onDownload}>
          {t('downloadDraft')}
        </button>
      </div>
    );
  }
  return (
    <p className="ed-save" data-save={save.kind}>
      {save.kind === 'saved' ? t('saved') : t('saving')}
    </p>
  );
}

/** The toolbar at the top of the editor. */
export function EditorToolbar({
  t,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  save,
  problems,
  onProblems,
  onPublish,
  onDownloadDraft,
  onClose,
}: {
  readonly t: EditorT;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly save: SaveState;
  readonly problems: number | null;
  readonly onProblems: () => void;
  readonly onPublish: () => void;
  readonly onDownloadDraft: () => void;
  readonly onClose: () => void;
}) {
  return (
    <div className="ed-toolbar" role="toolbar" aria-label={t('toolbarLabel')}>
      <button type="button" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        {t('undo')}
      </button>
      <button
        type="button"
        onClick={onRedo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        {t('redo')}
      </button>
      <SaveStatus save={save} t={t} onDownload={onDownloadDraft} />
      <button type="button" onClick={onProblems} className={problems ? 'ed-has-problems' : undefined}>
        {problems === null
          ? t('checking')
          : problems === 0
            ? t('problemsNoneShort')
            : t('problemsShort', { count: problems })}
      </button>
      <button type="button" onClick={onPublish}>
        {t('publish')}
      </button>
      <button type="button" onClick={onDownloadDraft}>
        {t('downloadDraft')}
      </button>
      <button type="button" onClick={onClose}>
        {t('closeEditor')}
      </button>
    </div>
  );
}

/** Tells this tab that another has the draft, and offers to reload it or take it over. */
export function TabNotice({
  hold,
  t,
  onReload,
  onTakeOver,
}: {
  readonly hold: TabHold;
  readonly t: EditorT;
  readonly onReload: () => void;
  readonly onTakeOver: () => void;
}) {
  if (hold === 'owner') return null;
  return (
    <div className="ed-tab-notice" role="alert">
      <p>{t(`hold_${hold}`)}</p>
      <button type="button" onClick={onReload}>
        {t('holdReload')}
      </button>{' '}
      <button type="button" onClick={onTakeOver}>
        {hold === 'conflict' ? t('holdKeepMine') : t('holdTakeOver')}
      </button>
    </div>
  );
}
