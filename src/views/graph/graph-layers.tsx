/**
 * The graph's SVG layers, each memoised: while a person zooms or pans, only
 * the transform of the group around them changes, so a frame re-renders none
 * of the thousands of marks inside.
 */
import { memo, type KeyboardEvent } from 'react';
import type { ActorGraph, GraphNode, GraphRelation } from '@/domain/graph/actor-graph';
import type { NodePosition } from '@/viz/graph-layout';
import { edgePath, nodeShapePath, relationWidth } from '@/viz/graph-marks';
import type { PlacedLabel } from '@/viz/label-placement';
import { QUAD_COLOURS } from '@/viz/quad-colours';

/** A node as drawn: its actor, layout position, radius and events in view. */
export interface DrawnNode {
  readonly id: string;
  readonly node: GraphNode;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly count: number;
}

/** Where a node is drawn: its layout position, or where it is being dragged (`index`: its place in the list drawn). */
export type PositionOf = (id: string, index?: number) => { readonly x: number; readonly y: number };

export const LABEL_HEIGHT = 16;

/** Affiliation links (those to draw in SVG, between shown actors) and, when they are few enough for SVG, the relation arrows. */
export const GraphLinks = memo(function GraphLinks(props: {
  readonly affiliations: ActorGraph['affiliations'];
  readonly relations: readonly GraphRelation[] | null;
  readonly positionOf: PositionOf;
  readonly radii: ReadonlyMap<string, number>;
  readonly fadedRelation: (id: string) => boolean;
  readonly selectedRelation: string | null;
  readonly markerId: string;
  readonly relationName: (r: GraphRelation) => string;
  readonly onSelectRelation: (id: string) => void;
}) {
  const { positionOf, radii } = props;
  return (
    <>
      <g className="graph-affiliations" aria-hidden="true">
        {props.affiliations.map((a) => {
          const p = positionOf(a.source);
          const q = positionOf(a.target);
          return <line key={a.id} x1={p.x} y1={p.y} x2={q.x} y2={q.y} className="affiliation-link" />;
        })}
      </g>
      <g className="graph-relations">
        {props.relations?.map((r) => {
          const geometry = edgePath(
            positionOf(r.source),
            positionOf(r.target),
            (radii.get(r.source) ?? 10) + 2,
            (radii.get(r.target) ?? 10) + 3,
          );
          const faded = props.fadedRelation(r.id);
          const selected = props.selectedRelation === r.id;
          const verbal = r.dominantQuad.startsWith('verbal') || r.dominantQuad === 'none';
          return (
            <g
              key={r.id}
              className={`graph-relation${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`}
              onClick={() => props.onSelectRelation(r.id)}
            >
              <title>{props.relationName(r)}</title>
              <path d={geometry.d} className="relation-hit" />
              <path
                d={geometry.d}
                fill="none"
                stroke={QUAD_COLOURS[r.dominantQuad]}
                strokeWidth={relationWidth(r.count) + (selected ? 1.5 : 0)}
                strokeDasharray={verbal ? '6 4' : undefined}
                markerEnd={`url(#${props.markerId}-${r.dominantQuad})`}
              />
            </g>
          );
        })}
      </g>
    </>
  );
});

/** What a node does with keys and focus (pointers are heard on the whole graph); one stable object, so the layer need not re-render. */
export interface NodeHandlers {
  readonly focus: (id: string) => void;
  readonly keyDown: (e: KeyboardEvent<SVGGElement>, id: string) => void;
  readonly ref: (id: string, element: SVGGElement | null) => void;
}

/** The actors as focusable buttons with a shape by kind, in layout px: all of them, or those a canvas leaves to SVG. */
export const GraphNodes = memo(function GraphNodes(props: {
  readonly nodes: readonly DrawnNode[];
  readonly positionOf: PositionOf;
  readonly isFaded: (id: string) => boolean;
  readonly selectedActor: string | null;
  readonly pins: ReadonlyMap<string, NodePosition>;
  readonly tabStop: string | undefined;
  readonly nameOf: (n: DrawnNode) => string;
  readonly handlers: NodeHandlers;
}) {
  return (
    <g className="graph-nodes">
      {props.nodes.map((n, i) => (
        <GraphNodeMark
          key={n.id}
          node={n}
          at={props.positionOf(n.id, i)}
          faded={props.isFaded(n.id)}
          selected={props.selectedActor === n.id}
          pinned={props.pins.has(n.id)}
          tabStop={n.id === props.tabStop}
          name={props.nameOf(n)}
          handlers={props.handlers}
        />
      ))}
    </g>
  );
});

// One node, memoised: a change of selection, fading or position redraws only the nodes it touches.
const GraphNodeMark = memo(function GraphNodeMark({
  node: n,
  at,
  faded,
  selected,
  pinned,
  tabStop,
  name,
  handlers,
}: {
  readonly node: DrawnNode;
  readonly at: { readonly x: number; readonly y: number };
  readonly faded: boolean;
  readonly selected: boolean;
  readonly pinned: boolean;
  readonly tabStop: boolean;
  readonly name: string;
  readonly handlers: NodeHandlers;
}) {
  return (
    <g
      ref={(el) => handlers.ref(n.id, el)}
      className={`graph-node${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}${pinned ? ' is-pinned' : ''}`}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-pressed={selected}
      aria-label={name}
      data-actor-id={n.id}
      onFocus={() => handlers.focus(n.id)}
      onKeyDown={(e) => handlers.keyDown(e, n.id)}
    >
      <circle cx={at.x} cy={at.y} r={n.r + 6} className="node-hit" />
      {selected && <circle cx={at.x} cy={at.y} r={n.r + 5} className="node-selected-ring" />}
      <path d={nodeShapePath(n.node.actor.kind, n.r, at.x, at.y)} className={`node-shape kind-${n.node.actor.kind}`} />
      {/* Only the node in the tab order can hold focus (roving focus), so only it needs the ring. */}
      {tabStop && <circle cx={at.x} cy={at.y} r={n.r + 4} className="node-focus-ring" />}
    </g>
  );
});

/** Actor names where `placeLabels` found room, in screen px of the transform they were placed for. */
export const GraphLabels = memo(function GraphLabels(props: {
  readonly nodes: readonly DrawnNode[];
  readonly labels: ReadonlyMap<string, PlacedLabel>;
  readonly isFaded: (id: string) => boolean;
  readonly label: (n: DrawnNode) => string;
  readonly transform: string;
}) {
  return (
    <g className="graph-labels" aria-hidden="true" transform={props.transform}>
      {props.nodes.map((n) => {
        const l = props.labels.get(n.id);
        if (!l) return null;
        return (
          <text
            key={n.id}
            x={l.x + 2}
            y={l.y + LABEL_HEIGHT / 2}
            dominantBaseline="central"
            className={`graph-label${props.isFaded(n.id) ? ' is-faded' : ''}`}
          >
            {props.label(n)}
          </text>
        );
      })}
    </g>
  );
});
