/**
 * The actor graph: actors as nodes (shape by kind, size by events), relations
 * from actors to recipients as curved arrows (colour, dash and arrowhead by
 * quad class, width by count), affiliations as dotted links. The layout is
 * computed once per dataset over every actor, so filters, the time window and
 * "as of" only show, hide or fade marks: nodes keep their places.
 */
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ActorGraph, GraphRelation } from '@/domain/graph/actor-graph';
import type { Dataset, TimelineEvent } from '@/domain/dataset/model';
import { useAfterPaint } from '@/components/use-after-paint';
import { DownloadButtons } from '@/components/download-buttons';
import { useElementWidth } from '@/components/use-element-width';
import { useExportDecor } from '@/components/use-export-decor';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useProgressiveCount } from '@/components/use-progressive-count';
import { useSettled } from '@/components/use-settled';
import { useStaggered } from '@/components/use-staggered';
import { useHighlight } from '@/components/use-highlight';
import { selectAsOfStep, selectSelection, selectTimeWindow } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { fitTransform, type NodePosition } from '@/viz/graph-layout';
import { nodeRadius } from '@/viz/graph-marks';
import { createNodeHitIndex } from '@/viz/node-hit-index';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { AsOfControls } from '@/views/graph/as-of-controls';
import { GraphLegend } from '@/views/graph/graph-legend';
import { GraphLabels, GraphLinks, GraphNodes, type DrawnNode } from '@/views/graph/graph-layers';
import { useActorGraph } from '@/views/graph/use-actor-graph';
import { useNodeCanvas, useRelationCanvas } from '@/views/graph/use-graph-canvases';
import { useGraphLabels } from '@/views/graph/use-graph-labels';
import { useGraphPositions } from '@/views/graph/use-graph-positions';
import { useGraphZoom } from '@/views/graph/use-graph-zoom';
import { useNodeInteraction } from '@/views/graph/use-node-interaction';

/** Above this many actors, nodes appear without easing in (see styles.css). */
const ANIMATED_NODES_MAX = 300;
/** Nodes added to the page per frame while a large graph first appears. */
const NODES_PER_FRAME = 250;
/** Above this many relations they are drawn on a canvas under the SVG nodes. */
const CANVAS_RELATIONS = 1200;
/**
 * Above this many actors the nodes are drawn on a canvas too, and only the
 * nodes a person is working with (pointed at, focused, selected, dragged)
 * are SVG buttons over it: thousands of SVG nodes cost the browser long
 * tasks to mount and restyle.
 */
const CANVAS_NODES = 500;

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const NO_AFFILIATIONS: ActorGraph['affiliations'] = [];

