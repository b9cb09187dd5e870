/**
 * The timeline: a zoomable time axis with every event as a point or a bar,
 * labels stacked into lanes so none overlap, an overview strip for context and
 * jump buttons for the busy stretches. React draws every element; the zoom
 * gestures only listen on the SVG (see use-timeline-zoom.ts), the marks are
 * laid out in use-timeline-marks.ts and the keys handled in use-timeline-keyboard.ts.
 */
import { useEffect, useEffectEvent, useId, useMemo, useRef } from 'react';
import { datasetModel } from '@/data/dataset-model';
import { markInstant } from '@/domain/dataset/event-date';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { useMeasuredWidth } from '@/components/use-element-width';
import { useExportDecor } from '@/components/use-export-decor';
import { useEventText } from '@/components/use-event-text';
import { useAfterPaint } from '@/components/use-after-paint';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useHighlight } from '@/components/use-highlight';
import { useLaterThanAsOf } from '@/components/use-later-than-as-of';
import { formatUnitCount } from '@/domain/i18n/count-format';
import { findTimeBreaks, gapLength } from '@/domain/timeline/time-breaks';
import { selectHoveredEventId, selectLinearTime, selectSelectedEventId, selectTimeWindow } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { createBrokenWarp, createLinearWarp } from '@/viz/time-warp';
import { DensityChart } from '@/views/timeline/density-chart';
import { OverviewStrip } from '@/views/timeline/overview-strip';
import { AxisBreaks, TimeAxis } from '@/views/timeline/time-axis';
import { TimelineEdges } from '@/views/timeline/timeline-edges';
import { TimelineLegend } from '@/views/timeline/timeline-legend';
import { LANE_HEIGHT, TimelineMark } from '@/views/timeline/timeline-mark';
import { OverflowPills, TimelineTooltip } from '@/views/timeline/timeline-overlays';
import { TimelineToolbar } from '@/views/timeline/timeline-toolbar';
import { useTimelineKeyboard } from '@/views/timeline/use-timeline-keyboard';
import { useTimelineMarks } from '@/views/timeline/use-timeline-marks';
import { clusterWindow, useTimelineZoom } from '@/views/timeline/use-timeline-zoom';

const TOP = 10;
const AXIS_SPACE = 40;
const OVERFLOW_ROW = 26;
const MIN_LANES = 3;
const DENSITY_LANES = 7;

/** The width drawn at until the frame is measured, px. */
const FALLBACK_WIDTH = 800;
const NO_EVENTS: readonly TimelineEvent[] = [];

