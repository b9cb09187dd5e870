/**
 * The actor graph: actors as nodes (shape by kind, size by events), relations
 * from actors to recipients as curved arrows (colour, dash and arrowhead by
 * quad class, width by count), affiliations as dotted links. The layout is
 * computed once per dataset over every actor, so filters, the time window and
 * "as of" only show, hide or fade marks: nodes keep their places.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { ActorGraph, GraphRelation } from '@/domain/actor-graph';
import type { Dataset, TimelineEvent } from '@/domain/model';
import { DownloadButtons } from '@/components/download-buttons';
import { useElementWidth } from '@/components/use-element-width';
import { useExportDecor } from '@/components/use-export-decor';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useProgressiveCount } from '@/components/use-progressive-count';
import { useSettled } from '@/components/use-settled';
import { useStaggered } from '@/components/use-staggered';
import { whenQuiet } from '@/components/when-quiet';
import { useHighlight } from '@/components/use-highlight';
import { selectAsOfStep, selectSelection, selectTimeWindow } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { fitTransform, type NodePosition } from '@/viz/graph-layout';
import { nearestInDirection, nodeRadius } from '@/viz/graph-marks';
import { drawRelationsInSlices } from '@/viz/draw-relations';
import { placeLabels } from '@/viz/label-placement';
import { LABEL_FONT, measureTextWidth } from '@/viz/measure-text';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { AsOfControls } from '@/views/graph/as-of-controls';
import { GraphLegend } from '@/views/graph/graph-legend';
import { GraphLabels, GraphLinks, GraphNodes, LABEL_HEIGHT, type DrawnNode, type NodeHandlers } from '@/views/graph/graph-layers';
import { useActorGraph } from '@/views/graph/use-actor-graph';
import { useGraphPositions } from '@/views/graph/use-graph-positions';
import { useGraphZoom } from '@/views/graph/use-graph-zoom';

/** Above this many actors, nodes appear without easing in (see styles.css). */
const ANIMATED_NODES_MAX = 300;
/** Nodes added to the page per frame while a large graph first appears. */
const NODES_PER_FRAME = 250;
/** The narrowest label box, px: bounds how many labels a panel could hold. */
const MIN_LABEL_WIDTH = 40;
/** Above this many relations they are drawn on a canvas under the SVG nodes. */
const CANVAS_RELATIONS = 1200;

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function overlapsWindow(e: TimelineEvent, window: readonly [number, number] | null): boolean {
  return !window || (e.date.latest >= window[0] && e.date.earliest <= window[1]);
}

/** The actor graph panel for one dataset; `compact` leaves out the toolbar and the as-of controls (a presentation drives them). */
export function GraphView(props: { readonly dataset: Dataset; readonly compact?: boolean }) {
  // Drawn in the render after the first: the timeline comes first, and a large graph's set-up does not delay it.
  const ready = useDeferredValue(true, false);
  return ready ? <GraphPanel {...props} /> : <div className="graph-view graph-view-pending" aria-busy="true" />;
}

function GraphPanel(props: { readonly dataset: Dataset; readonly compact?: boolean }) {
  const { actors, events } = props.dataset;
  // The whole graph decides sizes and places, so they do not jump when the view narrows.
  const fullGraph = useActorGraph(actors, events);
  if (!fullGraph) return <div className="graph-view graph-view-pending" aria-busy="true" />;
  return <GraphBody {...props} fullGraph={fullGraph} />;
}