function overlapsWindow(e: TimelineEvent, window: readonly [number, number] | null): boolean {
  return !window || (e.date.latest >= window[0] && e.date.earliest <= window[1]);
}

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
  const { actors, events } = props.dataset;
  // The whole graph decides sizes and places, so they do not jump when the view narrows.
  const fullGraph = useActorGraph(actors, events);
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

  // Nodes shrink when many share the panel, so a large graph stays a network, not a blob.
  const radii = useMemo(() => {
    const cap = Math.max(3, Math.sqrt((width * height) / Math.max(fullGraph.nodes.length, 1)) * 0.32);
    return new Map(fullGraph.nodes.map((n) => [n.id, Math.min(nodeRadius(n.eventCount), cap)]));
  }, [fullGraph, width, height]);
  const [pins, setPins] = useState<ReadonlyMap<string, NodePosition>>(new Map());
  const { positions, settled } = useGraphPositions(fullGraph, radii, pins, width, height, seedOf(dataset.id));

  // Fit once per dataset and size; later the person's zoom is left alone.
  const fitted = useRef('');
  const fit = useCallback(
    () => zoom.zoomTo(fitTransform(positions, radii, width, height, 36, 2.5)),
    [zoom, positions, radii, width, height],
  );
  useEffect(() => {
    // Not before there is anything to fit: a large graph has no places until its worker answers.
    if (positions.size === 0) return;
    const key = `${dataset.id}:${width}:${height}:${settled}`;
    if (fitted.current !== key) {
      fitted.current = key;
      fit();
    }
  }, [dataset.id, width, height, settled, fit, positions.size]);

  // What the graph shows: the filtered events in the timeline's window, or the first N in "as of" mode.
  const shownEvents = useMemo(() => {
    if (asOfStep !== null) return filtered.slice(0, asOfStep);
    const inWindow = timeWindow ? filtered.filter((e) => overlapsWindow(e, timeWindow)) : filtered;
    return inWindow.length === filtered.length ? filtered : inWindow;
  }, [filtered, timeWindow, asOfStep]);
  const partGraph = useActorGraph(dataset.actors, shownEvents === dataset.events ? null : shownEvents);
  const graph = shownEvents === dataset.events ? fullGraph : (partGraph ?? fullGraph);
  const activeActors = useMemo(() => new Set(graph.nodes.filter((n) => n.eventCount > 0).map((n) => n.id)), [graph]);
  const windowCutsSome = shownEvents.length < filtered.length;
  const nothingFiltered = filtered === dataset.events && !windowCutsSome && asOfStep === null;
  const isShown = useCallback((id: string) => asOfStep === null || activeActors.has(id), [asOfStep, activeActors]);

  const shownCounts = useMemo(() => new Map(graph.nodes.map((g) => [g.id, g.eventCount])), [graph]);
  const nodes = useMemo(
    () =>
      fullGraph.nodes.flatMap((n): DrawnNode[] => {
        // A large graph has no places until its layout worker answers.
        const p = positions.get(n.id);
        if (!p || !isShown(n.id)) return [];
        return [{ id: n.id, node: n, x: p.x, y: p.y, r: radii.get(n.id) ?? 10, count: shownCounts.get(n.id) ?? 0 }];
      }),
    [fullGraph, positions, radii, shownCounts, isShown],
  );

  // Labels and the relation canvas follow the zoom once it rests; in between, they are moved and scaled as drawn.
  const live = zoom.transform;
  const view = useSettled(live, 120);
  const ratioK = live.k / view.k;
  const delta = { k: ratioK, x: live.x - ratioK * view.x, y: live.y - ratioK * view.y };
  const labelled = useGraphLabels(nodes, activeActors, view, text, width, height);
  const labelK = live.k / labelled.view.k;
  const labelDelta = { k: labelK, x: live.x - labelK * labelled.view.x, y: live.y - labelK * labelled.view.y };

  const onCanvas = nodesOnCanvas || graph.relations.length > CANVAS_RELATIONS;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const canvasView = { view, width, height };
  // Over canvas nodes, SVG links would cover them: the affiliations go on the relations' canvas.
  const shownAffiliations = useMemo(
    () => fullGraph.affiliations.filter((a) => isShown(a.source) && isShown(a.target)),
    [fullGraph, isShown],
  );
  const canvasAffiliations = nodesOnCanvas ? shownAffiliations : NO_AFFILIATIONS;
  useRelationCanvas(
    canvasRef,
    onCanvas ? graph.relations : null,
    canvasAffiliations,
    positions,
    radii,
    highlight.relationIds,
    canvasView,
  );

  const hitIndex = useMemo(() => (nodesOnCanvas ? createNodeHitIndex(nodes) : null), [nodesOnCanvas, nodes]);
  const interaction = useNodeInteraction(
    svgRef,
    { nodes, transform: live, hitIndex, width, height, selectActor, hoverActor, zoomTo: zoom.zoomTo },
    setPins,
  );
  isOnNode.current = interaction.isOnNode;
  const { dragPos, activeId, hoverId } = interaction;
  // Roving focus among nodes; arrow keys go to the nearest node in that direction.
  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
  // Tab lands first on an actor the filters keep, not on one they fade.
  const firstActive = useMemo(
    () => (nothingFiltered ? nodes[0] : (nodes.find((n) => activeActors.has(n.id)) ?? nodes[0]))?.id,
    [nodes, activeActors, nothingFiltered],
  );
  const tabStop = (activeId && nodes.some((n) => n.id === activeId) && activeId) || selectedActor || firstActive;

  // As SVG buttons: every node, a few hundred more a frame as a large graph first appears; or, over a canvas, the ones in use.
  const drawnCount = useProgressiveCount(nodesOnCanvas ? 0 : nodes.length, NODES_PER_FRAME);
  const drawnNodes = useMemo(() => {
    if (nodesOnCanvas) {
      const inUse = new Set([tabStop, selectedActor, hoverId, dragPos?.id]);
      return nodes.filter((n) => inUse.has(n.id));
    }
    return drawnCount < nodes.length ? nodes.slice(0, drawnCount) : nodes;
  }, [nodesOnCanvas, nodes, drawnCount, tabStop, selectedActor, hoverId, dragPos?.id]);

  const positionOf = useCallback(
    (id: string) => (dragPos?.id === id ? dragPos : (positions.get(id) ?? { x: 0, y: 0 })),
    [dragPos, positions],
  );
  // New places reach the nodes a few hundred a frame, like their first appearance.
  // A graph that fits in one part moves at once, with its links.
  const staggered = useStaggered(
    positions,
    !nodesOnCanvas && nodes.length > NODES_PER_FRAME ? Math.ceil(nodes.length / NODES_PER_FRAME) : 0,
  );
  const nodePositionOf = useCallback(
    (id: string, index = 0) =>
      dragPos?.id === id
        ? dragPos
        : ((staggered[Math.floor(index / NODES_PER_FRAME)] ?? positions).get(id) ??
          positions.get(id) ?? { x: 0, y: 0 }),
    [dragPos, positions, staggered],
  );
  const isFaded = useCallback(
    (id: string) =>
      (highlight.actorIds !== null && !highlight.actorIds.has(id)) || (!activeActors.has(id) && !nothingFiltered),
    [highlight.actorIds, activeActors, nothingFiltered],
  );
  const fadedRelation = useCallback(
    (id: string) => highlight.relationIds !== null && !highlight.relationIds.has(id),
    [highlight.relationIds],
  );
  const nodeName = useCallback(
    (n: DrawnNode) =>
      t('nodeName', { name: text.text(n.node.actor.name), kind: t(`kind_${n.node.actor.kind}`), count: n.count }),
    [t, text],
  );

  // The nodes on the canvas: all but the SVG buttons over it.
  const nodeCanvasRef = useRef<HTMLCanvasElement>(null);
  useNodeCanvas(nodeCanvasRef, nodesOnCanvas ? nodes : null, drawnNodes, isFaded, pins, canvasView);
  const labelOf = useCallback((n: DrawnNode) => text.text(n.node.actor.name), [text]);
  const relationName = useCallback(
    (r: GraphRelation) =>
      t('relationName', {
        source: text.actorName(r.source),
        target: text.actorName(r.target),
        count: r.count,
        quad: t(`quad_${r.dominantQuad}`),
      }),
    [t, text],
  );
  // The canvases are drawn at the zoom they last rested on and follow a gesture by a CSS transform until it rests.
  const canvasStyle = {
    width,
    height,
    transformOrigin: '0 0',
    transform: `translate(${delta.x}px,${delta.y}px) scale(${delta.k})`,
  };
  const range = timeWindow ? formatTimeRange(timeWindow[0], timeWindow[1], text.language) : null;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;

  return (
    <div className="graph-view">
      {!compact && (
        <div className="graph-toolbar">
          <div className="zoom-buttons" role="group" aria-label={t('zoomControls')}>
            <button type="button" onClick={() => zoom.zoomBy(1.5)} aria-label={t('zoomIn')} title={t('zoomIn')}>
              +
            </button>
            <button type="button" onClick={() => zoom.zoomBy(1 / 1.5)} aria-label={t('zoomOut')} title={t('zoomOut')}>
              −
            </button>
            <button type="button" onClick={fit}>
              {t('graphFit')}
            </button>
            {pins.size > 0 && (
              <button type="button" onClick={() => setPins(new Map())}>
                {t('graphUnpin')}
              </button>
            )}
            <DownloadButtons
              chartRef={svgRef}
              fileBase={`${dataset.id}-actors`}
              labels={{ svg: t('downloadSvg'), png: t('downloadPng') }}
              decor={() => decor(t('graphHeading'))}
            />
          </div>
        </div>
      )}
      {!compact && <AsOfControls events={filtered} text={text} t={t} />}
      <p className="window-caption" aria-live="polite">
        {asOfStep !== null
          ? t('graphCaptionAsOf', { relations: graph.relations.length, actors: activeActors.size })
          : !windowCutsSome || !range
            ? t('graphCaptionAll', { relations: graph.relations.length, actors: activeActors.size })
            : t('graphCaptionWindow', { relations: graph.relations.length, actors: activeActors.size, range })}
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
          aria-busy={!settled}
          {...interaction.svgHandlers}
        >
          <defs>
            {Object.entries(QUAD_COLOURS).map(([quad, colour]) => (
              <marker
                key={quad}
                id={`${markerId}-${quad}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="9"
                markerHeight="9"
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
          {!onCanvas && <rect className="graph-bg" width={width} height={height} />}
          <g className="graph-zoom-layer" transform={`translate(${live.x},${live.y}) scale(${live.k})`}>
            <GraphLinks
              affiliations={nodesOnCanvas ? NO_AFFILIATIONS : shownAffiliations}
              relations={onCanvas ? null : graph.relations}
              positionOf={positionOf}
              radii={radii}
              fadedRelation={fadedRelation}
              selectedRelation={selectedRelation}
              markerId={markerId}
              relationName={relationName}
              onSelectRelation={selectRelation}
            />
            <GraphNodes
              nodes={drawnNodes}
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
