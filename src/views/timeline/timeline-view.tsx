/**
 * The timeline: a zoomable time axis with every event as a point or a bar,
 * labels stacked into lanes so none overlap, an overview strip for context and
 * jump buttons for the busy stretches. React draws every element; the zoom
 * gestures only listen on the SVG (see use-timeline-zoom.ts).
 */
import { bisector } from 'd3-array';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findClusters } from '@/domain/timeline/clusters';
import { perEvents } from '@/components/per-events';
import { prepareWhileChecking, prepareWhileDownloading } from '@/data/dataset-warm-up';
import { markInstant } from '@/domain/dataset/event-date';
import { primeDateFormats } from '@/domain/dates/format-date';
import { UI_LANGUAGES } from '@/domain/i18n/i18n';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { DownloadButtons } from '@/components/download-buttons';
import { useMeasuredWidth } from '@/components/use-element-width';
import { useExportDecor } from '@/components/use-export-decor';
import { useEventText } from '@/components/use-event-text';
import { useAfterPaint } from '@/components/use-after-paint';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useHighlight } from '@/components/use-highlight';
import { selectAsOfStep, selectHoveredEventId, selectSelectedEventId, selectTimeWindow } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { measureTextWidth, truncateToWidth } from '@/viz/measure-text';
import { createTimeScale } from '@/viz/time-scale';
import { createTimeTicks } from '@/viz/time-ticks';
import { createTimelineMarks, type TimelineMarksLayout } from '@/viz/timeline-marks';
import { DensityChart } from '@/views/timeline/density-chart';
import { OverviewStrip } from '@/views/timeline/overview-strip';
import { TimeAxis } from '@/views/timeline/time-axis';
import { TimelineLegend } from '@/views/timeline/timeline-legend';
import { LANE_HEIGHT, POINT_RADIUS, TimelineMark } from '@/views/timeline/timeline-mark';
import { MIN_WINDOW_MS, useTimelineZoom } from '@/views/timeline/use-timeline-zoom';
import { DAY_MS } from '@/domain/dates/day';

const TOP = 10;
const AXIS_SPACE = 40;
const OVERFLOW_ROW = 26;
const MAX_LANES = 12;
const MIN_LANES = 3;
/** Above this many events in view, the timeline draws their density; zooming in opens them into single marks. */
const MAX_MARKS = 400;
const DENSITY_LANES = 7;

/** The full time range to draw, ms since epoch UTC, with a margin on both sides. */
const paddedDomain = perEvents((events): readonly [number, number] => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const a = Number.isFinite(e.date.earliest) ? e.date.earliest : e.date.latest;
    const b = Number.isFinite(e.date.latest) ? e.date.latest : e.date.earliest;
    if (Number.isFinite(a)) lo = Math.min(lo, a);
    if (Number.isFinite(b)) hi = Math.max(hi, b);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    const now = Date.now();
    return [now - 365 * DAY_MS, now];
  }
  const pad = Math.max((hi - lo) * 0.04, 7 * DAY_MS);
  return [lo - pad, hi + pad];
});

const byEarliest = bisector((e: TimelineEvent) => e.date.earliest);

/** The latest-starting event that ends before `time`, searching back from where events start after it. */
function lastEndingBefore(events: readonly TimelineEvent[], time: number): TimelineEvent | undefined {
  for (let i = byEarliest.left(events, time) - 1; i >= 0; i--) {
    const e = events[i] as TimelineEvent;
    if (e.date.latest < time) return e;
  }
  return undefined;
}

/** The time window to show for a cluster, with room around it, at least a fortnight wide. */
function clusterWindow(start: number, end: number): [number, number] {
  const span = Math.max(end - start, 14 * DAY_MS, MIN_WINDOW_MS);
  const mid = start + (end - start) / 2;
  return [mid - span * 0.6, mid + span * 0.6];
}

/** The width drawn at until the frame is measured, px. */
const FALLBACK_WIDTH = 800;
const NO_EVENTS: readonly TimelineEvent[] = [];
/** What the first render, before the frame is measured, draws: nothing. */
const NO_MARKS: TimelineMarksLayout = { marks: [], bins: [], inView: 0, hidden: [], laneCount: 0, before: 0, after: 0 };

// Worked out once per events array: a search and its clearing come back to the same arrays.
const clustersOf = perEvents((events) => findClusters(events));
const quadsOf = perEvents((events) => new Set(events.map((e) => e.quad)));
const indexByIdOf = perEvents((events) => new Map(events.map((e, i) => [e.id, i])));
prepareWhileDownloading(() => UI_LANGUAGES.forEach(primeDateFormats));
prepareWhileChecking(({ events }) => {
  paddedDomain(events);
  clustersOf(events);
  quadsOf(events);
});

