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

/** The sea and the countries, in map px under `view`; a new view changes one attribute, not the shapes. */
export function MapBase(props: {
  readonly geometry: MapGeometry;
  readonly view: ZoomTransform;
  readonly lookOf: (code: string | null) => CountryLook | null;
  readonly onState: (id: string | null, hover: boolean) => void;
}) {
  const { view, ...rest } = props;
  return (
    <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
      <MapCountries {...rest} />
    </g>
  );
}

const MapCountries = memo(function MapCountries(props: {
  readonly geometry: MapGeometry;
  readonly lookOf: (code: string | null) => CountryLook | null;
  readonly onState: (id: string | null, hover: boolean) => void;
}) {
  const { geometry, lookOf, onState } = props;
  return (
    <>
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
    </>
  );
});

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
      {marks.map((m) => (
        <PlaceMarkView
          key={m.id}
          mark={m}
          selected={m.id === selectedId}
          tabStop={m.id === tabStop}
          faded={isFaded(m.id)}
          name={nameOf(m)}
          handlers={handlers}
        />
      ))}
    </g>
  );
});

/** A disk of radius `r` screen px at map point (x, y): a line too short to see with round caps, its width kept at any zoom (the line gives it a box, so it can be found and clicked). */
function Disk(props: { x: number; y: number; r: number; className: string; colour?: string }) {
  return (
    <path
      d={`M${props.x},${props.y}l0.001,0.001`}
      className={props.className}
      stroke={props.colour}
      strokeWidth={2 * props.r}
      strokeLinecap="round"
      vectorEffect="non-scaling-stroke"
    />
  );
}

// One mark, memoised: a change of selection or highlight redraws only the marks it touches, and a zoom none.
const PlaceMarkView = memo(function PlaceMarkView({
  mark: m,
  selected,
  tabStop,
  faded,
  name,
  handlers,
}: {
  readonly mark: PlaceMark;
  readonly selected: boolean;
  readonly tabStop: boolean;
  readonly faded: boolean;
  readonly name: string;
  readonly handlers: PlaceHandlers;
}) {
  const dot = m.count > 0 && m.quad !== null;
  return (
    <g
      ref={(el) => handlers.ref(m.id, el)}
      className={`map-place${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-pressed={selected}
      aria-label={name}
      data-place-id={m.id}
      onClick={() => handlers.select(m.id)}
      onPointerEnter={() => handlers.hover(m.id)}
      onPointerLeave={() => handlers.hover(null)}
      onFocus={() => handlers.focus(m.id)}
      onKeyDown={(e) => handlers.keyDown(e, m.id)}
    >
      <Disk x={m.x} y={m.y} r={m.r + 6} className="place-hit" />
      {/* Rings are disks under a white halo: only the mark in the tab order can hold focus (roving focus). */}
      {tabStop && <Disk x={m.x} y={m.y} r={m.r + 7.5} className="place-focus-ring" />}
      {selected && <Disk x={m.x} y={m.y} r={m.r + 5} className="place-selected-ring" />}
      <Disk x={m.x} y={m.y} r={(dot ? m.r : 6) + 1.5} className="place-halo" />
      {dot ? (
        <Disk x={m.x} y={m.y} r={m.r} className="place-dot" colour={QUAD_COLOURS[m.quad ?? 'none']} />
      ) : (
        <>
          {/* A diamond: a tiny diagonal line with square caps. */}
          <path
            d={`M${m.x},${m.y}l0.001,0.001`}
            className="place-dateline"
            strokeWidth={8.5}
            strokeLinecap="square"
            vectorEffect="non-scaling-stroke"
          />
          <path
            d={`M${m.x},${m.y}l0.001,0.001`}
            className="place-dateline-inside"
            strokeWidth={4.5}
            strokeLinecap="square"
            vectorEffect="non-scaling-stroke"
          />
        </>
      )}
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
