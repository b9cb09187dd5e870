import { lazy, Suspense, useEffect, useState } from 'react';
import { pickText } from '@/domain/dataset/localized-text';
import type { Dataset } from '@/domain/dataset/model';
import { Panel } from '@/components/panel';
import { useMediaQuery } from '@/components/use-media-query';
import {
  selectHighContrast,
  selectLanguage,
  selectLayout,
  selectMode,
  selectDraftId,
  selectReaderFocus,
  selectSharedState,
} from '@/store/selectors';
import { useAppActions, useAppStore, useAppStoreApi } from '@/store/store-context';
import { formatUrlState } from '@/store/url-state';
import { useT, type Translate } from '@/store/use-t';
import { DetailView } from '@/views/detail/detail-view';
import { FilterBar } from '@/views/filters/filter-bar';
import { LayoutChoice, useStoryShown } from '@/views/story/layout-choice';
import { TimelineView } from '@/views/timeline/timeline-view';
import { DropZone, needsOriginBanner, OpenDatasetButton } from '@/app/dataset-banners';
import { LazyGraphView, preloadGraphView } from '@/app/lazy-graph';
import { LazyMapView, preloadMapView } from '@/app/lazy-map';
import { useDatasetSource } from '@/app/use-dataset-source';
import { LanguageToggle } from '@/app/language-toggle';
import { useAfterStartup } from '@/app/use-after-startup';
import { useAfterFirstPaint } from '@/components/use-after-first-paint';
import { useEmbedBridge } from '@/app/use-embed-bridge';
import { useUrlSync } from '@/app/use-url-sync';

/** Below this width the timeline and the graph are tabs, one at a time. */
const NARROW_SCREEN = '(max-width: 1099px)';

// Views that are not on screen load on demand, to keep the first download small: each is
// rendered only once it is wanted (see useWanted), never merely in case.
const PresentationView = lazy(() =>
  import('@/views/presentation/presentation-view').then((m) => ({ default: m.PresentationView })),
);
const HandoutView = lazy(() => import('@/views/handout/handout-view').then((m) => ({ default: m.HandoutView })));
const EmbedDialog = lazy(() => import('@/views/share/embed-dialog').then((m) => ({ default: m.EmbedDialog })));
const ReaderView = lazy(() => import('@/views/reader/reader-view').then((m) => ({ default: m.ReaderView })));
// The story layout is what a phone shows first: its code is fetched while the dataset loads (see AppShell).
const loadStoryView = () => import('@/views/story/story-view');
const StoryView = lazy(() => loadStoryView().then((m) => ({ default: m.StoryView })));
const loadEditorPage = () => import('@/app/editor-page');
// The editor is a page of its own, fetched only when someone writes or edits a story.
const EditorPage = lazy(() => loadEditorPage().then((m) => ({ default: m.EditorPage })));
const preloadEditor = () => void loadEditorPage().catch(() => undefined);
// The event list, below the timeline, is not part of the first view: its code loads, and it is drawn, once that is painted.
const EventListView = lazy(() =>
  import('@/views/event-list/event-list-view').then((m) => ({ default: m.EventListView })),
);
// Where data from elsewhere comes from, and what an import could not carry over: drawn only for such data.
const OriginBanner = lazy(() => import('@/app/dataset-notes').then((m) => ({ default: m.OriginBanner })));
// Offline use and the notice of a newer version: both begin once the page has settled, so their code is fetched then.
const UpdateNotice = lazy(() => import('@/app/update-notice').then((m) => ({ default: m.UpdateNotice })));
// Why a dataset is not shown: drawn only when one is not (every script is kept for offline use, this one too).
const LoadError = lazy(() => import('@/app/load-error').then((m) => ({ default: m.LoadError })));
const ImportReport = lazy(() => import('@/app/dataset-notes').then((m) => ({ default: m.ImportReport })));

/** True from the first render where `now` is true on: a lazy view is fetched when first needed, then stays mounted. */
function useWanted(now: boolean): boolean {
  const [wanted, setWanted] = useState(now);
  if (now && !wanted) setWanted(true);
  return wanted || now;
}

/** The source reader, fetched the first time a quote is opened. */
function LazyReader({ dataset }: { readonly dataset: Dataset }) {
  const wanted = useWanted(useAppStore(selectReaderFocus) !== null);
  return wanted ? (
    <Suspense fallback={null}>
      <ReaderView dataset={dataset} />
    </Suspense>
  ) : null;
}

