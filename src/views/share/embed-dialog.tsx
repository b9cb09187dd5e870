import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { pickText } from '@/domain/dataset/localized-text';
import type { Dataset } from '@/domain/dataset/model';
import { copyText } from '@/components/copy-text';
import { useStoryT } from '@/components/use-story-t';
import type { SharedState, StoryLayout, ViewLayout } from '@/store/create-app-store';
import { createEmbedSnippet, createEmbedUrl } from '@/store/embed-snippet';
import { selectSharedState } from '@/store/selectors';
import { useAppStoreApi } from '@/store/store-context';
import { useT } from '@/store/use-t';

/**
 * The embed dialog: the iframe snippet for the current view, ready to copy.
 * The "Embed" button lives in the app shell, so this module loads only when
 * it is first pressed; the dialog opens whenever `request` changes.
 */
export function EmbedDialog({ dataset, request }: { readonly dataset: Dataset; readonly request: number }) {
  const t = useT();
  const st = useStoryT();
  const store = useAppStoreApi();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // What the dialog was opened on: the view's state, the app's address and the query it was loaded with.
  const [opened, setOpened] = useState<{ state: SharedState; appUrl: string; search: string; title: string } | null>(
    null,
  );
  const [storyLayout, setStoryLayout] = useState<StoryLayout>('auto');
  // The embed shows the map under its timeline when asked; it starts as the view does.
  const [withMap, setWithMap] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const shown = useRef(0);

  // A layout effect: the snippet is rendered before anyone can see the opened dialog.
  useLayoutEffect(() => {
    // Only a new press opens the dialog, not a new dataset.
    if (shown.current === request) return;
    shown.current = request;
    const state = selectSharedState(store.getState());
    const appUrl = new URL(import.meta.env.BASE_URL, window.location.href).href;
    const title = `${pickText(dataset.title, state.language, dataset.locales[0] ?? 'en')} — Linimasa`;
    setOpened({ state, appUrl, search: window.location.search, title });
    setStoryLayout(state.storyLayout);
    setWithMap(state.layout === 'map');
    setCopied('idle');
    if (dialogRef.current && !dialogRef.current.open) dialogRef.current.showModal();
  }, [request, dataset, store]);

  const { snippet, preview } = useMemo(() => {
    if (!opened) return { snippet: '', preview: '' };
    const layout: ViewLayout = withMap ? 'map' : opened.state.layout === 'map' ? 'split' : opened.state.layout;
    const state = { ...opened.state, storyLayout, layout };
    return {
      snippet: createEmbedSnippet(opened.appUrl, opened.search, state, opened.title),
      preview: createEmbedUrl(opened.appUrl, opened.search, state),
    };
  }, [opened, storyLayout, withMap]);
  const layouts: readonly [StoryLayout, string][] = [
    ['auto', st('embedLayoutAuto')],
    ['story', st('embedLayoutStory')],
    ['timeline', st('embedLayoutTimeline')],
  ];

  const copy = async () => {
    // No clipboard in this context (an insecure page, a frame): the text is selected for a manual copy.
    setCopied((await copyText(snippet, dialogRef.current?.querySelector('textarea'))) ? 'done' : 'failed');
  };

  return (
    <>
      <dialog ref={dialogRef} className="reader embed-dialog" aria-labelledby="embed-heading">
        <div className="reader-header">
          <h2 id="embed-heading">{t('embedHeading')}</h2>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t('readerClose')}
          </button>
        </div>
        <div className="embed-body">
          <p>{t('embedHelp')}</p>
          <fieldset className="embed-layout">
            <legend>{st('embedLayout')}</legend>
            {layouts.map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="embed-layout"
                  value={value}
                  checked={storyLayout === value}
                  onChange={() => {
                    setStoryLayout(value);
                    setCopied('idle');
                  }}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <p>
            <label>
              <input type="checkbox" checked={withMap} onChange={(e) => setWithMap(e.target.checked)} />{' '}
              {t('embedWithMap')}
            </label>
          </p>
          <label htmlFor="embed-snippet" className="embed-label">
            {t('embedSnippet')}
          </label>
          <textarea
            id="embed-snippet"
            readOnly
            value={snippet}
            rows={8}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="embed-actions">
            <button type="button" onClick={copy}>
              {t('copySnippet')}
            </button>{' '}
            <span role="status">{copied === 'done' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}</span>
          </p>
          <p>
            <a href={preview} target="_blank" rel="noopener noreferrer">
              {t('embedPreview')}
            </a>
          </p>
        </div>
      </dialog>
    </>
  );
}
