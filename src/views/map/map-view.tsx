/**
 * The map: where the story happened. States taking part are shaded (by
 * events or by the kind of act that dominates), places are marks sized by
 * their events, relations between states are arcs coloured like the actor
 * graph's. It follows the filters, the timeline's window and the graph's
 * "as of" step, and links both ways through the store: a hovered or
 * selected event lights its places, a selected place its events. The view
 * is fitted to the dataset's places (see viz/map-projection.ts); zooming
 * moves what is drawn by a CSS transform and redraws once the gesture rests.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Dataset, Place } from '@/domain/dataset/model';
import { parseRelationId } from '@/domain/graph/relation-id';
import { mapFocusOf } from '@/domain/places/map-focus';
import { countryName } from '@/domain/places/country-names';
import { stateCountries, statesByCountry } from '@/domain/places/place-tally';
import { useAfterPaint } from '@/components/use-after-paint';
import { useElementWidth } from '@/components/use-element-width';
import { useEventText } from '@/components/use-event-text';
import { useExportDecor } from '@/components/use-export-decor';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useHighlight } from '@/components/use-highlight';
import { useProgressiveCount } from '@/components/use-progressive-count';
import { useSettled } from '@/components/use-settled';
import { useShownEvents } from '@/components/use-shown-events';
import { mapGeometryQuery } from '@/data/map-geometry-query';
import { selectAsOfStep, selectSelection, selectTimeWindow } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { useMapT } from '@/views/map/use-map-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { drawnExtent } from '@/viz/map-geometry';
import { stateFill } from '@/viz/map-marks';
import { RelationMarkers } from '@/components/relation-markers';
import { MapArcs, MapBase, MapLabels, PlaceMarks, type CountryLook } from '@/views/map/map-chart';
import { MapLegend } from '@/views/map/map-legend';
import { MapPlaceList } from '@/views/map/map-place-list';
import { MAX_ARCS, useMapMarks, type PlaceMark } from '@/views/map/use-map-marks';
import { useMapTally } from '@/views/map/use-map-tally';
import { useMapZoom } from '@/views/map/use-map-zoom';
import { MapToolbar, type ShadeBy } from '@/views/map/map-toolbar';
import { usePlaceFocus } from '@/views/map/use-place-focus';

const PADDING = 28;
const MARKS_PER_FRAME = 100;

/** The map panel for one dataset; `compact` leaves out the toolbar and the list (a presentation drives it). */
export function MapView({ dataset, compact = false }: { readonly dataset: Dataset; readonly compact?: boolean }) {
  const t = useT();
  const mt = useMapT();
  const text = useEventText(dataset);
  const filtered = useAfterPaint(useFilteredEvents(dataset));
  const timeWindow = useAfterPaint(useAppStore(selectTimeWindow));
  const asOfStep = useAppStore(selectAsOfStep);
  const selection = useAppStore(selectSelection);
  const highlight = useHighlight(dataset);
  const { selectPlace, hoverPlace, selectActor, hoverActor } = useAppActions();
  const [shadeBy, setShadeBy] = useState<ShadeBy>('count');
  const markerId = useId().replace(/:/g, '');
  const decor = useExportDecor(dataset);

  // What the map shows: the filtered events in the timeline's window, or the first N in "as of" mode, as the graph does.
  const shown = useShownEvents(filtered, timeWindow, asOfStep);
  const tally = useMapTally(dataset, shown);
  const focus = useMemo(() => mapFocusOf(dataset), [dataset]);
  const datelines = useMemo(
    () => new Set(dataset.sources.flatMap((s) => (s.place ? [s.place] : []))),
    [dataset.sources],
  );
  const countryOf = useMemo(() => stateCountries(dataset.actors), [dataset.actors]);
  const statesOf = useMemo(() => statesByCountry(dataset.actors), [dataset.actors]);

  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(frameRef, 600);
  const height = compact
    ? Math.max(300, Math.min(620, Math.round(width * 0.8)))
    : Math.max(280, Math.min(560, Math.round(width * (width < 500 ? 0.9 : 0.62))));
  const query = useQuery({
    ...mapGeometryQuery({ focus, width, height, padding: PADDING }),
    placeholderData: keepPreviousData,
  });
  const geometry = query.data;

  const zoom = useMapZoom(
    frameRef,
    useMemo(() => drawnExtent(width, height), [width, height]),
  );
  const live = zoom.transform;
  const view = useSettled(live, 120);
  const ratio = live.k / view.k;
  const delta = { k: ratio, x: live.x - ratio * view.x, y: live.y - ratio * view.y };

  const stateName = useCallback(
    (code: string) => {
      const state = statesOf.get(code)?.[0];
      return state ? text.actorName(state) : countryName(code, text.language);
    },
    [statesOf, text],
  );
  const placeName = useCallback(
    (place: Place) => {
      const name = text.text(place.name);
      return place.kind !== 'country' && place.country ? `${name}, ${stateName(place.country)}` : name;
    },
    [text, stateName],
  );

  // The states and relations the selection or hover lights, as countries and pairs of countries.
  const litCodes = useMemo(() => {
    if (!highlight.actorIds) return null;
    const codes = new Set<string>();
    for (const id of highlight.actorIds) {
      const code = countryOf.get(id);
      if (code) codes.add(code);
    }
    return codes;
  }, [highlight.actorIds, countryOf]);
  const litRelations = useMemo(() => {
    if (!highlight.relationIds) return null;
    const pairs = new Set<string>();
    for (const id of highlight.relationIds) {
      const ends = parseRelationId(id);
      const from = ends && countryOf.get(ends.source);
      const to = ends && countryOf.get(ends.target);
      if (from && to && from !== to) pairs.add(`${from}->${to}`);
    }
    return pairs;
  }, [highlight.relationIds, countryOf]);
  const selectedState =
    selection?.kind === 'actor' && dataset.actors.some((a) => a.id === selection.id && a.kind === 'state')
      ? (countryOf.get(selection.id) ?? null)
      : null;
  const selectedPlace = selection?.kind === 'place' ? selection.id : null;

  const marks = useMapMarks({
    dataset,
    geometry,
    points: focus.points,
    tally,
    datelines,
    view,
    width,
    height,
    litRelations,
    placeName,
    stateName,
  });

  const lookOf = useCallback(
    (code: string | null): CountryLook | null => {
      const tallied = code ? tally.countries.get(code) : undefined;
      if (!code || !tallied) return null;
      return {
        fill: stateFill(tallied.count, tally.maxCountryCount, tallied.dominantQuad, shadeBy),
        opacity: shadeBy === 'quad' ? 0.45 : 1,
        faded: litCodes !== null && !litCodes.has(code),
        selected: code === selectedState,
        stateId: statesOf.get(code)?.[0] ?? null,
        title: mt('stateName', { name: stateName(code), count: tallied.count }),
      };
    },
    [tally, shadeBy, litCodes, selectedState, statesOf, stateName, mt],
  );
  const onState = useCallback(
    (id: string | null, hover: boolean) => (hover ? hoverActor(id) : selectActor(id)),
    [hoverActor, selectActor],
  );
  const placeFaded = useCallback(
    (id: string) => highlight.placeIds !== null && !highlight.placeIds.has(id),
    [highlight.placeIds],
  );
  const relationFaded = useCallback((id: string) => litRelations !== null && !litRelations.has(id), [litRelations]);
  const labelFaded = useCallback(
    (id: string) =>
      id.startsWith('place:') ? placeFaded(id.slice(6)) : litCodes !== null && !litCodes.has(id.slice(6)),
    [placeFaded, litCodes],
  );
  // Names are worked out once per place and count (a large map has hundreds), and again in another language.
  const markName = useMemo(() => {
    const names = new Map<string, string>();
    return (m: PlaceMark) => {
      const key = `${m.id} ${m.count}`;
      let name = names.get(key);
      if (name === undefined) {
        name = mt(m.dateline ? 'placeNameDateline' : 'placeName', { name: placeName(m.place), count: m.count });
        names.set(key, name);
      }
      return name;
    };
  }, [mt, placeName]);

  const { handlers, tabStop } = usePlaceFocus({ marks: marks.places, selectedPlace, zoom, selectPlace, hoverPlace });

  // A large map's marks appear a few hundred a frame, so no single task draws them all.
  const drawnCount = useProgressiveCount(marks.places.length, MARKS_PER_FRAME);
  const drawnMarks = drawnCount < marks.places.length ? marks.places.slice(0, drawnCount) : marks.places;
  const withEvents = marks.places.filter((m) => m.count > 0).length;
  const states = tally.countries.size;
  const range = timeWindow ? formatTimeRange(timeWindow[0], timeWindow[1], text.language) : null;
  const windowCuts = asOfStep === null && shown.length < filtered.length;
  const caption =
    asOfStep !== null
      ? mt('mapCaptionAsOf', { places: withEvents, states })
      : windowCuts && range
        ? mt('mapCaptionWindow', { places: withEvents, states, range })
        : mt('mapCaptionAll', { places: withEvents, states });
  const capped = marks.drawableRelations > MAX_ARCS;

  return (
    <div className="map-view">
      {!compact && (
        <MapToolbar
          zoomBy={zoom.zoomBy}
          fit={zoom.fit}
          shadeBy={shadeBy}
          onShadeBy={setShadeBy}
          chartRef={svgRef}
          fileBase={`${dataset.id}-map`}
          decor={() => {
            const base = decor(t('mapHeading'));
            return { ...base, credit: `${base.credit} · ${mt('mapCredit')}` };
          }}
          t={t}
        />
      )}
      <p className="window-caption" aria-live="polite">
        {caption}
        {capped && `; ${mt('mapArcsCapped', { shown: MAX_ARCS, total: marks.drawableRelations })}`}
      </p>
      <div className="map-frame" ref={frameRef} style={{ height }}>
        {geometry ? (
          <div className="map-layers" style={{ transform: `translate(${delta.x}px,${delta.y}px) scale(${delta.k})` }}>
            <svg
              ref={svgRef}
              className="map-chart"
              width={width}
              height={height}
              role="group"
              aria-label={mt('mapLabel', { places: marks.places.length, states })}
              aria-busy={query.isFetching}
            >
              <defs>
                <RelationMarkers markerId={markerId} size={8} />
              </defs>
              <MapBase geometry={geometry} view={view} lookOf={lookOf} onState={onState} />
              <MapArcs arcs={marks.arcs} markerId={markerId} isFaded={relationFaded} />
              <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
                <PlaceMarks
                  marks={drawnMarks}
                  selectedId={selectedPlace}
                  tabStop={tabStop}
                  isFaded={placeFaded}
                  nameOf={markName}
                  handlers={handlers}
                />
              </g>
              <MapLabels labels={marks.labels} isFaded={labelFaded} />
            </svg>
          </div>
        ) : (
          <p className="map-status" role="status">
            {query.isError ? mt('mapFailed', { message: query.error.message }) : t('mapLoading')}
          </p>
        )}
      </div>
      <MapLegend
        t={t}
        shadeBy={shadeBy}
        maxCount={tally.maxCountryCount}
        hasDateline={datelines.size > 0}
        language={text.language}
      />
      {!compact && (
        <MapPlaceList
          dataset={dataset}
          tally={tally}
          text={text}
          placeName={placeName}
          stateName={stateName}
          statesOf={statesOf}
          datelines={datelines}
        />
      )}
    </div>
  );
}