/** The "Embed" button; the dialog's code is fetched when it is first pressed. */
function EmbedButton({ dataset, t }: { readonly dataset: Dataset; readonly t: Translate }) {
  const [request, setRequest] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setRequest((n) => n + 1)}>
        {t('embed')}
      </button>
      {request > 0 && (
        <Suspense fallback={null}>
          <EmbedDialog dataset={dataset} request={request} />
        </Suspense>
      )}
    </>
  );
}

/** The views a tab can show: the timeline, the actor graph and the map. */
type ViewTab = 'timeline' | 'graph' | 'map';

const PRELOAD: Readonly<Record<ViewTab, (() => void) | undefined>> = {
  timeline: undefined,
  graph: preloadGraphView,
  map: preloadMapView,
};

function ViewTabs({
  t,
  tabs,
  current,
  story = false,
}: {
  readonly t: Translate;
  readonly tabs: readonly ViewTab[];
  readonly current: ViewTab;
  /** The time panel reads as a story (a list): its tab says so. */
  readonly story?: boolean;
}) {
  const { setLayout } = useAppActions();
  const label = {
    timeline: t(story ? 'storyHeading' : 'timelineHeading'),
    graph: t('graphHeading'),
    map: t('mapHeading'),
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t('viewsLabel')}>
      {tabs.map((tab, i) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          aria-selected={current === tab}
          aria-controls={tab}
          tabIndex={current === tab ? 0 : -1}
          onClick={() => setLayout(tab)}
          onPointerEnter={PRELOAD[tab]}
          onFocus={PRELOAD[tab]}
          onKeyDown={(e) => {
            if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
              const other = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length] ?? tab;
              setLayout(other);
              document.getElementById(`tab-${other}`)?.focus();
            }
          }}
        >
          {label[tab]}
        </button>
      ))}
    </div>
  );
}

/** The panel that reads the story in time: as a list (the story layout) or as a timeline, with the choice between them. */
function TimePanel({
  dataset,
  t,
  tabPanel,
}: {
  readonly dataset: Dataset;
  readonly t: Translate;
  readonly tabPanel?: boolean;
}) {
  const story = useStoryShown();
  return (
    <Panel
      id="timeline"
      title={t(story ? 'storyHeading' : 'timelineHeading')}
      failedText={(message) => t('panelFailed', { message })}
      className={story ? 'panel-timeline panel-story' : 'panel-timeline'}
      actions={<LayoutChoice />}
      tabPanel={tabPanel}
    >
      {story ? (
        <Suspense fallback={null}>
          <StoryView dataset={dataset} />
        </Suspense>
      ) : (
        <TimelineView dataset={dataset} />
      )}
    </Panel>
  );
}

/** Beside the timeline on a wide screen: the actor graph or the map, a pair of toggle buttons. */
function SideViewSwitch({ t, current }: { readonly t: Translate; readonly current: 'graph' | 'map' }) {
  const { setLayout } = useAppActions();
  return (
    <div className="view-tabs" role="group" aria-label={t('viewsLabel')}>
      {(['graph', 'map'] as const).map((view) => (
        <button
          key={view}
          type="button"
          aria-pressed={current === view}
          onClick={() => setLayout(view)}
          onPointerEnter={PRELOAD[view]}
          onFocus={PRELOAD[view]}
        >
          {view === 'graph' ? t('graphHeading') : t('mapHeading')}
        </button>
      ))}
    </div>
  );
}

function Workspace({ dataset, t }: { readonly dataset: Dataset; readonly t: Translate }) {
  const failed = (message: string) => t('panelFailed', { message });
  const story = useStoryShown();
  const layout = useAppStore(selectLayout);
  // Side by side on wide screens, the graph or the map beside the timeline; one at a time, as tabs, on narrow ones.
  const narrow = useMediaQuery(NARROW_SCREEN);
  const side = layout === 'map' ? 'map' : 'graph';
  const narrowView: ViewTab = layout === 'graph' || layout === 'map' ? layout : 'timeline';
  const showTimeline = !narrow || narrowView === 'timeline';
  const listWanted = useAfterFirstPaint();
  const shown = narrow ? narrowView : side;
  const sidePanel =
    shown === 'graph' ? (
      <Panel id="graph" title={t('graphHeading')} failedText={failed} className="panel-graph" tabPanel={narrow}>
        <LazyGraphView dataset={dataset} />
      </Panel>
    ) : shown === 'map' ? (
      <Panel id="map" title={t('mapHeading')} failedText={failed} className="panel-map" tabPanel={narrow}>
        <LazyMapView dataset={dataset} />
      </Panel>
    ) : null;
  return (
    <>
      <FilterBar dataset={dataset} />
      {narrow && <ViewTabs t={t} tabs={['timeline', 'graph', 'map']} current={narrowView} story={story} />}
      <div className={`views${narrow ? ' is-tabbed' : ''}`}>
        {showTimeline && <TimePanel dataset={dataset} t={t} tabPanel={narrow} />}
        {narrow ? (
          sidePanel
        ) : (
          <div className="side-pane">
            <SideViewSwitch t={t} current={side} />
            {sidePanel}
          </div>
        )}
      </div>
      <div className="lower-grid">
        <Panel id="detail" title={t('detailHeading')} failedText={failed} className="panel-detail">
          <DetailView dataset={dataset} />
        </Panel>
        <Panel id="events" title={t('listHeading')} failedText={failed} className="panel-list">
          {listWanted && (
            <Suspense fallback={null}>
              <EventListView dataset={dataset} />
            </Suspense>
          )}
        </Panel>
      </div>
      <LazyReader dataset={dataset} />
    </>
  );
}

