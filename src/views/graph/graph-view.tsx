/**
 * The actor graph: actors as nodes (shape by kind, size by events), relations
 * from actors to recipients as curved arrows (colour, dash and arrowhead by
 * quad class, width by count), affiliations as dotted links. The layout is
 * computed once per dataset over every actor, so filters, the time window and
 * "as of" only show, hide or fade marks: nodes keep their places.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { createActorGraph } from '@/domain/actor-graph';
import type { Dataset, TimelineEvent } from '@/domain/model';
import { DownloadButtons } from '@/components/download-buttons';
import { useElementWidth } from '@/components/use-element-width';
import { useExportDecor } from '@/components/use-export-decor';
import { useEventText } from '@/components/use-event-text';
import { useFilteredEvents } from '@/components/use-filtered-events';
import { useHighlight } from '@/components/use-highlight';
import { selectAsOfStep, selectSelection, selectTimeWindow } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { formatTimeRange } from '@/viz/format-time-range';
import { fitTransform, type NodePosition } from '@/viz/graph-layout';
import { edgePath, nearestInDirection, nodeRadius, nodeShapePath, relationWidth } from '@/viz/graph-marks';
import { drawRelations } from '@/viz/draw-relations';
import { placeLabels } from '@/viz/label-placement';
import { LABEL_FONT, measureTextWidth } from '@/viz/measure-text';
import { QUAD_COLOURS } from '@/viz/quad-colours';
import { AsOfControls } from '@/views/graph/as-of-controls';
import { GraphLegend } from '@/views/graph/graph-legend';
import { useGraphPositions } from '@/views/graph/use-graph-positions';
import { useGraphZoom } from '@/views/graph/use-graph-zoom';

const LABEL_HEIGHT = 16;
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
export function GraphView({ dataset, compact = false }: { readonly dataset: Dataset; readonly compact?: boolean }) {
  const t = useT();
  const text = useEventText(dataset);
  const filtered = useFilteredEvents(dataset);
  const highlight = useHighlight(dataset);
  const selection = useAppStore(selectSelection);
  const timeWindow = useAppStore(selectTimeWindow);
  const asOfStep = useAppStore(selectAsOfStep);
  const { selectActor, selectRelation, hoverActor } = useAppActions();
  const markerId = useId().replace(/:/g, '');
  const decor = useExportDecor(dataset);

  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(frameRef, 600);
  const height = compact ? Math.max(300, Math.min(620, Math.round(width * 0.8))) : width < 500 ? 380 : 480;
  const zoom = useGraphZoom(svgRef);

  // The whole graph decides sizes and places, so they do not jump when the view narrows.
  const fullGraph = useMemo(() => createActorGraph(dataset.actors, dataset.events), [dataset]);
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
    const key = `${dataset.id}:${width}:${height}:${settled}`;
    if (fitted.current !== key) {
      fitted.current = key;
      fit();
    }
  }, [dataset.id, width, height, settled, fit]);

  // What the graph shows: the filtered events in the timeline's window, or the first N in "as of" mode.
  const shownEvents = useMemo(
    () => (asOfStep !== null ? filtered.slice(0, asOfStep) : filtered.filter((e) => overlapsWindow(e, timeWindow))),
    [filtered, timeWindow, asOfStep],
  );
  const graph = useMemo(() => createActorGraph(dataset.actors, shownEvents), [dataset.actors, shownEvents]);
  const activeActors = useMemo(() => new Set(graph.nodes.filter((n) => n.eventCount > 0).map((n) => n.id)), [graph]);
  const windowCutsSome = shownEvents.length < filtered.length;
  const nothingFiltered = filtered === dataset.events && !windowCutsSome && asOfStep === null;
  const isShown = useCallback((id: string) => asOfStep === null || activeActors.has(id), [asOfStep, activeActors]);

  const shownCounts = useMemo(() => new Map(graph.nodes.map((g) => [g.id, g.eventCount])), [graph]);
  const nodes = useMemo(
    () =>
      fullGraph.nodes
        .filter((n) => isShown(n.id))
        .map((n) => {
          const p = positions.get(n.id) ?? { x: 0, y: 0 };
          return { id: n.id, node: n, x: p.x, y: p.y, r: radii.get(n.id) ?? 10, count: shownCounts.get(n.id) ?? 0 };
        }),
    [fullGraph, positions, radii, shownCounts, isShown],
  );
  const screen = useCallback((p: { x: number; y: number }) => ({ x: p.x * zoom.transform.k + zoom.transform.x, y: p.y * zoom.transform.k + zoom.transform.y }), [zoom.transform]);

  const labels = useMemo(() => {
    const inputs = nodes.map((n) => {
      const s = screen(n);
      const name = text.text(n.node.actor.name);
      return { id: n.id, x: s.x, y: s.y, r: n.r * zoom.transform.k, width: measureTextWidth(name, LABEL_FONT) + 4, height: LABEL_HEIGHT, priority: n.node.eventCount + (activeActors.has(n.id) ? 1000 : 0) };
    });
    const placed = placeLabels(inputs, { width, height });
    return new Map(placed.placed.map((p) => [p.id, p]));
  }, [nodes, screen, text, zoom.transform.k, width, height, activeActors]);

  const onCanvas = graph.relations.length > CANVAS_RELATIONS;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = onCanvas ? canvas?.getContext('2d') : null;
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    drawRelations(ctx, graph.relations, { positions, radii, transform: zoom.transform, highlighted: highlight.relationIds, width, height, ratio });
  }, [onCanvas, graph, positions, radii, zoom.transform, highlight.relationIds, width, height]);

  // Roving focus among nodes; arrow keys go to the nearest node in that direction.
  const [activeId, setActiveId] = useState<string | null>(null);
  const nodeRefs = useRef(new Map<string, SVGGElement>());
  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
  const tabStop = (activeId && nodes.some((n) => n.id === activeId) && activeId) || selectedActor || nodes[0]?.id;
  const onNodeKeyDown = (e: KeyboardEvent<SVGGElement>, id: string) => {
    const from = nodes.find((n) => n.id === id);
    const dirs: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    const dir = dirs[e.key];
    if (dir && from) {
      e.preventDefault();
      const next = nearestInDirection(from, nodes, dir);
      if (next) {
        setActiveId(next.id);
        nodeRefs.current.get(next.id)?.focus();
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectActor(id);
    } else if (e.key === 'Escape') selectActor(null);
  };

  // Dragging a node pins it where it is dropped.
  const drag = useRef<{ id: string; startX: number; startY: number; moved: boolean } | null>(null);
  const [dragPos, setDragPos] = useState<{ id: string; x: number; y: number } | null>(null);
  const toGraph = (e: PointerEvent) => {
    const box = svgRef.current?.getBoundingClientRect();
    const { k, x, y } = zoom.transform;
    return { x: (e.clientX - (box?.left ?? 0) - x) / k, y: (e.clientY - (box?.top ?? 0) - y) / k };
  };
  const onNodePointerDown = (e: PointerEvent<SVGGElement>, id: string) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id, startX: e.clientX, startY: e.clientY, moved: false };
  };
  const onNodePointerMove = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d) return;
    if (!d.moved && Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < 4) return;
    d.moved = true;
    setDragPos({ id: d.id, ...toGraph(e) });
  };
  const onNodePointerUp = (e: PointerEvent<SVGGElement>, id: string) => {
    const d = drag.current;
    drag.current = null;
    if (d?.moved) {
      const p = toGraph(e);
      setPins((old) => new Map(old).set(id, p));
      setDragPos(null);
    } else selectActor(id);
  };
  const positionOf = (id: string) => (dragPos?.id === id ? dragPos : positions.get(id) ?? { x: 0, y: 0 });

  const relationName = (r: (typeof graph.relations)[number]) =>
    t('relationName', { source: text.actorName(r.source), target: text.actorName(r.target), count: r.count, quad: t(`quad_${r.dominantQuad}`) });
  const range = timeWindow ? formatTimeRange(timeWindow[0], timeWindow[1], text.language) : null;

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
      <div className="graph-frame" ref={frameRef}>
        {onCanvas && <canvas ref={canvasRef} className="graph-canvas" style={{ width, height }} aria-hidden="true" />}
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
          <g transform={`translate(${zoom.transform.x},${zoom.transform.y}) scale(${zoom.transform.k})`}>
            <g className="graph-affiliations" aria-hidden="true">
              {fullGraph.affiliations
                .filter((a) => isShown(a.source) && isShown(a.target))
                .map((a) => {
                  const p = positionOf(a.source);
                  const q = positionOf(a.target);
                  return <line key={a.id} x1={p.x} y1={p.y} x2={q.x} y2={q.y} className="affiliation-link" />;
                })}
            </g>
            <g className="graph-relations">
              {!onCanvas && graph.relations.map((r) => {
                const geometry = edgePath(positionOf(r.source), positionOf(r.target), (radii.get(r.source) ?? 10) + 2, (radii.get(r.target) ?? 10) + 3);
                const faded = highlight.relationIds !== null && !highlight.relationIds.has(r.id);
                const selected = selection?.kind === 'relation' && selection.id === r.id;
                const verbal = r.dominantQuad.startsWith('verbal') || r.dominantQuad === 'none';
                return (
                  <g key={r.id} className={`graph-relation${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`} onClick={() => selectRelation(r.id)}>
                    <title>{relationName(r)}</title>
                    <path d={geometry.d} className="relation-hit" />
                    <path
                      d={geometry.d}
                      fill="none"
                      stroke={QUAD_COLOURS[r.dominantQuad]}
                      strokeWidth={relationWidth(r.count) + (selected ? 1.5 : 0)}
                      strokeDasharray={verbal ? '6 4' : undefined}
                      markerEnd={`url(#${markerId}-${r.dominantQuad})`}
                    />
                  </g>
                );
              })}
            </g>
            <g className="graph-nodes">
              {nodes.map((n) => {
                const p = positionOf(n.id);
                const active = activeActors.has(n.id);
                const faded = (highlight.actorIds !== null && !highlight.actorIds.has(n.id)) || (!active && !nothingFiltered);
                const selected = selectedActor === n.id;
                const kind = t(`kind_${n.node.actor.kind}`);
                return (
                  <g
                    key={n.id}
                    ref={(el) => {
                      if (el) nodeRefs.current.set(n.id, el);
                      else nodeRefs.current.delete(n.id);
                    }}
                    className={`graph-node${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}${pins.has(n.id) ? ' is-pinned' : ''}`}
                    transform={`translate(${p.x},${p.y})`}
                    role="button"
                    tabIndex={n.id === tabStop ? 0 : -1}
                    aria-pressed={selected}
                    aria-label={t('nodeName', { name: text.text(n.node.actor.name), kind, count: n.count })}
                    data-actor-id={n.id}
                    onPointerDown={(e) => onNodePointerDown(e, n.id)}
                    onPointerMove={onNodePointerMove}
                    onPointerUp={(e) => onNodePointerUp(e, n.id)}
                    onMouseEnter={() => hoverActor(n.id)}
                    onMouseLeave={() => hoverActor(null)}
                    onFocus={() => setActiveId(n.id)}
                    onKeyDown={(e) => onNodeKeyDown(e, n.id)}
                  >
                    <circle r={n.r + 6} className="node-hit" />
                    {selected && <circle r={n.r + 5} className="node-selected-ring" />}
                    <path d={nodeShapePath(n.node.actor.kind, n.r)} className={`node-shape kind-${n.node.actor.kind}`} />
                    <circle r={n.r + 4} className="node-focus-ring" />
                  </g>
                );
              })}
            </g>
          </g>
          <g className="graph-labels" aria-hidden="true">
            {nodes.map((n) => {
              const l = labels.get(n.id);
              if (!l) return null;
              const faded = (highlight.actorIds !== null && !highlight.actorIds.has(n.id)) || (!activeActors.has(n.id) && !nothingFiltered);
              return (
                <text key={n.id} x={l.x + 2} y={l.y + LABEL_HEIGHT / 2} dominantBaseline="central" className={`graph-label${faded ? ' is-faded' : ''}`}>
                  {text.text(n.node.actor.name)}
                </text>
              );
            })}
          </g>
        </svg>
      </div>
      <GraphLegend t={t} kinds={new Set(dataset.actors.map((a) => a.kind))} />
    </div>
  );
}
