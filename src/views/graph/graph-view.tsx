/**
 * The actor graph: actors as nodes (shape by kind, size by events), relations
 * from actors to recipients as curved arrows (colour, dash and arrowhead by
 * quad class, width by count), affiliations as dotted links. The layout is
 * computed once per dataset over every actor, so filters, the time window and
 * "as of" only show, hide or fade marks: nodes keep their places. Each job
 * has its hook: what is shown (use-shown-graph.ts), the layout
 * (use-graph-layout.ts), the nodes drawn (use-drawn-nodes.ts), labels,
 * canvases, zoom and pointer and keys (use-node-interaction.ts).
 */
import { useCallback, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ActorGraph } from '@/domain/graph/actor-graph';
import type { Dataset } from '@/domain/dataset/model';
import { useAfterPaint } from '@/components/use-after-paint';
import { useElementWidth } from '@/components/use-element-width';
import { useExportDecor } from '@/components/use-export-decor';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useFullActorGraph } from '@/components/use-full-actor-graph';
import { useSettled } from '@/components/use-settled';
import { useHighlight } from '@/components/use-highlight';
import { selectAsOfStep, selectSelection, selectTimeWindow } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { createNodeHitIndex } from '@/viz/node-hit-index';
import { transformBetween } from '@/viz/zoom-transform';
import { AsOfControls } from '@/views/graph/as-of-controls';
import { GraphLegend } from '@/views/graph/graph-legend';
import { RelationMarkers } from '@/components/relation-markers';
import { GraphLabels, GraphLinks, GraphNodes } from '@/views/graph/graph-layers';
import { GraphToolbar } from '@/views/graph/graph-toolbar';
import { useDrawnNodes, useNodeButtons, useNodePlaces } from '@/views/graph/use-drawn-nodes';
import { useNodeCanvas, useRelationCanvas } from '@/views/graph/use-graph-canvases';
import { useGraphLabels } from '@/views/graph/use-graph-labels';
import { useGraphFit, useGraphLayout } from '@/views/graph/use-graph-layout';
import { useGraphFading, useGraphNames } from '@/views/graph/use-graph-look';
import { useGraphZoom } from '@/views/graph/use-graph-zoom';
import { useNodeInteraction } from '@/views/graph/use-node-interaction';
import { useShownGraph } from '@/views/graph/use-shown-graph';

/** Above this many actors, nodes appear without easing in (see styles.css). */
const ANIMATED_NODES_MAX = 300;
/** Above this many relations they are drawn on a canvas under the SVG nodes. */
const CANVAS_RELATIONS = 1200;
/**
 * Above this many actors the nodes are drawn on a canvas too, and only the
 * nodes a person is working with (pointed at, focused, selected, dragged)
 * are SVG buttons over it: thousands of SVG nodes cost the browser long
 * tasks to mount and restyle.
 */
const CANVAS_NODES = 500;

const NO_AFFILIATIONS: ActorGraph['affiliations'] = [];

/** The actor graph panel for one dataset; `compact` leaves out the toolbar and the as-of controls (a presentation drives them). */
export function GraphView(props: { readonly dataset: Dataset; readonly compact?: boolean }) {
  // Drawn in the render after the first: the timeline comes first, and a large graph's set-up does not delay it.
  const ready = useDeferredValue(true, false);
  // The placeholder's width, so the graph lays out once at its real width rather than first at a guess.
  const placeholder = useRef<HTMLDivElement>(null);
  const [initialWidth, setInitialWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const measured = placeholder.current?.clientWidth;
    if (measured) setInitialWidth(measured);
  }, []);
  return ready ? (
    <GraphPanel {...props} initialWidth={initialWidth} />
  ) : (
    <div ref={placeholder} className="graph-view graph-view-pending" aria-busy="true" />
  );
}

function GraphPanel(props: {
  readonly dataset: Dataset;
  readonly compact?: boolean;
  readonly initialWidth: number | undefined;
}) {
  // The whole graph decides sizes and places, so they do not jump when the view narrows: the dataset's model builds it once.
  const fullGraph = useFullActorGraph(props.dataset);
  if (!fullGraph) return <div className="graph-view graph-view-pending" aria-busy="true" />;
  return <GraphBody {...props} fullGraph={fullGraph} />;
}