function EmbedLayout({
  dataset,
  title,
  t,
}: {
  readonly dataset: Dataset;
  readonly title: string;
  readonly t: Translate;
}) {
  const store = useAppStoreApi();
  const failed = (message: string) => t('panelFailed', { message });
  const story = useStoryShown();
  const fullUrl = () => {
    const search = formatUrlState(window.location.search, {
      ...selectSharedState(store.getState()),
      mode: 'explore',
      presentStep: 0,
    });
    return `${window.location.pathname}${search}`;
  };
  const [href, setHref] = useState(fullUrl);
  useEffect(() => store.subscribe(() => setHref(fullUrl())));
  const withMap = useAppStore(selectLayout) === 'map';
  return (
    <>
      <header className="embed-header">
        <h1 className="embed-title">{title}</h1>
        <a href={href} target="_blank" rel="noopener noreferrer" className="embed-open">
          {t('openFull')} ↗
        </a>
      </header>
      <TimePanel dataset={dataset} t={t} />
      {withMap && (
        <Panel id="map" title={t('mapHeading')} failedText={failed} className="panel-map">
          <LazyMapView dataset={dataset} />
        </Panel>
      )}
      {/* The story layout opens an event in place; the timeline shows it in the detail panel below. */}
      {!story && (
        <Panel id="detail" title={t('detailHeading')} failedText={failed} className="panel-detail">
          <DetailView dataset={dataset} />
        </Panel>
      )}
      <LazyReader dataset={dataset} />
    </>
  );
}

