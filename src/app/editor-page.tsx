/**
 * The editor as a page (`?mode=edit&draft=<id>`), fetched only when someone
 * writes or edits a story: it opens the draft session (or the start screen
 * without one) and lays the editor beside a live preview. The editor and
 * the preview share a store of their own, so a click on a mark edits that
 * event, without touching the viewer's selection or address.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Dataset } from '@/domain/dataset/model';
import { pickText } from '@/domain/dataset/localized-text';
import { draftFromDataset } from '@/domain/draft/draft-dataset';
import { createEmptyDraft, type Draft } from '@/domain/draft/draft-model';
import type { DraftHistory } from '@/domain/draft/draft-history';
import { parseDraftFile } from '@/domain/draft/read-draft';
import type { Review } from '@/domain/review/review-model';
import { createDraftSession, DraftSession, newDraftId, openDraftSession } from '@/data/drafts/draft-session';
import { openDraftStorage, type DraftStorage } from '@/data/drafts/draft-storage';
import { loadReview, saveReview } from '@/data/drafts/review-store';
import { createAppStore } from '@/store/create-app-store';
import { selectDraftId, selectLanguage } from '@/store/selectors';
import { AppStoreProvider, useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { EditorView } from '@/views/editor/editor-view';
import { StartScreen } from '@/views/editor/start-screen';
import { useEditorT } from '@/views/editor/use-editor-t';
import { EditorPreview } from '@/app/editor-preview';
import { LanguageToggle } from '@/app/language-toggle';
import '@/app/editor.css';

// Drafting from an article is fetched when a person asks for it, with the code that starts the extractor's worker.
const ArticleForm = lazy(() => import('@/views/editor/article-form').then((m) => ({ default: m.ArticleForm })));

/** The drafts database, or why the browser refused it. */
async function storageOrProblem(): Promise<{ storage: DraftStorage | null; problem: string | null }> {
  try {
    return { storage: await openDraftStorage(), problem: null };
  } catch (error) {
    return { storage: null, problem: (error as Error).message };
  }
}

/** The editor page; `dataset` is the story open in the viewer, which "Edit this story" copies. */
export function EditorPage({ dataset }: { readonly dataset: Dataset | null }) {
  const t = useT();
  const et = useEditorT();
  const language = useAppStore(selectLanguage);
  const draftId = useAppStore(selectDraftId);
  const { setDraftId, setMode } = useAppActions();
  const [session, setSession] = useState<DraftSession | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [inner] = useState(() => createAppStore({ language }));
  const [fromArticle, setFromArticle] = useState(false);
  const extractorStarted = useRef(false);
  // The extractor's worker, started for "Draft from article", stops when the editor closes.
  useEffect(
    () => () => {
      if (extractorStarted.current) void import('@/data/extract-client').then((m) => m.stopExtractWorker());
    },
    [],
  );
  // The review of the article a draft was started from, while that draft is open.
  const [review, setReviewState] = useState<{ readonly draftId: string; readonly review: Review } | null>(null);
  const setReview = (next: { readonly draftId: string; readonly review: Review }) => {
    saveReview(next.draftId, next.review);
    setReviewState(next);
  };

  useEffect(() => inner.getState().setLanguage(language), [inner, language]);
  useEffect(() => {
    document.title = `${et('startHeading')} · Linimasa`;
  }, [et]);

  // The draft the address names is opened from storage (unless it is the one just started).
  useEffect(() => {
    if (draftId === null || session?.getSnapshot().draft.id === draftId) return;
    let current = true;
    void (async () => {
      const { storage, problem: refused } = await storageOrProblem();
      const opened = storage ? await openDraftSession(draftId, { storage, page: window }) : null;
      if (!current) {
        if (opened instanceof DraftSession) void opened.dispose();
        return;
      }
      if (opened instanceof DraftSession) {
        const kept = loadReview(draftId);
        if (kept) setReviewState({ draftId, review: kept });
        setSession(opened);
        return;
      }
      setProblem(opened ? et('draftUnreadable', { message: opened.message }) : (refused ?? et('draftMissing')));
      setDraftId(null);
    })();
    return () => {
      current = false;
    };
  }, [draftId, session, setDraftId, et]);
  useEffect(() => {
    if (!session) return;
    return () => void session.dispose();
  }, [session]);
  useEffect(() => {
    if (draftId === null && session) setSession(null);
  }, [draftId, session]);

  const start = async (draft: Draft, history?: DraftHistory) => {
    const { storage, problem: refused } = await storageOrProblem();
    const next = createDraftSession(
      draft,
      { storage, unavailableMessage: refused ?? undefined, page: window },
      history,
    );
    setProblem(null);
    setSession(next);
    setDraftId(draft.id);
  };
  const locales = language === 'id' ? ['id', 'en'] : ['en', 'id'];
  const openStory = dataset ? pickText(dataset.title, language, dataset.locales[0] ?? 'en') : null;

  const header = (
    <header className="app-header ed-header">
      <div className="brand">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-tagline">{et('editorTagline')}</span>
      </div>
      <div className="header-actions">
        {draftId === null && (
          <button type="button" onClick={() => setMode('explore')}>
            {et('backToViewer')}
          </button>
        )}
        <LanguageToggle />
      </div>
    </header>
  );
  const active = session && session.getSnapshot().draft.id === draftId ? session : null;
  return (
    <>
      {header}
      <main id="main" className="ed-main">
        <AppStoreProvider store={inner}>
          {active ? (
            <EditorView
              key={active.getSnapshot().draft.id}
              session={active}
              preview={(shown) => <EditorPreview dataset={shown} />}
              onClose={() => {
                setMode('explore');
                setDraftId(null);
              }}
              onOpenInViewer={() => void active.flush().then(() => setMode('explore'))}
              review={review?.draftId === active.getSnapshot().draft.id ? review.review : null}
              onReview={(next) => setReview({ draftId: active.getSnapshot().draft.id, review: next })}
            />
          ) : draftId === null && fromArticle ? (
            <Suspense
              fallback={
                <p className="loading" role="status">
                  {et('articleLoading')}
                </p>
              }
            >
              <ArticleForm
                t={et}
                language={language}
                onCancel={() => setFromArticle(false)}
                onDrafted={(started) => {
                  setReview({ draftId: started.draft.id, review: started.review });
                  setFromArticle(false);
                  void start(started.draft);
                }}
              />
            </Suspense>
          ) : draftId !== null ? (
            <p className="loading" role="status">
              {et('draftOpening')}
            </p>
          ) : (
            <StartScreen
              t={et}
              language={language}
              openStory={openStory}
              problem={problem}
              onNew={() => void start(createEmptyDraft(newDraftId(), locales))}
              onEditOpenStory={() => dataset && void start(draftFromDataset(dataset, newDraftId()))}
              assistants={
                <li>
                  <button
                    type="button"
                    onClick={() => {
                      extractorStarted.current = true;
                      setFromArticle(true);
                    }}
                  >
                    {et('fromArticle')}
                  </button>
                  <p className="ed-hint">{et('fromArticleHint')}</p>
                </li>
              }
              onOpenDraft={(id) => {
                setProblem(null);
                setDraftId(id);
              }}
              onImport={(file) =>
                void file.text().then((text) => {
                  const read = parseDraftFile(text, newDraftId());
                  if (read.ok) void start(read.draft, read.history);
                  else setProblem(et('importFailed', { name: file.name, message: read.message }));
                })
              }
            />
          )}
        </AppStoreProvider>
      </main>
    </>
  );
}