function GraphBody({ dataset, compact = false, fullGraph }: { readonly dataset: Dataset; readonly compact?: boolean; readonly fullGraph: ActorGraph }) {
  const t = useT();
  const text = useEventText(dataset);
  // The graph follows filters and the timeline's window a moment behind, so typing and zooming answer first.
  const filtered = useDeferredValue(useFilteredEvents(dataset));
  const highlight = useHighlight(dataset);
  const selection = useAppStore(selectSelection);
  const timeWindow = useDeferredValue(useAppStore(selectTimeWindow));
  const asOfStep = useAppStore(selectAsOfStep);
  const { selectActor, selectRelation, hoverActor } = useAppActions();
  const markerId = useId().replace(/:/g, '');
  const decor = useExportDecor(dataset);

  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(frameRef, 600);
  const height = compact ? Math.max(300, Math.min(620, Math.round(width * 0.8))) : width < 500 ? 380 : 480;
  const zoom = useGraphZoom(svgRef);

  // Nodes shrink when many share the panel, so a large graph stays a network, not a blob.
  const radii = useMemo(() => {
    const cap = Math.max(3, Math.sqrt((width * height) / Math.max(fullGraph.nodes.length, 1)) * 0.32);
    return new Map(fullGraph.nodes.map((n) => [n.id, Math.min(nodeRadius(n.eventCount), cap)]));
  }, [fullGraph, width, height]);
  const [pins, setPins] = useState<ReadonlyMap<string, NodePosition>>(new Map());
  const { positions, settled } = useGraphPositions(fullGraph, radii, pins, width, height, seedOf(dataset.id));

  // Fit once per dataset and size; later the person's zoom is left alone.
  const fitted = useRef('');
  const fit = useCallback(() => zoom.zoomTo(fitTransform(positions, radii, width, height, 36, 2.5)), [zoom, positions, radii, width, height]);
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

  // Thousands of nodes are added a few hundred a frame.
  const drawnCount = useProgressiveCount(nodes.length, NODES_PER_FRAME);
  const drawnNodes = useMemo(() => (drawnCount < nodes.length ? nodes.slice(0, drawnCount) : nodes), [nodes, drawnCount]);

  // Labels and the relation canvas follow the zoom once it rests; in between, they are moved and scaled as drawn.
  const live = zoom.transform;
  const view = useSettled(live, 120);
  const ratioK = live.k / view.k;
  const delta = { k: ratioK, x: live.x - ratioK * view.x, y: live.y - ratioK * view.y };
  const labels = useMemo(() => {
    // Nodes on screen, most important first; only as many compete for a label as could ever fit.
    const onScreen = nodes
      .map((n) => ({ n, x: n.x * view.k + view.x, y: n.y * view.k + view.y, r: n.r * view.k, priority: n.node.eventCount + (activeActors.has(n.id) ? 1000 : 0) }))
      .filter(({ x, y, r }) => x + r > 0 && y + r > 0 && x - r < width && y - r < height)
      .sort((a, b) => b.priority - a.priority);
    // No more labels can fit than boxes of the smallest size tile the panel.
    const room = Math.ceil((width * height) / (MIN_LABEL_WIDTH * LABEL_HEIGHT));
    const inputs = onScreen.slice(0, room).map(({ n, x, y, r, priority }) => {
      const name = text.text(n.node.actor.name);
      return { id: n.id, x, y, r, width: measureTextWidth(name, LABEL_FONT) + 4, height: LABEL_HEIGHT, priority };
    });
    const placed = placeLabels(inputs, { width, height }, onScreen.slice(room));
    return new Map(placed.placed.map((p) => [p.id, p]));
  }, [nodes, view, text, width, height, activeActors]);

  const onCanvas = graph.relations.length > CANVAS_RELATIONS;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = onCanvas ? canvas?.getContext('2d') : null;
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    // In slices, a frame each: tens of thousands of relations must not hold the page in one task.
    return drawRelationsInSlices(ctx, graph.relations, { positions, radii, transform: view, highlighted: highlight.relationIds, width, height, ratio }, (draw) => {
      // The next frame once no gesture is going on, so drawing never competes with one.
      let frame = 0;
      const cancelWait = whenQuiet(() => (frame = requestAnimationFrame(draw)));
      return () => {
        cancelWait();
        cancelAnimationFrame(frame);
      };
    });
  }, [onCanvas, graph, positions, radii, view, highlight.relationIds, width, height]);

  // Roving focus among nodes; arrow keys go to the nearest node in that direction.
  const [activeId, setActiveId] = useState<string | null>(null);
  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
  const tabStop = (activeId && nodes.some((n) => n.id === activeId) && activeId) || selectedActor || nodes[0]?.id;

  // Dragging a node pins it where it is dropped.
  const [dragPos, setDragPos] = useState<{ id: string; x: number; y: number } | null>(null);
  // The handlers read the latest render through a ref, so they stay one object and the node layer is not redrawn.
  const latest = useRef({ nodes, transform: live, selectActor, hoverActor });
  latest.current = { nodes, transform: live, selectActor, hoverActor };
  const handlers = useMemo((): NodeHandlers => {
    const nodeRefs = new Map<string, SVGGElement>();
    let drag: { id: string; startX: number; startY: number; moved: boolean } | null = null;
    const toGraph = (e: PointerEvent) => {
      const box = svgRef.current?.getBoundingClientRect();
      const { k, x, y } = latest.current.transform;
      return { x: (e.clientX - (box?.left ?? 0) - x) / k, y: (e.clientY - (box?.top ?? 0) - y) / k };
    };
    const dirs: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    return {
      ref: (id, el) => {
        if (el) nodeRefs.set(id, el);
        else nodeRefs.delete(id);
      },
      pointerDown: (e, id) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag = { id, startX: e.clientX, startY: e.clientY, moved: false };
      },
      pointerMove: (e) => {
        if (!drag) return;
        if (!drag.moved && Math.hypot(e.clientX - drag.startX, e.clientY - drag.startY) < 4) return;
        drag.moved = true;
        setDragPos({ id: drag.id, ...toGraph(e) });
      },
      pointerUp: (e, id) => {
        const d = drag;
        drag = null;
        if (d?.moved) {
          const p = toGraph(e);
          setPins((old) => new Map(old).set(id, p));
          setDragPos(null);
        } else latest.current.selectActor(id);
      },
      hover: (id) => latest.current.hoverActor(id),
      focus: (id) => setActiveId(id),
      keyDown: (e, id) => {
        const { nodes: current, selectActor: select } = latest.current;
        const from = current.find((n) => n.id === id);
        const dir = dirs[e.key];
        if (dir && from) {
          e.preventDefault();
          const next = nearestInDirection(from, current, dir);
          if (next) {
            setActiveId(next.id);
            nodeRefs.get(next.id)?.focus();
          }
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select(id);
        } else if (e.key === 'Escape') select(null);
      },
    };
  }, []);
  const positionOf = useCallback((id: string) => (dragPos?.id === id ? dragPos : positions.get(id) ?? { x: 0, y: 0 }), [dragPos, positions]);
  // New places reach the nodes a few hundred a frame, like their first appearance.
  // A graph that fits in one part moves at once, with its links.
  const staggered = useStaggered(positions, nodes.length > NODES_PER_FRAME ? Math.ceil(nodes.length / NODES_PER_FRAME) : 0);
  const nodePositionOf = useCallback(
    (id: string, index = 0) => (dragPos?.id === id ? dragPos : (staggered[Math.floor(index / NODES_PER_FRAME)] ?? positions).get(id) ?? positions.get(id) ?? { x: 0, y: 0 }),
    [dragPos, positions, staggered],
  );
  const isFaded = useCallback(
    (id: string) => (highlight.actorIds !== null && !highlight.actorIds.has(id)) || (!activeActors.has(id) && !nothingFiltered),
    [highlight.actorIds, activeActors, nothingFiltered],
  );
  const fadedRelation = useCallback((id: string) => highlight.relationIds !== null && !highlight.relationIds.has(id), [highlight.relationIds]);
  const nodeNames = useMemo(
    () => new Map(nodes.map((n) => [n.id, t('nodeName', { name: text.text(n.node.actor.name), kind: t(`kind_${n.node.actor.kind}`), count: n.count })])),
    [nodes, t, text],
  );
  const labelOf = useCallback((n: DrawnNode) => text.text(n.node.actor.name), [text]);
  const relationName = useCallback(
    (r: GraphRelation) =>
      t('relationName', { source: text.actorName(r.source), target: text.actorName(r.target), count: r.count, quad: t(`quad_${r.dominantQuad}`) }),
    [t, text],
  );
  const range = timeWindow ? formatTimeRange(timeWindow[0], timeWindow[1], text.language) : null;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;

  return (
    <div className="graph-view">
      {!compact && (
      <div className="graph-toolbar">
        <div className="zoom-buttons" role="group" aria-label={t('zoomControls')}>
          <button type="button" onClick={() => zoom.zoomBy(1.5)} aria-label={t('zoomIn')} title={t('zoomIn')}>+</button>
          <button type="button" onClick={() => zoom.zoomBy(1 / 1.5)} aria-label={t('zoomOut')} title={t('zoomOut')}>−</button>
          <button type="button" onClick={fit}>{t('graphFit')}</button>
          {pins.size > 0 && <button type="button" onClick={() => setPins(new Map())}>{t('graphUnpin')}</button>}
          <DownloadButtons chartRef={svgRef} fileBase={`${dataset.id}-actors`} labels={{ svg: t('downloadSvg'), png: t('downloadPng') }} decor={() => decor(t('graphHeading'))} />
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
      <div className={`graph-frame${onCanvas ? ' with-canvas' : ''}${fullGraph.nodes.length > ANIMATED_NODES_MAX ? ' is-large' : ''}`} ref={frameRef}>
        {positions.size === 0 && fullGraph.nodes.length > 0 && (
          <p className="graph-placing" role="status">
            {t('graphPlacing', { actors: fullGraph.nodes.length.toLocaleString(text.language) })}
          </p>
        )}
        {onCanvas && (
          <canvas
            ref={canvasRef}
            className="graph-canvas"
            style={{ width, height, transformOrigin: '0 0', transform: `translate(${delta.x}px,${delta.y}px) scale(${delta.k})` }}
            aria-hidden="true"
          />
        )}
        <svg ref={svgRef} className="graph-chart" width={width} height={height} role="group" aria-label={t('graphLabel', { actors: nodes.length, relations: graph.relations.length })}>
          <defs>
            {Object.entries(QUAD_COLOURS).map(([quad, colour]) => (
              <marker key={quad} id={`${markerId}-${quad}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
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
              affiliations={fullGraph.affiliations}
              relations={onCanvas ? null : graph.relations}
              isShown={isShown}
              positionOf={positionOf}
              radii={radii}
              fadedRelation={fadedRelation}
              selectedRelation={selectedRelation}
              markerId={markerId}
              relationName={relationName}
              onSelectRelation={selectRelation}
            />
            <GraphNodes nodes={drawnNodes} positionOf={nodePositionOf} isFaded={isFaded} selectedActor={selectedActor} pins={pins} tabStop={tabStop} names={nodeNames} handlers={handlers} />
          </g>
          <GraphLabels nodes={nodes} labels={labels} isFaded={isFaded} label={labelOf} transform={`translate(${delta.x},${delta.y}) scale(${delta.k})`} />
        </svg>
      </div>
      <GraphLegend t={t} kinds={new Set(dataset.actors.map((a) => a.kind))} />
    </div>
  );
}