/** The page around the views: it chooses the mode (explore, present, embed) and draws loading and error states. */
export function AppShell({
  datasetId,
  dataUrl,
  ignoredParams,
}: {
  readonly datasetId: string | null;
  readonly dataUrl: string | null;
  readonly ignoredParams: readonly string[];
}) {
  const t = useT();
  const language = useAppStore(selectLanguage);
  const mode = useAppStore(selectMode);
  const highContrast = useAppStore(selectHighContrast);
  const layout = useAppStore(selectLayout);
  const draftId = useAppStore(selectDraftId);
  const { setMode, setDraftId } = useAppActions();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const story = useStoryShown();
  useUrlSync();
  useEmbedBridge(mode === 'embed');
  // In the editor, the dataset that was open stays loaded, to be copied by "Edit this story".
  const source = useDatasetSource(datasetId, dataUrl, mode === 'edit' ? null : draftId);
  const loaded = source.result?.ok ? source.result : null;
  const problems = source.result?.ok === false ? source.result : null;
  const dataset = loaded?.value.dataset;
  const fallback = dataset?.locales[0] ?? 'en';
  const title = dataset ? pickText(dataset.title, language, fallback) : null;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // Where the graph is on screen from the start (beside the timeline, or in a presentation),
  // its code is fetched while the dataset loads; on a narrow screen it waits for its tab.
  useEffect(() => {
    if (mode === 'present' || (mode === 'explore' && !narrow)) preloadGraphView();
  }, [mode, narrow]);
  useEffect(() => {
    if (story && (mode === 'explore' || mode === 'embed')) void loadStoryView().catch(() => undefined);
  }, [mode, story]);
  // Offline use starts once the story is on screen (or could not be): an embed, which never
  // needs storage, does without.
  const settled = Boolean(dataset) || source.error !== null;
  useEffect(() => {
    if (mode !== 'embed' && settled)
      void import('@/app/service-worker').then((m) => m.startServiceWorker()).catch(() => undefined);
  }, [mode, settled]);
  useEffect(() => {
    // document.title is plain text; the dataset's title never becomes markup.
    document.title = title ? `${title} · Linimasa` : 'Linimasa';
  }, [title]);

  const loading = (
    <p className="loading" role="status">
      {t('loadingDataset')}
    </p>
  );
  const ignored = [...ignoredParams, ...(source.unknownDatasetId ? ['dataset'] : [])];
  const status =
    source.error || problems ? (
      <Suspense fallback={loading}>
        <LoadError
          problems={problems}
          error={source.error}
          t={t}
          onRetry={source.retry}
          onBack={source.origin.kind === 'file' ? source.closeFile : undefined}
        />
      </Suspense>
    ) : dataset ? null : (
      loading
    );
  const theme = highContrast ? ' theme-high-contrast' : '';
  // The printable handout is only for printing: it loads once the page has settled.
  const handoutReady = useAfterStartup();
  // Its live region is in place long before a newer version can be: the worker registers after startup too.
  const updateNotice = handoutReady && (
    <Suspense fallback={null}>
      <UpdateNotice t={t} />
    </Suspense>
  );
  const banner = needsOriginBanner(source.origin) && (
    <Suspense fallback={null}>
      <OriginBanner
        origin={source.origin}
        t={t}
        onBackToEditor={() => setMode('edit')}
        onCloseDraft={() => setDraftId(null)}
      />
    </Suspense>
  );
  if (mode === 'edit') {
    return (
      <div className={`app app-edit${theme}`}>
        <Suspense fallback={loading}>
          <EditorPage dataset={dataset ?? null} />
        </Suspense>
      </div>
    );
  }

  if (mode === 'present' && dataset) {
    return (
      <div className={`app app-present${theme}`}>
        {banner}
        <Suspense fallback={loading}>
          <PresentationView
            dataset={dataset}
            graph={<LazyGraphView dataset={dataset} compact />}
            map={<LazyMapView dataset={dataset} compact />}
          />
          <ReaderView dataset={dataset} />
          <HandoutView dataset={dataset} />
        </Suspense>
        {updateNotice}
      </div>
    );
  }
  if (mode === 'embed') {
    return (
      <div className={`app app-embed${theme}`}>
        <main id="main">
          {banner}
          {status ?? (dataset && title && <EmbedLayout dataset={dataset} title={title} t={t} />)}
        </main>
      </div>
    );
  }
  return (
    <div className={`app${theme}`}>
      {/* On a narrow screen showing another view's tab, the timeline is a tab away: the link goes to its tab. */}
      <a
        className="skip-link"
        href={narrow && (layout === 'graph' || layout === 'map') && dataset ? '#tab-timeline' : '#timeline'}
      >
        {t('skipToContent')}
      </a>
      <DropZone t={t} onFile={source.openFile} />
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <div className="header-actions">
          <OpenDatasetButton t={t} onFile={source.openFile} />
          {dataset && (
            <button type="button" onClick={() => setMode('present')}>
              {t('present')}
            </button>
          )}
          {dataset && source.origin.kind !== 'file' && source.origin.kind !== 'draft' && (
            <EmbedButton dataset={dataset} t={t} />
          )}
          <button type="button" onClick={() => setMode('edit')} onPointerEnter={preloadEditor} onFocus={preloadEditor}>
            {t('writeOrEdit')}
          </button>
          <LanguageToggle />
        </div>
      </header>
      <main className="app-main" id="main">
        {banner}
        {source.refusedDataUrl && (
          <p className="notice" role="status">
            {t('dataRefused', { reason: source.refusedDataUrl })}
          </p>
        )}
        {title && <h1 className="dataset-title">{title}</h1>}
        {dataset?.description && (
          <p className="dataset-description">{pickText(dataset.description, language, fallback)}</p>
        )}
        {ignored.length > 0 && (
          <p className="notice" role="status">
            {t('ignoredParams', { params: ignored.map((p) => `${p}=`).join(', ') })}
          </p>
        )}
        {loaded && (loaded.value.format !== 'linimasa' || loaded.warnings.length > 0) && (
          <Suspense fallback={null}>
            <ImportReport loaded={loaded.value} warnings={loaded.warnings} t={t} />
          </Suspense>
        )}
        {status ?? (dataset && <Workspace dataset={dataset} t={t} />)}
      </main>
      <footer className="app-footer">
        {dataset?.credit && <p>{t('footerCredit', { credit: pickText(dataset.credit, language, fallback) })}</p>}
        <p>
          <a href={`${import.meta.env.BASE_URL}schema/linimasa-1.schema.json`}>{t('footerSchema')}</a>
        </p>
      </footer>
      {dataset && handoutReady && (
        <Suspense fallback={null}>
          <HandoutView dataset={dataset} />
        </Suspense>
      )}
      {updateNotice}
    </div>
  );
}