/** The timeline panel for one dataset. */
export function TimelineView({ dataset }: { readonly dataset: Dataset }) {
  const t = useT();
  const text = useEventText(dataset);
  const selectedId = useAppStore(selectSelectedEventId);
  const hoveredId = useAppStore(selectHoveredEventId);
  const storedWindow = useAppStore(selectTimeWindow);
  const { selectEvent, hoverEvent, setTimeWindow } = useAppActions();
  // Derived data (the padded range, runs, quads, positions) is the dataset's model's: worked out once per dataset.
  const model = datasetModel(dataset);
  const events = useFilteredEvents(dataset);
  const highlight = useHighlight(dataset);

  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // Null until measured: the first render then draws no marks rather than
  // every mark at a guessed width, to be drawn again before anything is painted.
  const measuredWidth = useMeasuredWidth(containerRef);
  const width = measuredWidth ?? FALLBACK_WIDTH;
  // The axis spans the whole dataset, so filtering never moves it.
  const domain = model.paddedDomain;
  // Long empty stretches are cut down to marked breaks, unless the reader asks for true time; the whole
  // dataset's, like the domain, so filtering never moves the axis.
  const linearTime = useAppStore(selectLinearTime);
  const { setLinearTime } = useAppActions();
  const timeBreaks = useMemo(() => findTimeBreaks(dataset.events), [dataset.events]);
  const warp = useMemo(
    () => (linearTime ? createLinearWarp(domain, width) : createBrokenWarp(timeBreaks, width, domain)),
    [linearTime, timeBreaks, domain, width],
  );
  const zoom = useTimelineZoom(svgRef, warp.domain, width, storedWindow, setTimeWindow, warp);
  const [w0, w1] = zoom.window;
  const laterThanAsOf = useLaterThanAsOf(events);

  const { toPx, ticks, layout, visibleIds } = useTimelineMarks(
    events,
    zoom.window,
    width,
    measuredWidth !== null,
    text,
    warp,
  );
  // The runs to jump to, the legend and the overview strip follow a filter once its answer is drawn above;
  // the strip's first drawing waits for the frame's width and follows the first drawing of the marks.
  const settledEvents = useAfterPaint(events);
  const stripEvents = useAfterPaint(measuredWidth === null ? NO_EVENTS : events);
  const clusters = model.clusters(settledEvents);
  const presentQuads = model.quads(settledEvents);
  const decor = useExportDecor(dataset);

  // Worked out when first asked (a key, a click): the first drawing of 100,000 events needs no map of them.
  const indexById = useMemo(() => ({ get: (id: string) => model.indexById(events).get(id) }), [model, events]);
  const keys = useTimelineKeyboard({
    events,
    indexById,
    marks: layout.marks,
    visibleIds,
    window: zoom.window,
    zoom,
    selectedId,
    selectEvent,
  });

  // A selection made elsewhere (the list, a link) is brought into view once, when it is made.
  const reveal = useEffectEvent((id: string) => {
    const event = events[indexById.get(id) ?? -1];
    if (event && !(event.date.latest >= w0 && event.date.earliest <= w1)) zoom.centerOn(markInstant(event));
  });
  useEffect(() => {
    if (selectedId) reveal(selectedId);
  }, [selectedId]);

  const tooltipId = useId();
  const dense = layout.bins.length > 0;
  const lanes = dense ? DENSITY_LANES : Math.max(layout.laneCount, MIN_LANES);
  const overflowTop = TOP + lanes * LANE_HEIGHT;
  const axisY = overflowTop + (layout.hidden.length > 0 ? OVERFLOW_ROW : 0);
  const height = axisY + AXIS_SPACE;
  const tipEventId = (hoveredId && visibleIds.has(hoveredId) && hoveredId) || keys.focusedId;
  const tipMark = tipEventId ? layout.marks.find((m) => m.event.id === tipEventId) : undefined;
  const zoomInto = (start: number, end: number) => zoom.zoomTo(clusterWindow(start, end));

  return (
    <div className="timeline-view">
      <TimelineToolbar
        zoom={zoom}
        clusters={clusters}
        chartRef={svgRef}
        fileBase={`${dataset.id}-timeline`}
        decor={() => decor(t('timelineHeading'), t('showingRange', { range: formatTimeRange(w0, w1, text.language) }))}
        language={text.language}
        t={t}
      />
      <div className="window-row">
        <p className="window-caption" aria-live="polite">
          {t('showingRange', { range: formatTimeRange(...zoom.settled, text.language) })}
        </p>
        {timeBreaks.breaks.length > 0 && (
          <button
            type="button"
            className="linear-time"
            aria-pressed={linearTime}
            onClick={() => setLinearTime(!linearTime)}
          >
            {t('linearTime')}
          </button>
        )}
      </div>
      <div className="timeline-frame" ref={containerRef} onKeyDown={keys.onChartKeyDown}>
        {events.length === 0 && <p className="empty-note">{t('noEvents')}</p>}
        <svg
          ref={svgRef}
          className="timeline-chart"
          width={width}
          height={height}
          role="group"
          aria-label={t('timelineLabel', { count: events.length })}
          onBlur={keys.onBlur}
        >
          <defs>
            <clipPath id="timeline-clip">
              <rect x={0} y={0} width={width} height={height} />
            </clipPath>
          </defs>
          <TimeAxis ticks={ticks} x={toPx} width={width} top={TOP - 6} bottom={axisY} />
          <AxisBreaks
            breaks={warp.breaks.map((b, i) => {
              const gap = timeBreaks.breaks[i] ?? { start: b.t0, end: b.t1 };
              const length = gapLength(gap.start, gap.end);
              return { start: b.t0, end: b.t1, label: formatUnitCount(text.language, length.unit, length.count) };
            })}
            x={toPx}
            width={width}
            top={TOP - 6}
            bottom={axisY}
          />
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
                tabbable={m.event.id === keys.tabStopId}
                describedBy={tipMark?.event.id === m.event.id ? tooltipId : undefined}
                markRef={keys.registerMark}
                onSelect={keys.onSelect}
                onHover={hoverEvent}
                onFocus={keys.onFocusMark}
                onKeyDown={keys.onMarkKeyDown}
              />
            ))}
          </g>
        </svg>
        <OverflowPills
          hidden={layout.hidden}
          top={overflowTop}
          width={width}
          language={text.language}
          t={t}
          onZoomInto={zoomInto}
        />
        {tipMark && <TimelineTooltip id={tooltipId} mark={tipMark} top={TOP} width={width} text={text} t={t} />}
      </div>
      <TimelineEdges
        events={events}
        window={zoom.window}
        before={layout.before}
        after={layout.after}
        t={t}
        onMoveTo={keys.moveTo}
      />
      <OverviewStrip
        events={stripEvents}
        domain={domain}
        breaks={linearTime ? [] : timeBreaks.breaks}
        window={zoom.window}
        width={width}
        label={t('overviewLabel')}
        onMove={zoom.centerOn}
      />
      <TimelineLegend t={t} presentQuads={presentQuads} />
    </div>
  );
}
