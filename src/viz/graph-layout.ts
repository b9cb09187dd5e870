import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { Force, SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';

// The actor graph's force layout: plain data in, plain data out, no DOM and no timer, so the same
// function can later run in a Web Worker. Positions are in layout px: (0, 0) is the top-left corner
// of a width × height box, before any zoom transform.

/** One node to lay out: its id, its radius in px, and its pin in layout px if the person dragged it. */
export interface LayoutNodeInput {
  readonly id: string;
  /** px */
  readonly radius: number;
  /** a pinned position, px, if the person dragged it */
  readonly pinned?: { readonly x: number; readonly y: number };
}

/** One link between two node ids; its weight (≥ 1, e.g. an event count) makes it pull harder. */
export interface LayoutLinkInput {
  readonly source: string;
  readonly target: string;
  /** relative strength, ≥ 1 (e.g. event count) */
  readonly weight: number;
  /** structural links (affiliation) pull harder and shorter */
  readonly kind: 'relation' | 'affiliation';
}

/** The layout box in px, the random seed, and the previous layout's positions in layout px. */
export interface LayoutOptions {
  readonly width: number;
  readonly height: number;
  /** any integer; same seed + same input ⇒ same output */
  readonly seed: number;
  /** positions from the previous layout, px: nodes keep their places */
  readonly previous?: ReadonlyMap<string, { x: number; y: number }>;
  /** simulation steps; default 300 */
  readonly ticks?: number;
}

/** A node's centre in layout px. */
export interface NodePosition {
  readonly x: number;
  readonly y: number;
}

/** A zoom transform: screen px = k × layout px + (x, y). */
export interface FitTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

interface SimNode extends SimulationNodeDatum {
  readonly id: string;
  readonly radius: number;
  /** Many-body strength, negative: repulsion. */
  readonly charge: number;
  /** Where forceX/forceY pull this node, and how hard: the centre, or nearly its previous spot. */
  targetX: number;
  targetY: number;
  pullX: number;
  pullY: number;
}

type SimLink = SimulationLinkDatum<SimNode> & Pick<LayoutLinkInput, 'weight' | 'kind'>;

const DEFAULT_TICKS = 300;
/** The share of the box's half-width and half-height that gravity aims the layout's extent at. */
const FILL = 0.85;
/** Pull to a node's previous spot, per tick × alpha: far above the rest, yet below the ≈ 5.3 where forceX oscillates. */
const ANCHOR = 3;
/** Empty space kept between two circles, px. */
const COLLIDE_PADDING = 4;
/** The share of ticks run before collision starts: untangling first is cheaper and looks the same. */
const COLLIDE_FROM = 0.4;
/** Barnes–Hut accuracy; 1.2 rather than d3's 0.9 saves about a third of many-body time, unseen. */
const THETA = 1.2;
/** Link rest length between circle edges, px, before crowding shrinks it. */
const LINK_GAP = { relation: 50, affiliation: 20 } as const;
/** Link stiffness before the degree normalisation d3 uses by default. */
const LINK_PULL = { relation: 0.6, affiliation: 1 } as const;
/** Repulsion of a node of radius 0; larger nodes push harder. */
const CHARGE = 30;
/** The comfortable spacing per node, px, below which lengths and charge shrink. */
const COMFORT_SPACING = 60;

/** d3-force's LCG (a = 1664525, c = 1013904223, m = 2³²) started from a seed instead of 1. */
function lcg(seed: number): () => number {
  let s = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

const finiteOr = (value: number | undefined, fallback: number): number =>
  value !== undefined && Number.isFinite(value) ? value : fallback;
// An empty range (a circle wider than the box) collapses to its middle.
const clamp = (value: number, lo: number, hi: number): number =>
  lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, value));

// Compare by UTF-16 code units, not locale, so the order (and thus the layout) is the same everywhere.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Keeps every centre inside [r, width − r] × [r, height − r] while the simulation runs. */
function forceBounds(width: number, height: number): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = () => {
    for (const n of nodes) {
      const x = clamp(n.x ?? 0, n.radius, width - n.radius);
      const y = clamp(n.y ?? 0, n.radius, height - n.radius);
      // Stop the velocity that pushed it out, or the wall would bounce it back each tick.
      if (x !== n.x) [n.x, n.vx] = [x, 0];
      if (y !== n.y) [n.y, n.vy] = [y, 0];
    }
  };
  force.initialize = (next: SimNode[]) => {
    nodes = next;
  };
  return force;
}

/** One link per unordered pair: weights add up, and the pair is structural if any of its links is. */
function mergeLinks(links: readonly LayoutLinkInput[], known: ReadonlySet<string>): SimLink[] {
  const byPair = new Map<string, { source: string; target: string; weight: number; kind: LayoutLinkInput['kind'] }>();
  for (const l of links) {
    if (l.source === l.target || !known.has(l.source) || !known.has(l.target)) continue;
    const [a, b] = l.source < l.target ? [l.source, l.target] : [l.target, l.source];
    const key = `${a}\u0000${b}`;
    const weight = Math.max(1, finiteOr(l.weight, 1));
    const hit = byPair.get(key);
    if (hit) {
      hit.weight += weight;
      if (l.kind === 'affiliation') hit.kind = 'affiliation';
    } else byPair.set(key, { source: a, target: b, weight, kind: l.kind });
  }
  // A fresh literal, not a spread copy: in V8, forceLink's hot loop runs several times slower on
  // spread-cloned objects once it swaps their string ends for node objects.
  return [...byPair.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([, l]) => ({ source: l.source, target: l.target, weight: l.weight, kind: l.kind }));
}