function GraphBody({
  dataset,
  compact = false,
  fullGraph,
  initialWidth,
}: {
  readonly dataset: Dataset;
  readonly compact?: boolean;
  readonly fullGraph: ActorGraph;
  readonly initialWidth: number | undefined;
}) {
  const t = useT();
  const text = useEventText(dataset);
  // The graph follows filters and the timeline's window once their answer is painted, so typing and zooming answer first.
  const filtered = useAfterPaint(useFilteredEvents(dataset));
  const highlight = useHighlight(dataset);
  const selection = useAppStore(selectSelection);
  const timeWindow = useAfterPaint(useAppStore(selectTimeWindow));
  const asOfStep = useAppStore(selectAsOfStep);
  const { selectActor, selectRelation, hoverActor } = useAppActions();
  const markerId = useId().replace(/:/g, '');
  const decor = useExportDecor(dataset);

  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const nodeCanvasRef = useRef<HTMLCanvasElement>(null);
  // The placeholder was measured already: no layout is forced in the render that mounts the graph.
  const width = useElementWidth(frameRef, initialWidth ?? 600, initialWidth !== undefined);
  const height = compact ? Math.max(300, Math.min(620, Math.round(width * 0.8))) : width < 500 ? 380 : 480;
  // Presses on a node drag it rather than the view; which events are on a node is known further down.
  const isOnNode = useRef<(event: MouseEvent) => boolean>(() => false);
  const zoom = useGraphZoom(
    svgRef,
    useCallback((event: MouseEvent) => isOnNode.current(event), []),
  );
  const nodesOnCanvas = fullGraph.nodes.length > CANVAS_NODES;

  const layout = useGraphLayout(fullGraph, dataset.id, width, height);
  const { radii, positions, pins } = layout;
  const fit = useGraphFit(zoom.zoomTo, layout, width, height, dataset.id);
  const shown = useShownGraph(dataset, fullGraph, filtered, timeWindow, asOfStep);
  const { graph, activeActors, isShown } = shown;
  const nodes = useDrawnNodes(fullGraph, positions, radii, shown);

  // Labels and the canvases follow the zoom once it rests; in between, they are moved and scaled as drawn.
  const live = zoom.transform;
  const view = useSettled(live, 120);
  const labelled = useGraphLabels(nodes, activeActors, view, text, width, height);

  const onCanvas = nodesOnCanvas || graph.relations.length > CANVAS_RELATIONS;
  const canvasView = { view, width, height };
  // Over canvas nodes, SVG links would cover them: the affiliations go on the relations' canvas.
  const shownAffiliations = useMemo(
    () => fullGraph.affiliations.filter((a) => isShown(a.source) && isShown(a.target)),
    [fullGraph, isShown],
  );
  useRelationCanvas(
    canvasRef,
    onCanvas ? graph.relations : null,
    nodesOnCanvas ? shownAffiliations : NO_AFFILIATIONS,
    positions,
    radii,
    highlight.relationIds,
    canvasView,
  );

  const hitIndex = useMemo(() => (nodesOnCanvas ? createNodeHitIndex(nodes) : null), [nodesOnCanvas, nodes]);
  const interaction = useNodeInteraction(
    svgRef,
    { nodes, transform: live, hitIndex, width, height, selectActor, hoverActor, zoomTo: zoom.zoomTo },
    layout.setPins,
  );
  isOnNode.current = interaction.isOnNode;
  const { dragPos } = interaction;
  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
  const { buttons, tabStop } = useNodeButtons(nodes, nodesOnCanvas, shown, {
    focusedId: interaction.activeId,
    selectedId: selectedActor,
    hoverId: interaction.hoverId,
    draggedId: dragPos?.id,
  });
  const { linkPositionOf, nodePositionOf } = useNodePlaces(positions, dragPos, nodesOnCanvas ? 0 : nodes.length);
  const { isFaded, fadedRelation } = useGraphFading(highlight, shown);
  const { nodeName, labelOf, relationName } = useGraphNames(t, text);
  // The nodes on the canvas: all but the SVG buttons over it.
  useNodeCanvas(nodeCanvasRef, nodesOnCanvas ? nodes : null, buttons, isFaded, pins, canvasView);

  // The canvases are drawn at the zoom they last rested on and follow a gesture by a CSS transform until it rests.
  const delta = transformBetween(view, live);
  const labelDelta = transformBetween(labelled.view, live);
  const canvasStyle = {
    width,
    height,
    transformOrigin: '0 0',
    transform: `translate(${delta.x}px,${delta.y}px) scale(${delta.k})`,
  };
  const range = timeWindow ? formatTimeRange(timeWindow[0], timeWindow[1], text.language) : null;
  const counts = { relations: graph.relations.length, actors: activeActors.size };

  return (
    <div className="graph-view">
      {!compact && (
        <GraphToolbar
          zoomBy={zoom.zoomBy}
          fit={fit}
          onUnpin={pins.size > 0 ? layout.unpinAll : null}
          chartRef={svgRef}
          fileBase={`${dataset.id}-actors`}
          decor={() => decor(t('graphHeading'))}
          t={t}
        />
      )}
      {!compact && <AsOfControls events={filtered} text={text} t={t} />}
      <p className="window-caption" aria-live="polite">
        {asOfStep !== null
          ? t('graphCaptionAsOf', counts)
          : !shown.windowCutsSome || !range
            ? t('graphCaptionAll', counts)
            : t('graphCaptionWindow', { ...counts, range })}
      </p>
      <div
        className={`graph-frame${onCanvas ? ' with-canvas' : ''}${fullGraph.nodes.length > ANIMATED_NODES_MAX ? ' is-large' : ''}`}
        ref={frameRef}
      >
        {positions.size === 0 && fullGraph.nodes.length > 0 && (
          <p className="graph-placing" role="status">
            {t('graphPlacing', { actors: fullGraph.nodes.length.toLocaleString(text.language) })}
          </p>
        )}
        {onCanvas && <canvas ref={canvasRef} className="graph-canvas" style={canvasStyle} aria-hidden="true" />}
        {nodesOnCanvas && (
          <canvas ref={nodeCanvasRef} className="graph-canvas" style={canvasStyle} aria-hidden="true" />
        )}
        <svg
          ref={svgRef}
          className="graph-chart"
          width={width}
          height={height}
          role="group"
          aria-label={t('graphLabel', { actors: nodes.length, relations: graph.relations.length })}
          // Busy while a large graph's layout is still settling: its actors are about to move.
          aria-busy={!layout.settled}
          {...interaction.svgHandlers}
        >
          <defs>
            <RelationMarkers markerId={markerId} size={9} />
          </defs>
          {!onCanvas && <rect className="graph-bg" width={width} height={height} />}
          <g className="graph-zoom-layer" transform={`translate(${live.x},${live.y}) scale(${live.k})`}>
            <GraphLinks
              affiliations={nodesOnCanvas ? NO_AFFILIATIONS : shownAffiliations}
              relations={onCanvas ? null : graph.relations}
              positionOf={linkPositionOf}
              radii={radii}
              fadedRelation={fadedRelation}
              selectedRelation={selection?.kind === 'relation' ? selection.id : null}
              markerId={markerId}
              relationName={relationName}
              onSelectRelation={selectRelation}
            />
            <GraphNodes
              nodes={buttons}
              positionOf={nodePositionOf}
              isFaded={isFaded}
              selectedActor={selectedActor}
              pins={pins}
              tabStop={tabStop}
              nameOf={nodeName}
              handlers={interaction.nodeHandlers}
            />
          </g>
          <GraphLabels
            nodes={nodes}
            labels={labelled.labels}
            isFaded={isFaded}
            label={labelOf}
            transform={`translate(${labelDelta.x},${labelDelta.y}) scale(${labelDelta.k})`}
          />
        </svg>
      </div>
      <GraphLegend t={t} kinds={new Set(dataset.actors.map((a) => a.kind))} />
    </div>
  );
}
