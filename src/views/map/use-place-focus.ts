import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { nearestInDirection } from '@/viz/graph-marks';
import type { PlaceHandlers } from '@/views/map/map-chart';
import type { PlaceMark } from '@/views/map/use-map-marks';
import type { MapZoom } from '@/views/map/use-map-zoom';

const DIRECTIONS: Readonly<Record<string, 'left' | 'right' | 'up' | 'down'>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * Roving focus among the places' marks: one is in the tab order (the one
 * last focused, else the selected place, else the busiest); arrow keys go to
 * the nearest place in their direction and bring it into view; Enter or
 * Space selects, Escape clears; plus, minus and 0 zoom.
 */
export function usePlaceFocus(input: {
  readonly marks: readonly PlaceMark[];
  readonly selectedPlace: string | null;
  readonly zoom: MapZoom;
  readonly selectPlace: (id: string | null) => void;
  readonly hoverPlace: (id: string | null) => void;
}): { readonly handlers: PlaceHandlers; readonly tabStop: string | null } {
  const { marks, selectedPlace, selectPlace, hoverPlace } = input;
  const [activeId, setActiveId] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  // Handlers keep their identity, so the memoised marks do not redraw; they read the latest marks and zoom here.
  const latest = useRef(input);
  latest.current = input;
  const handlers = useMemo<PlaceHandlers>(
    () => ({
      select: (id) => selectPlace(id),
      hover: (id) => hoverPlace(id),
      focus: (id) => setActiveId(id),
      ref: (id, el) => {
        if (el) refs.current.set(id, el);
        else refs.current.delete(id);
      },
      keyDown: (e: KeyboardEvent<SVGGElement>, id) => {
        const { marks: list, zoom } = latest.current;
        const dir = DIRECTIONS[e.key];
        const from = list.find((m) => m.id === id);
        if (dir && from) {
          e.preventDefault();
          const next = nearestInDirection(from, list, dir);
          if (!next) return;
          setActiveId(next.id);
          refs.current.get(next.id)?.focus();
          zoom.reveal([next.x, next.y], 24);
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          selectPlace(id);
        } else if (e.key === 'Escape') selectPlace(null);
        else if (e.key === '+' || e.key === '=') zoom.zoomBy(1.5);
        else if (e.key === '-') zoom.zoomBy(1 / 1.5);
        else if (e.key === '0') zoom.fit();
      },
    }),
    [selectPlace, hoverPlace],
  );
  const has = (id: string | null): id is string => id !== null && marks.some((m) => m.id === id);
  const tabStop = has(activeId) ? activeId : has(selectedPlace) ? selectedPlace : (marks[0]?.id ?? null);
  return { handlers, tabStop };
}