/**
 * Starting spots in layout px: pinned and previously placed nodes keep theirs; a new node starts
 * near the mean of its placed neighbours (breadth first, so chains of new nodes grow outwards),
 * and a node with none on a seeded spot near the centre.
 */
function seedPositions(
  nodes: SimNode[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  placed: Map<string, { x: number; y: number }>,
  random: () => number,
  { width, height, spread }: { width: number; height: number; spread: number },
): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const place = (n: SimNode, x: number, y: number) => {
    n.x = x;
    n.y = y;
    placed.set(n.id, { x, y });
  };
  let queue: SimNode[] = nodes.filter((n) => placed.has(n.id));
  for (const n of queue) [n.x, n.y] = [placed.get(n.id)!.x, placed.get(n.id)!.y];
  const discR = Math.min(Math.min(width, height) / 2, 10 * Math.sqrt(nodes.length + 1));
  for (let next = 0; ;) {
    while (queue.length > 0) {
      const frontier: SimNode[] = [];
      for (const n of queue) {
        for (const id of neighbours.get(n.id) ?? []) {
          const m = byId.get(id)!;
          if (placed.has(m.id)) continue;
          let [sx, sy, count] = [0, 0, 0];
          for (const other of neighbours.get(m.id) ?? []) {
            const p = placed.get(other);
            if (p) [sx, sy, count] = [sx + p.x, sy + p.y, count + 1];
          }
          // An offset of about one link length, in a seeded direction, so siblings do not coincide.
          const angle = random() * 2 * Math.PI;
          const dist = m.radius + spread * (0.5 + random() / 2);
          place(m, sx / count + dist * Math.cos(angle), sy / count + dist * Math.sin(angle));
          frontier.push(m);
        }
      }
      queue = frontier;
    }
    while (next < nodes.length && placed.has(nodes[next]!.id)) next += 1;
    if (next >= nodes.length) return;
    const root = nodes[next]!;
    const angle = random() * 2 * Math.PI;
    const dist = discR * Math.sqrt(random());
    place(root, width / 2 + dist * Math.cos(angle), height / 2 + dist * Math.sin(angle));
    queue = [root];
  }
}

/**
 * Lays out the actor graph deterministically and returns each node's centre in layout px, inside
 * [radius, width − radius] × [radius, height − radius]; nodes from `previous` stay close to their
 * old spots and pinned nodes stay exactly on their pins (clamped into the box).
 */
