/**
 * How a person works the graph's nodes: point at one (hover lights up its
 * events), press it (select), drag it (pin it where it is dropped), or move
 * between nodes with the arrow keys and Enter. Pointer events are heard on
 * the whole SVG and the node is found either as the element under the
 * pointer or, when nodes are drawn on a canvas, with a hit index; so the
 * same code serves a graph of ten SVG nodes and one of thousands on canvas.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { NodePosition } from '@/viz/graph-layout';
import { nearestInDirection } from '@/viz/graph-marks';
import type { NodeHitIndex } from '@/viz/node-hit-index';
import type { ZoomTransform } from '@/viz/zoom-transform';
import type { DrawnNode, NodeHandlers } from '@/views/graph/graph-layers';

/** What the hook needs from the view, read at the time of each event. */
export interface NodeInteractionScene {
  readonly nodes: readonly DrawnNode[];
  readonly transform: ZoomTransform;
  /** Set when nodes are drawn on a canvas: finds the node under a point in layout px. */
  readonly hitIndex: NodeHitIndex | null;
  readonly width: number;
  readonly height: number;
  readonly selectActor: (id: string | null) => void;
  readonly hoverActor: (id: string | null) => void;
  /** Moves the view (to bring a node reached by keyboard into sight). */
  readonly zoomTo: (t: ZoomTransform) => void;
}

/** Pointer handlers for the graph's SVG element. */
export interface SvgPointerHandlers {
  readonly onPointerDown: (e: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerMove: (e: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerUp: (e: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerLeave: (e: PointerEvent<SVGSVGElement>) => void;
}

export interface NodeInteraction {
  readonly svgHandlers: SvgPointerHandlers;
  readonly nodeHandlers: NodeHandlers;
  /** True when a press at this event's place lands on a node (it drags the node, not the view). */
  readonly isOnNode: (event: MouseEvent) => boolean;
  /** The node under the pointer (canvas mode only: SVG nodes hover by themselves). */
  readonly hoverId: string | null;
  /** The node being dragged and where it is, layout px. */
  readonly dragPos: { readonly id: string; readonly x: number; readonly y: number } | null;
  /** The node that last had keyboard focus. */
  readonly activeId: string | null;
}

/** A press that moves less than this, px, is a click. */
const CLICK_DISTANCE = 4;
/** How far outside a node's shape the pointer still reaches it, screen px (SVG nodes have a hit ring of 6 layout px). */
const HIT_SLACK = 8;
const DIRECTIONS: Readonly<Record<string, 'left' | 'right' | 'up' | 'down'>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function useNodeInteraction(
  svgRef: RefObject<SVGSVGElement | null>,
  scene: NodeInteractionScene,
  setPins: (update: (old: ReadonlyMap<string, NodePosition>) => ReadonlyMap<string, NodePosition>) => void,
): NodeInteraction {
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [dragPos, setDragPos] = useState<{ id: string; x: number; y: number } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // The handlers read the latest render through a ref, so they stay one object and the node layer is not redrawn.
  const latest = useRef(scene);
  latest.current = scene;

  const interaction = useMemo(() => {
    const nodeRefs = new Map<string, SVGGElement>();
    let drag: { id: string; pointerId: number; startX: number; startY: number; moved: boolean } | null = null;
    let hovered: string | null = null;
    // A node reached by keyboard that is not on the page yet (canvas mode): focused as it mounts.
    let focusWhenMounted: string | null = null;

    const toLayout = (clientX: number, clientY: number) => {
      const box = svgRef.current?.getBoundingClientRect();
      const { k, x, y } = latest.current.transform;
      return { x: (clientX - (box?.left ?? 0) - x) / k, y: (clientY - (box?.top ?? 0) - y) / k };
    };
    const nodeAt = (event: MouseEvent | PointerEvent<SVGSVGElement>): string | null => {
      const target = event.target instanceof Element ? event.target.closest('.graph-node') : null;
      if (target) return target.getAttribute('data-actor-id');
      const { hitIndex, transform } = latest.current;
      if (!hitIndex) return null;
      const p = toLayout(event.clientX, event.clientY);
      return hitIndex.nodeAt(p.x, p.y, HIT_SLACK / transform.k);
    };
    const hover = (id: string | null) => {
      if (id === hovered) return;
      hovered = id;
      if (latest.current.hitIndex) setHoverId(id);
      latest.current.hoverActor(id);
    };
    const focusNode = (id: string) => {
      const element = nodeRefs.get(id);
      if (element) element.focus();
      else focusWhenMounted = id;
    };
    // Brings a node reached by keyboard into sight, keeping the zoom.
    const reveal = (node: DrawnNode) => {
      const { transform: t, width, height, zoomTo } = latest.current;
      const sx = node.x * t.k + t.x;
      const sy = node.y * t.k + t.y;
      const margin = node.r * t.k + 8;
      if (sx >= margin && sx <= width - margin && sy >= margin && sy <= height - margin) return;
      zoomTo({ k: t.k, x: width / 2 - node.x * t.k, y: height / 2 - node.y * t.k });
    };

    const svgHandlers: SvgPointerHandlers = {
      onPointerDown: (e) => {
        if (e.button !== 0 || drag) return;
        const id = nodeAt(e);
        if (!id) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        drag = { id, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, moved: false };
        // A touch has no hover first: show the node pressed.
        hover(id);
      },
      onPointerMove: (e) => {
        if (!drag) {
          // Hovering with a mouse or pen; a pressed pointer is panning the view.
          if (e.buttons === 0) hover(nodeAt(e));
          return;
        }
        if (e.pointerId !== drag.pointerId) return;
        if (!drag.moved && Math.hypot(e.clientX - drag.startX, e.clientY - drag.startY) < CLICK_DISTANCE) return;
        drag.moved = true;
        setDragPos({ id: drag.id, ...toLayout(e.clientX, e.clientY) });
      },
      onPointerUp: (e) => {
        const d = drag;
        if (!d || e.pointerId !== d.pointerId) return;
        drag = null;
        if (d.moved) {
          const p = toLayout(e.clientX, e.clientY);
          setPins((old) => new Map(old).set(d.id, p));
          setDragPos(null);
        } else latest.current.selectActor(d.id);
        if (e.pointerType !== 'mouse') hover(null);
      },
      onPointerLeave: () => {
        if (!drag) hover(null);
      },
    };

    const nodeHandlers: NodeHandlers = {
      ref: (id, el) => {
        if (el) {
          nodeRefs.set(id, el);
          if (focusWhenMounted === id) {
            focusWhenMounted = null;
            el.focus();
          }
        } else nodeRefs.delete(id);
      },
      focus: (id) => setActiveId(id),
      keyDown: (e: KeyboardEvent<SVGGElement>, id) => {
        const { nodes, selectActor } = latest.current;
        const dir = DIRECTIONS[e.key];
        const from = dir ? nodes.find((n) => n.id === id) : undefined;
        if (dir && from) {
          e.preventDefault();
          const next = nearestInDirection(from, nodes, dir);
          if (next) {
            setActiveId(next.id);
            reveal(next);
            focusNode(next.id);
          }
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          selectActor(id);
        } else if (e.key === 'Escape') selectActor(null);
      },
    };
    return { svgHandlers, nodeHandlers, isOnNode: (event: MouseEvent) => nodeAt(event) !== null };
  }, [svgRef, setPins]);

  return { ...interaction, hoverId, dragPos, activeId };
}