/** The timeline panel for one dataset. */
export function TimelineView({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const text = useEventText(dataset);
  const selectedId = useAppStore(selectSelectedEventId);
  const hoveredId = useAppStore(selectHoveredEventId);
  const settledWindow = useAppStore(selectTimeWindow);
  const asOfStep = useAppStore(selectAsOfStep);
  const { selectEvent, hoverEvent, setTimeWindow } = useAppActions();
  const events = useFilteredEvents(dataset);
  const highlight = useHighlight(dataset);

  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // Null until measured: the first render then draws no marks rather than
  // every mark at a guessed width, to be drawn again before anything is painted.
  const measuredWidth = useMeasuredWidth(containerRef);
  const width = measuredWidth ?? FALLBACK_WIDTH;
  // The axis spans the whole dataset, so filtering never moves it.
  const domain = useMemo(() => paddedDomain(dataset.events), [dataset.events]);
  const [initialWindow] = useState(settledWindow);
  const zoom = useTimelineZoom(svgRef, domain, width, initialWindow, setTimeWindow);
  const [w0, w1] = zoom.window;

  // A window set from outside (Back, a restored link) moves the view; our own settled windows match already.
  useEffect(() => {
    if (!settledWindow) return;
    const [s0, s1] = settledWindow;
    const span = w1 - w0;
    if (Math.abs(s0 - w0) + Math.abs(s1 - w1) > span * 0.01) zoom.zoomTo(settledWindow);
    // Only when the stored window changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settledWindow]);
  const laterThanAsOf = useMemo(
    () => (asOfStep === null ? null : new Set(events.slice(asOfStep).map((e) => e.id))),
    [events, asOfStep],
  );

  const x = useMemo(() => createTimeScale([w0, w1], [0, width]), [w0, w1, width]);
  const toPx = useCallback((time: number) => x(time), [x]);
  const ticks = useMemo(() => createTimeTicks(w0, w1, width, text.language), [w0, w1, width, text.language]);
  const layout = useMemo(
    () =>
      measuredWidth === null
        ? NO_MARKS
        : createTimelineMarks(events, [w0, w1], toPx, (e) => text.text(e.title), measureTextWidth, truncateToWidth, {
            width,
            maxLanes: MAX_LANES,
            maxLabelWidth: Math.max(120, Math.min(320, width * 0.45)),
            pointRadius: POINT_RADIUS,
            bucketWidth: 48,
            maxMarks: MAX_MARKS,
            binWidth: 6,
          }),
    [events, w0, w1, toPx, text, width, measuredWidth],
  );
  // The runs to jump to, the legend and the overview strip follow a filter once its answer is drawn above;
  // the strip's first drawing waits for the frame's width and follows the first drawing of the marks.
  const settledEvents = useAfterPaint(events);
  const stripEvents = useAfterPaint(measuredWidth === null ? NO_EVENTS : events);
  const clusters = clustersOf(settledEvents);
  const presentQuads = quadsOf(settledEvents);
  const decor = useExportDecor(dataset);

  // Roving focus: one mark is in the tab order; arrow keys move among all events in time order.
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const markRefs = useRef(new Map<string, SVGGElement>());
  const visibleIds = useMemo(() => new Set(layout.marks.map((m) => m.event.id)), [layout]);
  // Worked out when first asked (a key, a click): the first drawing of 100,000 events needs no map of them.
  const indexById = useMemo(() => ({ get: (id: string) => indexByIdOf(events).get(id) }), [events]);
  const tabStopId =
    (activeId && visibleIds.has(activeId) && activeId) ||
    (selectedId && visibleIds.has(selectedId) && selectedId) ||
    layout.marks.reduce<TimelineEvent | null>(
      (first, m) => (!first || m.event.date.earliest < first.date.earliest ? m.event : first),
      null,
    )?.id ||
    null;

  useEffect(() => {
    const id = pendingFocus.current;
    if (id && visibleIds.has(id)) {
      pendingFocus.current = null;
      markRefs.current.get(id)?.focus();
    }
  });

  const isInView = useCallback(
    (e: TimelineEvent) => e.date.latest >= w0 && e.date.earliest <= w1 && visibleIds.has(e.id),
    [w0, w1, visibleIds],
  );

  const moveTo = useCallback(
    (index: number) => {
      const target = events[Math.max(0, Math.min(events.length - 1, index))];
      if (!target) return;
      setActiveId(target.id);
      pendingFocus.current = target.id;
      if (!isInView(target)) zoom.centerOn(markInstant(target));
      else markRefs.current.get(target.id)?.focus();
    },
    [events, isInView, zoom],
  );

  // A selection made elsewhere (the list, a link) is brought into view.
  useEffect(() => {
    if (!selectedId) return;
    const event = events[indexById.get(selectedId) ?? -1];
    if (event && !(event.date.latest >= w0 && event.date.earliest <= w1)) zoom.centerOn(markInstant(event));
    // Only when the selection changes, not on every zoom frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  const onMarkKeyDown = useCallback(
    (e: KeyboardEvent<SVGGElement>, id: string) => {
      const index = indexById.get(id) ?? 0;
      if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return;
      const moves: Record<string, number> = {
        ArrowRight: index + 1,
        ArrowDown: index + 1,
        ArrowLeft: index - 1,
        ArrowUp: index - 1,
        Home: 0,
        End: events.length - 1,
      };
      const next = moves[e.key];
      if (next !== undefined) {
        e.preventDefault();
        e.stopPropagation();
        moveTo(next);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        selectEvent(id);
      } else if (e.key === 'Escape') {
        selectEvent(null);
      }
    },
    [indexById, events.length, moveTo, selectEvent],
  );

  const onChartKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Zoom around the focused event, so it stays in view.
    const focused = focusedId ? events[indexById.get(focusedId) ?? -1] : undefined;
    const anchor = focused ? markInstant(focused) : undefined;
    const actions: Record<string, () => void> = {
      '+': () => zoom.zoomBy(2, anchor),
      '=': () => zoom.zoomBy(2, anchor),
      '-': () => zoom.zoomBy(0.5, anchor),
      _: () => zoom.zoomBy(0.5, anchor),
      '0': () => zoom.fit(),
    };
    if (e.shiftKey && e.key === 'ArrowLeft') actions.ArrowLeft = () => zoom.panBy(-0.25);
    if (e.shiftKey && e.key === 'ArrowRight') actions.ArrowRight = () => zoom.panBy(0.25);
    const action = actions[e.key];
    if (action && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      action();
    }
  };

  const onSelect = useCallback(
    (id: string) => {
      setActiveId(id);
      selectEvent(id);
    },
    [selectEvent],
  );
  const onFocusMark = useCallback((id: string) => {
    setActiveId(id);
    setFocusedId(id);
  }, []);

  const tooltipId = useId();
  const dense = layout.bins.length > 0;
  const lanes = dense ? DENSITY_LANES : Math.max(layout.laneCount, MIN_LANES);
  const overflowTop = TOP + lanes * LANE_HEIGHT;
  const axisY = overflowTop + (layout.hidden.length > 0 ? OVERFLOW_ROW : 0);
  const height = axisY + AXIS_SPACE;
  const tipEventId = (hoveredId && visibleIds.has(hoveredId) && hoveredId) || focusedId;
  const tipMark = tipEventId ? layout.marks.find((m) => m.event.id === tipEventId) : undefined;
  const nearestBefore = layout.before > 0 ? lastEndingBefore(events, w0) : undefined;
  const nearestAfter = layout.after > 0 ? events[byEarliest.right(events, w1)] : undefined;

  return (
    <div className="timeline-view">
      <div className="timeline-toolbar">
        <div className="zoom-buttons" role="group" aria-label={t('zoomControls')}>
          <button type="button" onClick={() => zoom.zoomBy(2)} aria-label={t('zoomIn')} title={t('zoomIn')}>
            +
          </button>
          <button type="button" onClick={() => zoom.zoomBy(0.5)} aria-label={t('zoomOut')} title={t('zoomOut')}>
            −
          </button>
          <button type="button" onClick={() => zoom.fit()}>
            {t('zoomFit')}
          </button>
          <button type="button" onClick={() => zoom.panBy(-0.5)} aria-label={t('panEarlier')} title={t('panEarlier')}>
            ←
          </button>
          <button type="button" onClick={() => zoom.panBy(0.5)} aria-label={t('panLater')} title={t('panLater')}>
            →
          </button>
          <DownloadButtons
            chartRef={svgRef}
            fileBase={`${dataset.id}-timeline`}
            labels={{ svg: t('downloadSvg'), png: t('downloadPng') }}
            decor={() =>
              decor(t('timelineHeading'), t('showingRange', { range: formatTimeRange(w0, w1, text.language) }))
            }
          />
        </div>
        {clusters.length > 1 && (
          <div className="cluster-buttons" role="group" aria-label={t('jumpTo')}>
            <span className="cluster-caption" aria-hidden="true">
              {t('jumpTo')}:
            </span>
            {clusters.map((c) => (
              <button key={c.firstEventId} type="button" onClick={() => zoom.zoomTo(clusterWindow(c.start, c.end))}>
                {formatTimeRange(c.start, c.end, text.language)}
                <span className="cluster-count">
                  {' '}
                  · {c.count === 1 ? t('clusterEvent') : t('clusterEvents', { count: c.count })}
                </span>
              </button>
            ))}
          </div>
        )}
      </div>
      <p className="window-caption" aria-live="polite">
        {t('showingRange', { range: formatTimeRange(...(settledWindow ?? domain), text.language) })}
      </p>
      <div className="timeline-frame" ref={containerRef} onKeyDown={onChartKeyDown}>
        {events.length === 0 && <p className="empty-note">{t('noEvents')}</p>}
        <svg
          ref={svgRef}
          className="timeline-chart"
          width={width}
          height={height}
          role="group"
          aria-label={t('timelineLabel', { count: events.length })}
          onBlur={() => setFocusedId(null)}
        >
          <defs>
            <clipPath id="timeline-clip">
              <rect x={0} y={0} width={width} height={height} />
            </clipPath>
          </defs>
          <TimeAxis ticks={ticks} x={toPx} top={TOP - 6} bottom={axisY} />
          <g clipPath="url(#timeline-clip)">
            {dense && (
              <DensityChart
                bins={layout.bins}
                top={TOP}
                height={lanes * LANE_HEIGHT - 4}
                label={t('densityLabel', { count: layout.inView })}
                onZoomInto={(start, end) =>
                  zoom.zoomTo(clusterWindow(start - (end - start) * 8, end + (end - start) * 8))
                }
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    zoom.zoomBy(4);
                  }
                }}
              />
            )}
            {layout.marks.map((m) => (
              <TimelineMark
                key={m.event.id}
                datum={m}
                y={TOP + m.lane * LANE_HEIGHT + LANE_HEIGHT / 2}
                name={text.name(m.event)}
                selected={m.event.id === selectedId}
                hovered={m.event.id === hoveredId}
                dimmed={
                  (highlight.eventIds !== null && !highlight.eventIds.has(m.event.id)) ||
                  (laterThanAsOf?.has(m.event.id) ?? false)
                }
                tabbable={m.event.id === tabStopId}
                describedBy={tipMark?.event.id === m.event.id ? tooltipId : undefined}
                markRef={(el) => {
                  if (el) markRefs.current.set(m.event.id, el);
                  else markRefs.current.delete(m.event.id);
                }}
                onSelect={onSelect}
                onHover={hoverEvent}
                onFocus={onFocusMark}
                onKeyDown={onMarkKeyDown}
              />
            ))}
          </g>
        </svg>
        {layout.hidden.map((b) => (
          <button
            key={b.x}
            type="button"
            className="overflow-pill"
            style={{ left: Math.max(0, Math.min(width - 44, b.x - 20)), top: overflowTop + 2 }}
            aria-label={t('moreHereLabel', {
              count: b.events.length,
              date: formatTimeRange(b.start, b.end, text.language),
            })}
            onClick={() => zoom.zoomTo(clusterWindow(b.start, b.end))}
          >
            +{b.events.length}
          </button>
        ))}
        {tipMark && (
          <div
            id={tooltipId}
            role="tooltip"
            className="timeline-tooltip"
            style={{
              left: Math.max(0, Math.min(width - 280, tipMark.x0 - 20)),
              top: TOP + (tipMark.lane + 1) * LANE_HEIGHT + 4,
            }}
          >
            <strong>{text.text(tipMark.event.title)}</strong>
            <span>
              {text.date(tipMark.event)}
              {tipMark.event.dateText && ` · “${text.text(tipMark.event.dateText)}”`}
            </span>
            <span>{t(`type_${tipMark.event.type}`)}</span>
          </div>
        )}
      </div>
      <div className="timeline-edges">
        {nearestBefore ? (
          <button
            type="button"
            onClick={() => moveTo(indexById.get(nearestBefore.id) ?? 0)}
            aria-label={t('earlierEventsLabel', { count: layout.before })}
          >
            ← {t('earlierEvents', { count: layout.before })}
          </button>
        ) : (
          <span />
        )}
        {nearestAfter ? (
          <button
            type="button"
            onClick={() => moveTo(indexById.get(nearestAfter.id) ?? 0)}
            aria-label={t('laterEventsLabel', { count: layout.after })}
          >
            {t('laterEvents', { count: layout.after })} →
          </button>
        ) : (
          <span />
        )}
      </div>
      <OverviewStrip
        events={stripEvents}
        domain={domain}
        window={zoom.window}
        width={width}
        label={t('overviewLabel')}
        onMove={zoom.centerOn}
      />
      <TimelineLegend t={t} presentQuads={presentQuads} />
    </div>
  );
}
