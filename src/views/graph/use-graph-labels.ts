import { useEffect, useMemo, useState } from 'react';
import type { EventText } from '@/components/use-event-text';
import { nextQuietTask } from '@/components/when-quiet';
import { placeLabels, type PlacedLabel } from '@/viz/label-placement';
import { LABEL_FONT, measureTextWidth } from '@/viz/measure-text';
import type { ZoomTransform } from '@/viz/zoom-transform';
import { LABEL_HEIGHT, type DrawnNode } from '@/views/graph/graph-layers';

/** The narrowest label box, px: bounds how many labels a panel could hold. */
const MIN_LABEL_WIDTH = 40;
/** Up to this many nodes labels are placed in the render; beyond, in a task of their own after it. */
const AT_ONCE_MAX_NODES = 300;
/** At most this many of the most important nodes on screen compete for a label in a crowded graph. */
const MAX_CANDIDATES = 120;

/** Placed labels, in screen px of the zoom transform `view` they were placed for. */
export interface GraphLabelsState {
  readonly labels: ReadonlyMap<string, PlacedLabel>;
  readonly view: ZoomTransform;
}

function placeGraphLabels(
  byImportance: readonly DrawnNode[],
  view: ZoomTransform,
  text: EventText,
  width: number,
  height: number,
): GraphLabelsState {
  // Nodes on screen, most important first; only as many compete for a label as could ever fit.
  const onScreen = [];
  for (const n of byImportance) {
    const x = n.x * view.k + view.x;
    const y = n.y * view.k + view.y;
    const r = n.r * view.k;
    if (x + r > 0 && y + r > 0 && x - r < width && y - r < height) onScreen.push({ n, x, y, r });
  }
  // No more labels can fit than boxes of the smallest size tile the panel.
  const room = Math.min(Math.ceil((width * height) / (MIN_LABEL_WIDTH * LABEL_HEIGHT)), MAX_CANDIDATES);
  const inputs = onScreen.slice(0, room).map(({ n, x, y, r }, rank) => {
    const name = text.text(n.node.actor.name);
    return { id: n.id, x, y, r, width: measureTextWidth(name, LABEL_FONT) + 4, height: LABEL_HEIGHT, priority: -rank };
  });
  // The other nodes on screen get no label, but labels must clear them.
  const placed = placeLabels(inputs, { width, height }, onScreen.slice(room));
  return { labels: new Map(placed.placed.map((p) => [p.id, p])), view };
}

/**
 * Where actor names go: the most important nodes first (active in what is
 * shown, then by events), each where it overlaps no other label or node, for
 * the zoom the view last rested on. In a large graph they are placed in a
 * task after the render that moved the nodes, so neither makes a long task;
 * until then the previous labels stay, with the view they were placed for.
 */
export function useGraphLabels(
  nodes: readonly DrawnNode[],
  activeActors: ReadonlySet<string>,
  view: ZoomTransform,
  text: EventText,
  width: number,
  height: number,
): GraphLabelsState {
  const byImportance = useMemo(() => {
    const importance = (n: DrawnNode) => n.node.eventCount + (activeActors.has(n.id) ? 1e9 : 0);
    return nodes.slice().sort((a, b) => importance(b) - importance(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }, [nodes, activeActors]);
  const atOnce = nodes.length <= AT_ONCE_MAX_NODES;
  const immediate = useMemo(
    () => (atOnce ? placeGraphLabels(byImportance, view, text, width, height) : null),
    [atOnce, byImportance, view, text, width, height],
  );
  const [later, setLater] = useState<GraphLabelsState>({ labels: new Map(), view });
  useEffect(() => {
    if (atOnce) return;
    return nextQuietTask(() => setLater(placeGraphLabels(byImportance, view, text, width, height)));
  }, [atOnce, byImportance, view, text, width, height]);
  return immediate ?? later;
}