export function createGraphLayout(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  options: LayoutOptions,
): Map<string, NodePosition> {
  const width = Math.max(0, finiteOr(options.width, 0));
  const height = Math.max(0, finiteOr(options.height, 0));
  const ticks = Math.max(0, Math.floor(finiteOr(options.ticks, DEFAULT_TICKS)));
  const random = lcg(options.seed);

  // Sorted copies: the layout depends on the sets of nodes and links, not on the order they came in.
  const unique = new Map<string, LayoutNodeInput>();
  for (const n of nodes) if (!unique.has(n.id)) unique.set(n.id, n);
  const inputs = [...unique.values()].sort((a, b) => compare(a.id, b.id));
  // Crowding: when the box offers less than a comfortable spacing per node, shrink lengths and charge.
  const crowd = clamp(Math.sqrt((width * height) / Math.max(1, inputs.length)) / COMFORT_SPACING, 0.3, 1);
  const sim: SimNode[] = inputs.map((n) => {
    const radius = Math.max(0, finiteOr(n.radius, 0));
    return {
      id: n.id,
      radius,
      charge: -(CHARGE + radius) * crowd,
      targetX: width / 2,
      targetY: height / 2,
      pullX: 0,
      pullY: 0,
    };
  });
  // In 2-D, d3's many-body force falls off as 1/d, so the rim of a round layout feels the summed
  // charge Q over its radius R; gravity g·R balances it at R = √(Q/g). Choosing g per axis makes a
  // layout of any size fill about FILL of the box, and stretches it to the box's aspect ratio.
  const totalCharge = sim.reduce((sum, n) => sum - n.charge, 0);
  const gravityX = clamp(finiteOr(totalCharge / ((FILL * width) / 2) ** 2, 0.5), 0.002, 0.5);
  const gravityY = clamp(finiteOr(totalCharge / ((FILL * height) / 2) ** 2, 0.5), 0.002, 0.5);
  const simLinks = mergeLinks(links, new Set(unique.keys()));

  const neighbours = new Map<string, string[]>();
  for (const l of simLinks) {
    const s = l.source as string;
    const t = l.target as string;
    (neighbours.get(s) ?? neighbours.set(s, []).get(s)!).push(t);
    (neighbours.get(t) ?? neighbours.set(t, []).get(t)!).push(s);
  }

  const placed = new Map<string, { x: number; y: number }>();
  sim.forEach((n, i) => {
    const pin = inputs[i]!.pinned;
    const prev = options.previous?.get(n.id);
    n.pullX = gravityX;
    n.pullY = gravityY;
    if (pin && Number.isFinite(pin.x) && Number.isFinite(pin.y)) {
      n.fx = clamp(pin.x, n.radius, width - n.radius);
      n.fy = clamp(pin.y, n.radius, height - n.radius);
      placed.set(n.id, { x: n.fx, y: n.fy });
    } else if (prev && Number.isFinite(prev.x) && Number.isFinite(prev.y)) {
      const x = clamp(prev.x, n.radius, width - n.radius);
      const y = clamp(prev.y, n.radius, height - n.radius);
      // Gravity and anchor together are one pull to their weighted mean, with their summed strength;
      // keeping gravity keeps the old balance with the charge, so an unchanged graph stays put.
      n.pullX = gravityX + ANCHOR;
      n.pullY = gravityY + ANCHOR;
      n.targetX = (gravityX * n.targetX + ANCHOR * x) / n.pullX;
      n.targetY = (gravityY * n.targetY + ANCHOR * y) / n.pullY;
      placed.set(n.id, { x, y });
    }
  });
  seedPositions(sim, neighbours, placed, random, { width, height, spread: LINK_GAP.relation * crowd });
  const positionsOf = () => {
    const out = new Map<string, NodePosition>();
    for (const n of sim) {
      out.set(n.id, {
        x: clamp(finiteOr(n.x, width / 2), n.radius, width - n.radius),
        y: clamp(finiteOr(n.y, height / 2), n.radius, height - n.radius),
      });
    }
    return out;
  };
  // The starting spots alone (a large graph shows them while a worker settles it): no simulation to build.
  if (ticks === 0) return positionsOf();

  const degree = new Map<string, number>();
  for (const [id, list] of neighbours) degree.set(id, list.length);
  const radiusOf = (end: string | number | SimNode) => (typeof end === 'object' ? end.radius : 0);
  const degreeOf = (end: string | number | SimNode) => (typeof end === 'object' ? (degree.get(end.id) ?? 1) : 1);

  const simulation = forceSimulation<SimNode, SimLink>()
    .stop()
    .randomSource(random)
    .nodes(sim)
    .force('bounds', forceBounds(width, height))
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((d) => d.id)
        .distance((l) => LINK_GAP[l.kind] * crowd + radiusOf(l.source) + radiusOf(l.target))
        // d3's default 1 / min(degree) keeps hubs stable; the weight adds up to ×2 per decade of events.
        .strength((l) => {
          const pull = LINK_PULL[l.kind] * (1 + Math.log10(l.weight) / 2);
          return Math.min(1, pull / Math.min(degreeOf(l.source), degreeOf(l.target)));
        }),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .theta(THETA)
        .strength((d) => d.charge),
    )
    .force(
      'x',
      forceX<SimNode>((d) => d.targetX).strength((d) => d.pullX),
    )
    .force(
      'y',
      forceY<SimNode>((d) => d.targetY).strength((d) => d.pullY),
    );
  const early = Math.floor(ticks * COLLIDE_FROM);
  simulation.tick(early);
  // Collision ignores alpha, so overlaps keep being resolved to the very last tick; two passes a
  // tick are what dense graphs need to come apart against gravity.
  simulation.force('collide', forceCollide<SimNode>((d) => d.radius + COLLIDE_PADDING / 2).iterations(2));
  simulation.tick(ticks - early);
  return positionsOf();
}

/**
 * The zoom transform (scale k, translation x, y in screen px) that fits every node circle, with
 * `padding` px to spare, into a width × height view; never zooms in beyond `maxScale`.
 */
export function fitTransform(
  positions: ReadonlyMap<string, NodePosition>,
  radii: ReadonlyMap<string, number>,
  width: number,
  height: number,
  padding: number,
  maxScale: number = Infinity,
): FitTransform {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [id, p] of positions) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const r = Math.max(0, finiteOr(radii.get(id), 0));
    x0 = Math.min(x0, p.x - r);
    y0 = Math.min(y0, p.y - r);
    x1 = Math.max(x1, p.x + r);
    y1 = Math.max(y1, p.y + r);
  }
  if (x0 > x1) return { k: 1, x: 0, y: 0 };
  const availW = Math.max(1, width - 2 * padding);
  const availH = Math.max(1, height - 2 * padding);
  // A lone point has no extent: fit it at the largest allowed scale, or 1 when that is unbounded.
  const fit = Math.min(x1 > x0 ? availW / (x1 - x0) : Infinity, y1 > y0 ? availH / (y1 - y0) : Infinity);
  const k = Math.min(fit, maxScale) === Infinity ? 1 : Math.min(fit, maxScale);
  return { k, x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2) };
}
