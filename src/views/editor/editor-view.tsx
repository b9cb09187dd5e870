/**
 * The editor: sources and their text on one side, the story's events,
 * actors and problems in the middle, and a live preview (the timeline and
 * actor graph, given by the app) beside them. Every change goes through the
 * draft session, so it can be undone (buttons, Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z)
 * and is saved as it is made.
 */
import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Dataset } from '@/domain/dataset/model';
import { addEvent, addEvidence, evidenceOf } from '@/domain/draft/draft-commands';
import { draftTextIn } from '@/domain/draft/draft-model';
import { jsonPathOf, placeOfPath } from '@/domain/draft/draft-paths';
import type { TextSpan } from '@/domain/draft/evidence-selection';
import { formatDraftFile } from '@/domain/draft/read-draft';
import type { Review } from '@/domain/review/review-model';
import { loadEdtfGrammar } from '@/data/edtf-grammar-loader';
import type { DraftSession } from '@/data/drafts/draft-session';
import { downloadBlob } from '@/components/export-image';
import { selectLanguage, selectSelectedEventId } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { EditorProvider, type EditorContextValue } from '@/views/editor/editor-context';
import { EditorToolbar, TabNotice } from '@/views/editor/editor-toolbar';
import { focusPath } from '@/views/editor/focus-path';
import { ActorsPart, EventsPart } from '@/views/editor/item-parts';
import { ProblemList } from '@/views/editor/problem-list';
import { PublishDialog } from '@/views/editor/publish-dialog';
import { SourcePane, type SourcePick } from '@/views/editor/source-pane';
import { StoryForm } from '@/views/editor/story-form';
import { useDraftCheck } from '@/views/editor/use-draft-check';
import { useEditorT } from '@/views/editor/use-editor-t';

// The review of an article's proposals is fetched only for a draft started from an article.
const ReviewPart = lazy(() => import('@/views/editor/review-part').then((m) => ({ default: m.ReviewPart })));

type Part = 'review' | 'story' | 'events' | 'actors' | 'problems';
const PARTS: readonly Part[] = ['story', 'events', 'actors', 'problems'];

/**
 * The editor on one draft session. `preview` draws the story's dataset;
 * `sourceTools` goes in the source pane; `review`, when the draft was started
 * from an article, is shown first as the part "Proposals".
 */
