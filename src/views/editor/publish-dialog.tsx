/**
 * Publishing a story: one zip holding the `linimasa/1` dataset and its
 * source texts (what `npm run validate` checks and `?data=` serves, once the
 * folder is on a web server), opening it in the viewer, and the embed
 * snippet for the address where it will be hosted. A draft with errors can
 * be saved but not published.
 */
import { useEffect, useRef, useState } from 'react';
import type { ParseResult } from '@/domain/dataset/model';
import { publicationFiles } from '@/domain/draft/draft-dataset';
import { draftTextIn } from '@/domain/draft/draft-model';
import { createStoredZip } from '@/domain/draft/store-zip';
import { EMPTY_FILTER } from '@/domain/search/event-filter';
import { copyText } from '@/components/copy-text';
import { downloadBlob } from '@/components/export-image';
import { useT } from '@/store/use-t';
import { createEmbedSnippet } from '@/store/embed-snippet';
import { useEditor } from '@/views/editor/editor-context';

/** The app's address, for links and embeds: resolved against the page's base, so it works under any path. */
function appUrl(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}

function httpUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The publish dialog, opened each time `request` grows. */
export function PublishDialog({
  request,
  result,
  onOpenInViewer,
  onShowProblems,
}: {
  readonly request: number;
  readonly result: ParseResult | null;
  readonly onOpenInViewer: () => void;
  readonly onShowProblems: () => void;
}) {
  const { draft, t, language } = useEditor();
  // The viewer's own words for what its embed dialog says too.
  const tv = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const [hosted, setHosted] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (request > 0 && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [request]);
  const errors = result && !result.ok ? result.problems.length + result.truncated : null;
  const ready = result?.ok === true;
  const name = draft.story.id || 'story';
  const download = () => {
    const encoder = new TextEncoder();
    const zip = createStoredZip(
      publicationFiles(draft).map((file) => ({ path: file.path, bytes: encoder.encode(file.text) })),
      Date.now(),
    );
    downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `${name}.zip`);
  };
  const url = httpUrl(hosted);
  const title = draftTextIn(draft.story.title, language) || name;
  const snippet = url
    ? createEmbedSnippet(
        appUrl(),
        `?data=${encodeURIComponent(url.href)}`,
        {
          selection: null,
          filter: EMPTY_FILTER,
          timeWindow: null,
          asOfStep: null,
          language: language === 'id' ? 'id' : 'en',
          layout: 'split',
          mode: 'embed',
          presentStep: 0,
          highContrast: false,
          draftId: null,
          storyLayout: 'auto',
          linearTime: false,
        },
        title,
      )
    : '';
  const viewerLink = url ? `${appUrl()}?data=${encodeURIComponent(url.href)}` : '';
  const copy = async () => setCopied((await copyText(snippet, snippetRef.current)) ? tv('copied') : tv('copyFailed'));
  return (
    <dialog ref={dialog} className="ed-publish" aria-labelledby="ed-publish-heading">
      <div className="ed-pane-header">
        <h2 id="ed-publish-heading">{t('publishHeading')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {tv('readerClose')}
        </button>
      </div>
      {result === null ? (
        <p>{t('checking')}</p>
      ) : errors !== null ? (
        <div className="ed-confirm" role="alert">
          <p>{t('publishBlocked', { count: errors })}</p>
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              onShowProblems();
            }}
          >
            {t('showProblems')}
          </button>
        </div>
      ) : null}
      <section aria-labelledby="ed-publish-download">
        <h3 id="ed-publish-download">{t('publishDownloadHeading')}</h3>
        <p>{t('publishDownloadHelp', { file: `${name}.json` })}</p>
        <p className="ed-actions">
          <button type="button" disabled={!ready} onClick={download}>
            {t('publishDownload', { file: `${name}.zip` })}
          </button>
          <button
            type="button"
            disabled={!ready}
            onClick={() => {
              dialog.current?.close();
              onOpenInViewer();
            }}
          >
            {t('openInViewer')}
          </button>
        </p>
      </section>
      <section aria-labelledby="ed-publish-embed">
        <h3 id="ed-publish-embed">{t('publishEmbedHeading')}</h3>
        <div className="ed-field">
          <label htmlFor="ed-hosted">{t('hostedUrl')}</label>
          <input
            id="ed-hosted"
            type="url"
            value={hosted}
            placeholder="https://example.org/stories/my-story.json"
            aria-describedby="ed-hosted-hint"
            onChange={(e) => {
              setHosted(e.target.value);
              setCopied(null);
            }}
          />
          <p className="ed-hint" id="ed-hosted-hint">
            {hosted.trim() !== '' && !url ? t('hostedInvalid') : t('hostedHint')}
          </p>
        </div>
        {url && (
          <>
            <div className="ed-field">
              <label htmlFor="ed-snippet">{tv('embedSnippet')}</label>
              <textarea id="ed-snippet" ref={snippetRef} readOnly rows={7} value={snippet} />
            </div>
            <p className="ed-actions">
              <button type="button" onClick={() => void copy()}>
                {tv('copySnippet')}
              </button>
              <a href={viewerLink} target="_blank" rel="noopener noreferrer">
                {t('openHosted')}
              </a>
            </p>
            {copied && <p role="status">{copied}</p>}
          </>
        )}
      </section>
    </dialog>
  );
}
