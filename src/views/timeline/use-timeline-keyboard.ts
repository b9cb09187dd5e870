import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { markInstant } from '@/domain/dataset/event-date';
import type { TimelineEvent } from '@/domain/dataset/model';
import type { TimelineMarkDatum } from '@/viz/timeline-marks';
import type { TimelineZoom } from '@/views/timeline/use-timeline-zoom';

/** The timeline's keyboard: which mark is in the tab order, which has focus, and what the keys do. */
export interface TimelineKeyboard {
  /** The one mark in the tab order (roving focus), or null when none is drawn. */
  readonly tabStopId: string | null;
  /** The mark that has focus, or null. */
  readonly focusedId: string | null;
  /** Keeps the drawn marks' elements, by event id, so focus can move to them. */
  registerMark: (id: string, element: SVGGElement | null) => void;
  /** Brings `event` into view and moves focus to it. */
  moveTo: (event: TimelineEvent) => void;
  /** Arrow keys, Home and End move among all events in time order; Enter or Space selects; Escape clears. */
  onMarkKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  /** `+`, `-` zoom around the focused event, `0` fits, Shift+arrows pan. */
  onChartKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onSelect: (id: string) => void;
  onFocusMark: (id: string) => void;
  onBlur: () => void;
}

/**
 * Roving focus over the timeline's marks: one mark is in the tab order, and
 * arrow keys move among all events in time order, bringing the next one into
 * view (ms since epoch UTC for `window`) when it is not drawn.
 */
export function useTimelineKeyboard({
  events,
  indexById,
  marks,
  visibleIds,
  window: [w0, w1],
  zoom,
  selectedId,
  selectEvent,
}: {
  /** The events shown, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly indexById: { get: (id: string) => number | undefined };
  readonly marks: readonly TimelineMarkDatum[];
  readonly visibleIds: ReadonlySet<string>;
  readonly window: readonly [number, number];
  readonly zoom: TimelineZoom;
  readonly selectedId: string | null;
  readonly selectEvent: (id: string | null) => void;
}): TimelineKeyboard {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const markRefs = useRef(new Map<string, SVGGElement>());
  const firstId = useMemo(
    () =>
      marks.reduce<TimelineEvent | null>(
        (first, m) => (!first || m.event.date.earliest < first.date.earliest ? m.event : first),
        null,
      )?.id ?? null,
    [marks],
  );
  const tabStopId =
    (activeId && visibleIds.has(activeId) && activeId) ||
    (selectedId && visibleIds.has(selectedId) && selectedId) ||
    firstId;

  // A mark asked for by a key is focused once it is drawn.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id && visibleIds.has(id)) {
      pendingFocus.current = null;
      markRefs.current.get(id)?.focus();
    }
  });

  const registerMark = useCallback((id: string, element: SVGGElement | null) => {
    if (element) markRefs.current.set(id, element);
    else markRefs.current.delete(id);
  }, []);

  const isInView = useCallback(
    (e: TimelineEvent) => e.date.latest >= w0 && e.date.earliest <= w1 && visibleIds.has(e.id),
    [w0, w1, visibleIds],
  );

  // The zoom's commands are stable, the object holding them is new each frame: marks keep their handlers.
  const { centerOn } = zoom;
  const moveTo = useCallback(
    (target: TimelineEvent) => {
      setActiveId(target.id);
      pendingFocus.current = target.id;
      if (!isInView(target)) centerOn(markInstant(target));
      else markRefs.current.get(target.id)?.focus();
    },
    [isInView, centerOn],
  );

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
        const target = events[Math.max(0, Math.min(events.length - 1, next))];
        if (target) moveTo(target);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        selectEvent(id);
      } else if (e.key === 'Escape') {
        selectEvent(null);
      }
    },
    [indexById, events, moveTo, selectEvent],
  );

  const onChartKeyDown = (e: KeyboardEvent<HTMLElement>) => {
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
  const onBlur = useCallback(() => setFocusedId(null), []);

  return { tabStopId, focusedId, registerMark, moveTo, onMarkKeyDown, onChartKeyDown, onSelect, onFocusMark, onBlur };
}
