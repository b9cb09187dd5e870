/**
 * The map's SVG layers, each memoised: the globe and the countries (map px,
 * under the view's transform, so a zoom only changes one attribute), the
 * arcs between states, the places' marks as buttons, and the names (screen
 * px of the view they were worked out for). The countries of states taking
 * part can be clicked to select the state; places are reached by keyboard
 * too (roving focus, see MapView).
 */
import { memo, type KeyboardEvent } from 'react';
import type { QuadClass } from '@/domain/dataset/model';
import type { MapGeometry } from '@/viz/map-geometry';
import { MAP_COLOURS } from '@/viz/map-marks';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import type { ZoomTransform } from '@/viz/zoom-transform';
import type { ArcMark, MapLabel, PlaceMark } from '@/views/map/use-map-marks';

/** How one country is drawn: its fill, whether it is faded or outlined, and the state it selects. */
export interface CountryLook {
  readonly fill: string;
  /** Fill opacity: states shaded by kind of act are lighter, so borders and marks stay legible. */
  readonly opacity: number;
  readonly faded: boolean;
  readonly selected: boolean;
  /** The state actor a click selects, and the tooltip naming it. */
  readonly stateId: string | null;
  readonly title: string | null;
}

const PLAIN: CountryLook = {
  fill: MAP_COLOURS.land,
  opacity: 1,
  faded: false,
  selected: false,
  stateId: null,
  title: null,
};

/** The sea and the countries, in map px under `view`. */
export const MapBase = memo(function MapBase(props: {
  readonly geometry: MapGeometry;
  readonly view: ZoomTransform;
  readonly lookOf: (code: string | null) => CountryLook | null;
  readonly onState: (id: string | null, hover: boolean) => void;
}) {
  const { geometry, view, lookOf, onState } = props;
  return (
    <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
      <path d={geometry.sphere} fill={MAP_COLOURS.sea} stroke={MAP_COLOURS.outline} vectorEffect="non-scaling-stroke" />
      {geometry.countries.map((c, i) => {
        const look = lookOf(c.code) ?? PLAIN;
        const state = look.stateId;
        return (
          <path
            key={`${c.code ?? c.name}-${i}`}
            d={c.d}
            className={`map-country${state ? ' is-state' : ''}${look.faded ? ' is-faded' : ''}${look.selected ? ' is-selected' : ''}`}
            fill={look.fill}
            fillOpacity={look.faded ? look.opacity * 0.35 : look.opacity}
            stroke={look.selected ? '#1f2937' : MAP_COLOURS.border}
            strokeWidth={look.selected ? 2.5 : 0.75}
            vectorEffect="non-scaling-stroke"
            data-country={c.code ?? undefined}
            onClick={state ? () => onState(state, false) : undefined}
            onPointerEnter={state ? () => onState(state, true) : undefined}
            onPointerLeave={state ? () => onState(null, true) : undefined}
          >
            {look.title && <title>{look.title}</title>}
          </path>
        );
      })}
    </g>
  );
});

/** Arrowheads for the arcs, one per quad class: filled for conflict, open for cooperation, as in the actor graph. */
export function ArcMarkers({ id }: { readonly id: string }) {
  return (
    <defs>
      {Object.entries(QUAD_COLOURS).map(([quad, colour]) => (
        <marker
          key={quad}
          id={`${id}-${quad}`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          {quad.endsWith('conflict') ? (
            <path d="M0,0L10,5L0,10Z" fill={colour} />
          ) : (
            <path d="M1,1L9,5L1,9" fill="none" stroke={colour} strokeWidth="1.8" />
          )}
        </marker>
      ))}
    </defs>
  );
}

/** The relations between states as arcs: colour and arrowhead by quad class, dashed when verbal, width by events. */
export const MapArcs = memo(function MapArcs(props: {
  readonly arcs: readonly ArcMark[];
  readonly markerId: string;
  readonly isFaded: (id: string) => boolean;
}) {
  return (
    <g className="map-arcs" aria-hidden="true" fill="none">
      {props.arcs.map(({ relation, d, width }) => {
        const quad: QuadClass = relation.dominantQuad;
        return (
          <path
            key={relation.id}
            d={d}
            stroke={QUAD_COLOURS[quad]}
            strokeWidth={width}
            strokeDasharray={quad.startsWith('verbal') ? '7 4' : undefined}
            strokeOpacity={props.isFaded(relation.id) ? 0.15 : 0.85}
            markerEnd={`url(#${props.markerId}-${quad})`}
          />
        );
      })}
    </g>
  );
});

/** What the place marks tell the view. */
export interface PlaceHandlers {
  readonly select: (id: string) => void;
  readonly hover: (id: string | null) => void;
  readonly focus: (id: string) => void;
  readonly keyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  readonly ref: (id: string, element: SVGGElement | null) => void;
}

/** The places' marks as buttons: size by events, colour by the dominant quad class; a source's dateline is a hollow diamond. */
export const PlaceMarks = memo(function PlaceMarks(props: {
  readonly marks: readonly PlaceMark[];
  readonly selectedId: string | null;
  readonly tabStop: string | null;
  readonly isFaded: (id: string) => boolean;
  readonly nameOf: (mark: PlaceMark) => string;
  readonly handlers: PlaceHandlers;
}) {
  const { marks, selectedId, tabStop, isFaded, nameOf, handlers } = props;
  return (
    <g className="map-places">
      {marks.map((m) => {
        const selected = m.id === selectedId;
        return (
          <g
            key={m.id}
            ref={(el) => handlers.ref(m.id, el)}
            className={`map-place${isFaded(m.id) ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`}
            role="button"
            tabIndex={m.id === tabStop ? 0 : -1}
            aria-pressed={selected}
            aria-label={nameOf(m)}
            data-place-id={m.id}
            onClick={() => handlers.select(m.id)}
            onPointerEnter={() => handlers.hover(m.id)}
            onPointerLeave={() => handlers.hover(null)}
            onFocus={() => handlers.focus(m.id)}
            onKeyDown={(e) => handlers.keyDown(e, m.id)}
          >
            <circle cx={m.x} cy={m.y} r={m.r + 6} className="place-hit" />
            {selected && <circle cx={m.x} cy={m.y} r={m.r + 4} className="place-selected-ring" />}
            {m.count > 0 && m.quad ? (
              <circle cx={m.x} cy={m.y} r={m.r} fill={QUAD_COLOURS[m.quad]} className="place-dot" />
            ) : (
              <path
                d={`M${m.x},${m.y - 6}L${m.x + 6},${m.y}L${m.x},${m.y + 6}L${m.x - 6},${m.y}Z`}
                className="place-dateline"
              />
            )}
            <circle cx={m.x} cy={m.y} r={m.r + 3} className="place-focus-ring" />
          </g>
        );
      })}
    </g>
  );
});

/** Names of places and states where there was room, screen px. */
export const MapLabels = memo(function MapLabels(props: {
  readonly labels: readonly MapLabel[];
  readonly isFaded: (id: string) => boolean;
}) {
  return (
    <g className="map-labels" aria-hidden="true">
      {props.labels.map((l) => (
        <text
          key={l.id}
          x={l.placed.x + 2}
          y={l.placed.y + 12}
          className={`map-label is-${l.kind}${props.isFaded(l.id) ? ' is-faded' : ''}`}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
});
