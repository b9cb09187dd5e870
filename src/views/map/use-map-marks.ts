import { useMemo } from 'react';
import type { Dataset, GeoPoint, Place, QuadClass } from '@/domain/dataset/model';
import type { MapTally, StateRelation } from '@/domain/places/place-tally';
import { placeLabels, type PlacedLabel } from '@/viz/label-placement';
import { measureTextWidth } from '@/viz/measure-text';
import type { MapGeometry } from '@/viz/map-geometry';
import {
  arcBetween,
  arcPathData,
  arcWidth,
  placePositions,
  placeRadius,
  projectedPoints,
  stateAnchors,
} from '@/viz/map-marks';
import { applyTransform, type ZoomTransform } from '@/viz/zoom-transform';

/** Most arcs drawn: a flow map of thousands of arcs shows nothing, and each costs the page. */
export const MAX_ARCS = 250;

/** One place's mark: where it sits in map px, and its radius in screen px (it keeps its size at any zoom). */
export interface PlaceMark {
  readonly id: string;
  readonly place: Place;
  /** Map px. */
  readonly x: number;
  readonly y: number;
  /** Screen px. */
  readonly r: number;
  readonly count: number;
  readonly quad: QuadClass | null;
  /** The place is a source's dateline. */
  readonly dateline: boolean;
}

/** One relation's arc, screen px. */
export interface ArcMark {
  readonly relation: StateRelation;
  readonly d: string;
  readonly width: number;
}

/** A name drawn on the map: a place's or a state's. */
export interface MapLabel {
  readonly id: string;
  readonly text: string;
  readonly placed: PlacedLabel;
  readonly kind: 'place' | 'state';
}

/** The map's marks at one view. */
export interface MapMarks {
  /** Places with events (or datelines), largest first so small marks lie on top. */
  readonly places: readonly PlaceMark[];
  readonly arcs: readonly ArcMark[];
  readonly labels: readonly MapLabel[];
  /** Relations between states that could be drawn (both ends on the map). */
  readonly drawableRelations: number;
}

const LABEL_HEIGHT = 16;
/** Most places offered a name: the busiest; the others' names are in their marks and in the list. */
const MAX_LABELLED = 200;

/**
 * Places' marks (map px, the same at any zoom), and the arcs and names for
 * `view` (map px → screen px), worked out again once a gesture rests, never
 * on each of its frames.
 */
export function useMapMarks(input: {
  readonly dataset: Dataset;
  readonly geometry: MapGeometry | undefined;
  /** The points the geometry was asked to project, in order. */
  readonly points: readonly GeoPoint[];
  readonly tally: MapTally;
  readonly datelines: ReadonlySet<string>;
  readonly view: ZoomTransform;
  readonly width: number;
  readonly height: number;
  /** Relations the person is working with, drawn even beyond `MAX_ARCS`. */
  readonly litRelations: ReadonlySet<string> | null;
  readonly placeName: (place: Place) => string;
  readonly stateName: (code: string) => string | null;
}): MapMarks {
  const { dataset, geometry, points, tally, datelines, view, width, height, litRelations, placeName, stateName } =
    input;
  const places = dataset.places;
  const located = useMemo(() => {
    if (!geometry) return null;
    const project = projectedPoints(points, geometry.points);
    const anchors = new Map(geometry.anchors.map(([code, x, y]) => [code, [x, y] as const]));
    return {
      places: placePositions(places ?? [], project, anchors),
      states: stateAnchors(places ?? [], project, anchors),
    };
  }, [geometry, points, places]);

  const placeMarks = useMemo(() => {
    if (!located) return [];
    const marks: PlaceMark[] = [];
    for (const place of places ?? []) {
      const at = located.places.get(place.id);
      const tallied = tally.places.get(place.id);
      const dateline = datelines.has(place.id);
      if (!at || (!tallied && !dateline)) continue;
      const count = tallied?.count ?? 0;
      marks.push({
        id: place.id,
        place,
        x: at[0],
        y: at[1],
        r: placeRadius(count, tally.maxPlaceCount),
        count,
        quad: tallied?.dominantQuad ?? null,
        dateline,
      });
    }
    return marks.sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : 1));
  }, [located, places, tally, datelines]);

  const { arcs, drawable } = useMemo(() => {
    if (!located) return { arcs: [], drawable: 0 };
    const ends = tally.relations.filter((r) => located.states.has(r.source) && located.states.has(r.target));
    const busiest = ends.slice(0, MAX_ARCS);
    const extra = litRelations ? ends.slice(MAX_ARCS).filter((r) => litRelations.has(r.id)) : [];
    const max = ends[0]?.count ?? 1;
    const out: ArcMark[] = [];
    for (const relation of [...busiest, ...extra]) {
      const from = located.states.get(relation.source);
      const to = located.states.get(relation.target);
      const arc = from && to ? arcBetween(applyTransform(view, from), applyTransform(view, to)) : null;
      if (arc) out.push({ relation, d: arcPathData(arc), width: arcWidth(relation.count, max) });
    }
    // The busiest on top.
    return { arcs: out.reverse(), drawable: ends.length };
  }, [located, tally, view, litRelations]);

  const labels = useMemo(() => {
    if (!located) return [];
    const texts = new Map<string, { text: string; kind: MapLabel['kind'] }>();
    const inputs = placeMarks.slice(0, MAX_LABELLED).map((m) => {
      const text = placeName(m.place);
      const [x, y] = applyTransform(view, [m.x, m.y]);
      texts.set(`place:${m.id}`, { text, kind: 'place' });
      return {
        id: `place:${m.id}`,
        x,
        y,
        r: m.r,
        width: measureTextWidth(text) + 4,
        height: LABEL_HEIGHT,
        priority: 1e9 + m.count,
      };
    });
    // States' names at their anchors, unless a place's mark already names the country there.
    const named = new Set(placeMarks.filter((m) => m.place.kind === 'country').map((m) => m.place.country));
    for (const [code, tallied] of tally.countries) {
      const at = located.states.get(code);
      const text = named.has(code) ? null : stateName(code);
      if (!at || !text) continue;
      const [x, y] = applyTransform(view, at);
      texts.set(`state:${code}`, { text, kind: 'state' });
      inputs.push({
        id: `state:${code}`,
        x,
        y,
        r: 2,
        width: measureTextWidth(text) + 4,
        height: LABEL_HEIGHT,
        priority: tallied.count,
      });
    }
    // The marks without a name are still obstacles a name must clear.
    const obstacles = placeMarks.slice(MAX_LABELLED).map((m) => {
      const [x, y] = applyTransform(view, [m.x, m.y]);
      return { x, y, r: m.r };
    });
    const { placed } = placeLabels(inputs, { width, height }, obstacles);
    return placed.flatMap((p): MapLabel[] => {
      const label = texts.get(p.id);
      return label ? [{ id: p.id, text: label.text, kind: label.kind, placed: p }] : [];
    });
  }, [located, placeMarks, tally, view, width, height, placeName, stateName]);

  return { places: placeMarks, arcs, labels, drawableRelations: drawable };
}