export function EditorView({
  session,
  preview,
  onClose,
  onOpenInViewer,
  sourceTools,
  review,
  onReview,
}: {
  readonly session: DraftSession;
  readonly preview: (dataset: Dataset) => ReactNode;
  readonly onClose: () => void;
  readonly onOpenInViewer: () => void;
  readonly sourceTools?: ReactNode;
  readonly review?: Review | null;
  readonly onReview?: (review: Review) => void;
}) {
  const { draft, history, save, hold, replayed } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const t = useEditorT();
  const language = useAppStore(selectLanguage);
  const selectedId = useAppStore(selectSelectedEventId);
  const { selectEvent } = useAppActions();
  const check = useDraftCheck(draft);
  const [part, setPart] = useState<Part>(review ? 'review' : draft.events.length > 0 ? 'events' : 'story');
  const parts: readonly Part[] = review ? ['review', ...PARTS] : PARTS;
  const [eventIndex, setEventIndex] = useState(0);
  const [actorIndex, setActorIndex] = useState(0);
  const [sourceIndex, setSourceIndex] = useState(0);
  const [pick, setPick] = useState<SourcePick | null>(null);
  const [publishRequest, setPublishRequest] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);

  // Dates beyond plain years, months and days need the EDTF grammar: fetched once the editor is open.
  useEffect(() => void loadEdtfGrammar().catch(() => undefined), []);
  const result = check.result;
  const errors = result && !result.ok ? result.problems : [];
  const warnings = result ? result.warnings : [];
  const problemCount = result === null ? null : result.ok ? 0 : result.problems.length + result.truncated;

  const goTo = (path: string) => {
    const place = placeOfPath(path);
    if (place.part === 'events') {
      setPart('events');
      if (place.index >= 0) setEventIndex(place.index);
    } else if (place.part === 'actors') {
      setPart('actors');
      if (place.index >= 0) setActorIndex(place.index);
    } else if (place.part === 'sources') {
      if (place.index >= 0) setSourceIndex(place.index);
    } else setPart('story');
    pendingFocus.current = path;
  };
  // A field is focused once the part and item that hold it are drawn.
  useLayoutEffect(() => {
    const path = pendingFocus.current;
    if (path === null || !root.current) return;
    pendingFocus.current = null;
    focusPath(root.current, path);
  });

  // The preview and the form show the same event: a click on a mark edits that event.
  const currentId = draft.events[eventIndex]?.id ?? null;
  const lastSelected = useRef(selectedId);
  useEffect(() => {
    if (selectedId === lastSelected.current) return;
    lastSelected.current = selectedId;
    const at = selectedId === null ? -1 : draft.events.findIndex((e) => e.id === selectedId);
    if (at >= 0 && at !== eventIndex) {
      setEventIndex(at);
      setPart('events');
    }
  }, [selectedId, draft.events, eventIndex]);
  useEffect(() => {
    if (part === 'events' && currentId !== null && currentId !== lastSelected.current) {
      lastSelected.current = currentId;
      selectEvent(currentId);
    }
  }, [part, currentId, selectEvent]);

  // After undo or redo, the field it changed is shown and focused, and the change is announced.
  const lastReplay = useRef(0);
  useEffect(() => {
    if (!replayed || replayed.serial === lastReplay.current) return;
    lastReplay.current = replayed.serial;
    const change = replayed.step.changes[0];
    if (!change) return;
    const where =
      change.kind === 'splice' && placeOfPath(jsonPathOf(change.path)).index < 0
        ? jsonPathOf([...change.path, change.index])
        : jsonPathOf(change.path);
    goTo(where);
    setAnnouncement(t(replayed.kind === 'undo' ? 'undone' : 'redone', { where }));
  }, [replayed, t]);

  const onShortcut = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    // The editor's own undo, in text fields too: one history for every change, kept across reloads.
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      session.undo();
    } else if ((key === 'z' && e.shiftKey) || key === 'y') {
      e.preventDefault();
      session.redo();
    }
  };
  const downloadDraft = () => {
    const blob = new Blob([formatDraftFile({ draft, history })], { type: 'application/json' });
    downloadBlob(blob, `${draft.story.id || 'story'}.linimasa-draft.json`);
  };
  const newEvent = (p: SourcePick) => {
    const index = draft.events.length;
    session.apply((d) => addEvent(d, evidenceOf(p.sourceId, p.span)).draft);
    setPart('events');
    setEventIndex(index);
    pendingFocus.current = `events[${index}].title`;
  };
  const showEvidence = (sourceId: string, span: TextSpan) => {
    const at = draft.sources.findIndex((s) => s.id === sourceId);
    if (at >= 0) setSourceIndex(at);
    setPick({ sourceId, span });
  };

  const context: EditorContextValue = {
    draft,
    apply: (command, key) => session.apply(command, key),
    t,
    language,
    errors,
    warnings,
    goTo,
  };
  const editEvent = (eventId: string) => {
    // The session's draft, not this render's: an event accepted a moment ago is already in it.
    const at = session.getSnapshot().draft.events.findIndex((e) => e.id === eventId);
    if (at < 0) return;
    setPart('events');
    setEventIndex(at);
    pendingFocus.current = `events[${at}].title`;
  };
  const tabLabel = (p: Part) =>
    p === 'review'
      ? t('partReview', { count: review?.items.length ?? 0 })
      : p === 'events'
        ? t('partEvents', { count: draft.events.length })
        : p === 'actors'
          ? t('partActors', { count: draft.actors.length })
          : p === 'problems'
            ? t('partProblems', { count: problemCount ?? 0 })
            : t('partStory');
  const shown = check.lastValid;
  return (
    <EditorProvider value={context}>
      <div className="ed" ref={root} onKeyDownCapture={onShortcut}>
        <h1 className="ed-title">
          {t('editingHeading', { title: draftTextIn(draft.story.title, language) || t('untitled') })}
        </h1>
        <EditorToolbar
          t={t}
          canUndo={history.past.length > 0 && hold === 'owner'}
          canRedo={history.future.length > 0 && hold === 'owner'}
          onUndo={() => session.undo()}
          onRedo={() => session.redo()}
          save={save}
          problems={problemCount}
          onProblems={() => {
            setPart('problems');
            pendingFocus.current = null;
            requestAnimationFrame(() => document.getElementById('ed-problems-heading')?.focus());
          }}
          onPublish={() => setPublishRequest((n) => n + 1)}
          onDownloadDraft={downloadDraft}
          onClose={onClose}
        />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <TabNotice
          hold={hold}
          t={t}
          onReload={() => void session.reload()}
          onTakeOver={() => void session.takeOver()}
        />
        <div className="ed-workspace" inert={hold !== 'owner'}>
          <SourcePane
            sourceIndex={sourceIndex}
            onSourceIndex={setSourceIndex}
            pick={pick}
            onPick={setPick}
            eventIndex={draft.events[eventIndex] ? eventIndex : null}
            onNewEvent={newEvent}
            onAddEvidence={(p, index) => session.apply((d) => addEvidence(d, index, evidenceOf(p.sourceId, p.span)))}
            tools={sourceTools}
          />
          <section className="ed-pane ed-form-pane" aria-labelledby="ed-story-heading">
            <h2 id="ed-story-heading" className="visually-hidden">
              {t('storyHeading')}
            </h2>
            <div className="view-tabs ed-tabs" role="tablist" aria-label={t('partsLabel')}>
              {parts.map((p) => (
                <button
                  key={p}
                  type="button"
                  role="tab"
                  id={`ed-tab-${p}`}
                  aria-selected={part === p}
                  aria-controls={`ed-panel-${p}`}
                  tabIndex={part === p ? 0 : -1}
                  onClick={() => setPart(p)}
                  onKeyDown={(e) => {
                    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                    if (step === 0) return;
                    const next = parts[(parts.indexOf(p) + step + parts.length) % parts.length] as Part;
                    setPart(next);
                    document.getElementById(`ed-tab-${next}`)?.focus();
                  }}
                >
                  {tabLabel(p)}
                </button>
              ))}
            </div>
            <div role="tabpanel" id={`ed-panel-${part}`} aria-labelledby={`ed-tab-${part}`} className="ed-panel">
              {part === 'review' && review && onReview && (
                <Suspense fallback={<p role="status">{t('articleLoading')}</p>}>
                  <ReviewPart review={review} onReview={onReview} onEdit={editEvent} />
                </Suspense>
              )}
              {part === 'story' && <StoryForm />}
              {part === 'events' && (
                <EventsPart
                  index={eventIndex}
                  onIndex={(i, focus) => {
                    setEventIndex(i);
                    if (focus) pendingFocus.current = `events[${i}].title`;
                  }}
                  onShowEvidence={showEvidence}
                />
              )}
              {part === 'actors' && (
                <ActorsPart
                  index={actorIndex}
                  onIndex={(i, focus) => {
                    setActorIndex(i);
                    if (focus) pendingFocus.current = `actors[${i}].name`;
                  }}
                />
              )}
              {part === 'problems' && <ProblemList truncated={result && !result.ok ? result.truncated : 0} />}
            </div>
          </section>
          <section className="ed-pane ed-preview-pane" aria-labelledby="ed-preview-heading">
            <h2 id="ed-preview-heading">{t('previewHeading')}</h2>
            {problemCount !== null && problemCount > 0 && (
              <p className="ed-hint ed-preview-note">
                {shown ? t('previewStale', { count: problemCount }) : t('previewNone', { count: problemCount })}
              </p>
            )}
            {shown && preview(shown)}
          </section>
        </div>
        <PublishDialog
          request={publishRequest}
          result={result}
          onOpenInViewer={onOpenInViewer}
          onShowProblems={() => setPart('problems')}
        />
      </div>
    </EditorProvider>
  );
}
