/**
 * Classroom presentation: one event at a time, large, with its place in the
 * story and the actor graph as of that step. Keys: → Space PageDown next,
 * ← PageUp previous, Home End, F fullscreen, Esc leaves.
 */
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { pickText } from '@/domain/dataset/localized-text';
import type { Dataset } from '@/domain/dataset/model';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { Icon } from '@/components/icon';
import { selectHighContrast, selectLayout, selectPresentStep } from '@/store/selectors';
import { useAppActions, useAppStore, useAppStoreApi } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { StoryStrip } from '@/views/presentation/story-strip';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function toggleFullscreen(): void {
  try {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  } catch {
    // Inside a frame without allowfullscreen the request is refused; the slides still work.
  }
}

/**
 * The presentation of the (filtered) story, step by step; `graph` is the
 * actor graph to show beside each step, and `map`, when given, the map that
 * can take its place (a button switches; the choice is in the link).
 */
export function PresentationView({
  dataset,
  graph,
  map,
}: {
  readonly dataset: Dataset;
  readonly graph: ReactNode;
  readonly map?: ReactNode;
}) {
  const t = useT();
  const text = useEventText(dataset);
  const events = useFilteredEvents(dataset);
  const store = useAppStoreApi();
  const step = Math.min(useAppStore(selectPresentStep), events.length);
  const highContrast = useAppStore(selectHighContrast);
  const showMap = useAppStore(selectLayout) === 'map' && map !== undefined;
  const { setMode, setHighContrast, openReader, setLayout } = useAppActions();
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset]);

  const goTo = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(events.length, next));
      const event = events[clamped - 1];
      // One state change per step, so one history entry per step.
      store.setState({
        presentStep: clamped,
        selection: event ? { kind: 'event', id: event.id } : null,
        asOfStep: clamped,
      });
    },
    [events, store],
  );

  // Keep the graph and selection in step with a step that came from the URL.
  useEffect(() => {
    const event = events[step - 1];
    const state = store.getState();
    if (state.asOfStep !== step || (event && (state.selection?.kind !== 'event' || state.selection.id !== event.id))) {
      store.setState({ selection: event ? { kind: 'event', id: event.id } : null, asOfStep: step });
    }
  }, [events, step, store]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const onButton = e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.tagName === 'A');
      const current = store.getState().presentStep;
      const keys: Record<string, () => void> = {
        ArrowRight: () => goTo(current + 1),
        PageDown: () => goTo(current + 1),
        ArrowLeft: () => goTo(current - 1),
        PageUp: () => goTo(current - 1),
        Home: () => goTo(0),
        End: () => goTo(events.length),
        f: toggleFullscreen,
        F: toggleFullscreen,
        Escape: () => {
          if (!document.fullscreenElement) setMode('explore');
        },
      };
      if (e.key === ' ' && !onButton) keys[' '] = () => goTo(current + (e.shiftKey ? -1 : 1));
      const action = keys[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, events.length, setMode, store]);

  const event = events[step - 1];
  const fallback = dataset.locales[0] ?? 'en';
  return (
    <div className="presentation">
      <header className="presentation-bar">
        <p className="presentation-title">{pickText(dataset.title, text.language, fallback)}</p>
        <p className="presentation-progress" aria-live="polite">
          {t('stepProgress', { step, total: events.length })}
        </p>
        <div className="presentation-controls">
          <button type="button" onClick={() => goTo(step - 1)} disabled={step === 0} aria-label={t('previousEvent')}>
            <Icon name="arrow-left" />
          </button>
          <button
            type="button"
            onClick={() => goTo(step + 1)}
            disabled={step >= events.length}
            aria-label={t('nextEvent')}
          >
            <Icon name="arrow-right" />
          </button>
          <button type="button" onClick={toggleFullscreen}>
            {t('fullscreen')}
          </button>
          {map !== undefined && (
            <button type="button" aria-pressed={showMap} onClick={() => setLayout(showMap ? 'split' : 'map')}>
              {t('presentShowMap')}
            </button>
          )}
          <button type="button" aria-pressed={highContrast} onClick={() => setHighContrast(!highContrast)}>
            {t('highContrast')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('printHandout')}
          </button>
          <button type="button" onClick={() => setMode('explore')}>
            {t('leavePresentation')}
          </button>
        </div>
      </header>
      <main className="presentation-main" id="main">
        <section className="slide" aria-live="polite" aria-labelledby="slide-title">
          {event ? (
            <>
              <p className="slide-date">
                <time dateTime={event.date.edtf}>{text.date(event)}</time>
                {event.dateText && <span className="slide-date-text"> · “{text.text(event.dateText)}”</span>}
              </p>
              <h1 id="slide-title" className="slide-title">
                {text.text(event.title)}
              </h1>
              <p className="slide-type">
                <span className="swatch" style={{ background: QUAD_COLOURS[event.quad] }} aria-hidden="true" />{' '}
                {t(`type_${event.type}`)} · {[...event.actors.map(text.actorName)].join(', ')}
                {event.recipients.length > 0 && ` → ${event.recipients.map(text.actorName).join(', ')}`}
              </p>
              {event.summary && <p className="slide-summary">{text.text(event.summary)}</p>}
              {event.evidence[0] && (
                <figure className="slide-quote">
                  <blockquote lang={sources.get(event.evidence[0].source)?.language}>
                    <p>{event.evidence[0].quote}</p>
                  </blockquote>
                  <figcaption>
                    {sources.get(event.evidence[0].source)?.publisher}
                    {sources.get(event.evidence[0].source)?.via &&
                      `, ${t('evidenceVia', { via: sources.get(event.evidence[0].source)?.via ?? '' })}`}
                    {dataset.sourceTexts.has(event.evidence[0].source) && event.evidence[0].start !== undefined && (
                      <>
                        {' · '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => openReader({ eventId: event.id, evidenceIndex: 0 })}
                        >
                          {t('showInArticle')}
                        </button>
                      </>
                    )}
                  </figcaption>
                </figure>
              )}
            </>
          ) : (
            <>
              <h1 id="slide-title" className="slide-title">
                {pickText(dataset.title, text.language, fallback)}
              </h1>
              {dataset.description && (
                <p className="slide-summary">{pickText(dataset.description, text.language, fallback)}</p>
              )}
              <p className="slide-hint">{t('presentStart', { total: events.length })}</p>
            </>
          )}
        </section>
        <section className="slide-graph" aria-label={showMap ? t('mapHeading') : t('graphHeading')}>
          {showMap ? map : graph}
        </section>
      </main>
      <StoryStrip events={events} step={step} text={text} label={t('storySteps')} onStep={goTo} />
    </div>
  );
}
