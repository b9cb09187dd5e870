// Greedy label placement for the actor graph: the most important labels go first, each to the
// first spot around its node that clears every placed label, every node circle and the view's
// edges; a label with no such spot is hidden. All coordinates are screen px, (0, 0) top-left.

/** One node's label to place: the node's centre and radius and the label box's size, all in screen px. */
export interface LabelInput {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** node radius, px */
  readonly r: number;
  /** label box size, px */
  readonly width: number;
  readonly height: number;
  /** higher first: more important labels are placed before others */
  readonly priority: number;
}

/** Where a label box sits relative to its node. */
export type LabelAnchor =
  'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

/** A placed label: its id, the top-left corner of its box in screen px, and which side of the node it is on. */
export interface PlacedLabel {
  readonly id: string;
  /** top-left corner of the label box, px */
  readonly x: number;
  readonly y: number;
  readonly anchor: LabelAnchor;
}

/** Space between a node's edge and its label box, px. */
const GAP = 3;
/** An item covering more grid cells than this is checked against every query instead of filed in cells. */
const MAX_CELLS_PER_ITEM = 64;

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

// Candidate boxes in the order they are tried: sides first, then the corners.
const CANDIDATES: readonly { anchor: LabelAnchor; at: (l: LabelInput) => [number, number] }[] = [
  { anchor: 'right', at: (l) => [l.x + l.r + GAP, l.y - l.height / 2] },
  { anchor: 'left', at: (l) => [l.x - l.r - GAP - l.width, l.y - l.height / 2] },
  { anchor: 'below', at: (l) => [l.x - l.width / 2, l.y + l.r + GAP] },
  { anchor: 'above', at: (l) => [l.x - l.width / 2, l.y - l.r - GAP - l.height] },
  // The box's nearest corner sits on the 45° line, GAP·√2 clear of the circle.
  { anchor: 'above-right', at: (l) => [l.x + diag(l), l.y - diag(l) - l.height] },
  { anchor: 'above-left', at: (l) => [l.x - diag(l) - l.width, l.y - diag(l) - l.height] },
  { anchor: 'below-right', at: (l) => [l.x + diag(l), l.y + diag(l)] },
  { anchor: 'below-left', at: (l) => [l.x - diag(l) - l.width, l.y + diag(l)] },
];

function diag(l: LabelInput): number {
  return l.r * Math.SQRT1_2 + GAP;
}

/** A uniform grid over the bounds that files items by the cells their bounding boxes touch. */
class Grid {
  private readonly cells: (number[] | undefined)[];
  private readonly large: number[] = [];
  private readonly cell: number;
  private readonly cols: number;
  private readonly rows: number;

  constructor(cell: number, width: number, height: number) {
    this.cell = cell;
    this.cols = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    this.cells = new Array<number[] | undefined>(this.cols * this.rows);
  }

  // The column or row of coordinate `v`, clamped to the grid (no allocation: this runs for every test).
  private col(v: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(v / this.cell)));
  }

  private row(v: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(v / this.cell)));
  }

  insert(item: number, b: Box): void {
    const c0 = this.col(b.x0);
    const c1 = this.col(b.x1);
    const r0 = this.row(b.y0);
    const r1 = this.row(b.y1);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_ITEM) {
      this.large.push(item);
      return;
    }
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const key = r * this.cols + c;
        const list = this.cells[key];
        if (list) list.push(item);
        else this.cells[key] = [item];
      }
    }
  }

  /** True if `hit` holds for any item filed in a cell that `b` touches; each item is tested once. */
  some(b: Box, seen: Uint32Array, stamp: number, hit: (item: number) => boolean): boolean {
    for (const item of this.large) if (hit(item)) return true;
    const c0 = this.col(b.x0);
    const c1 = this.col(b.x1);
    const r1 = this.row(b.y1);
    for (let r = this.row(b.y0); r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const list = this.cells[r * this.cols + c];
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const item = list[i]!;
          if (seen[item] === stamp) continue;
          seen[item] = stamp;
          if (hit(item)) return true;
        }
      }
    }
    return false;
  }
}

// Strict inequalities: boxes and circles that only touch do not overlap.
function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function boxHitsCircle(b: Box, cx: number, cy: number, r: number): boolean {
  const dx = Math.max(b.x0 - cx, 0, cx - b.x1);
  const dy = Math.max(b.y0 - cy, 0, cy - b.y1);
  return dx * dx + dy * dy < r * r;
}

function isValid(l: LabelInput): boolean {
  return [l.x, l.y, l.r, l.width, l.height].every(Number.isFinite) && l.r >= 0 && l.width >= 0 && l.height >= 0;
}

/**
 * Places labels greedily by priority (ties by id) in screen px: each takes the first candidate spot
 * around its node that overlaps no placed label, no node circle and stays inside the bounds, or is
 * hidden; a uniform grid keeps each test local (2,000 labels take about 20–60 ms).
 */
export function placeLabels(
  labels: readonly LabelInput[],
  bounds: { width: number; height: number },
  /** Node circles that get no label but that labels must still clear (screen px). */
  obstacles: readonly { readonly x: number; readonly y: number; readonly r: number }[] = [],
): { placed: PlacedLabel[]; hidden: string[] } {
  const width = Number.isFinite(bounds.width) ? Math.max(0, bounds.width) : 0;
  const height = Number.isFinite(bounds.height) ? Math.max(0, bounds.height) : 0;
  const candidates = labels.filter(isValid);
  // Every circle a label must clear: the labelled nodes', then the others'.
  const circles = [...candidates, ...obstacles.filter((o) => [o.x, o.y, o.r].every(Number.isFinite) && o.r > 0)];

  // Cells about the size of a typical node (for circles) and of a typical label (for placed boxes) keep
  // the lists per cell short, even where thousands of small nodes crowd together.
  const floor = Math.sqrt((width * height) / 1_000_000);
  const typicalLabel =
    candidates.reduce((sum, l) => sum + Math.max(l.width, l.height, 2 * l.r), 0) / Math.max(1, candidates.length);
  const typicalNode = circles.reduce((sum, l) => sum + 2 * l.r, 0) / Math.max(1, circles.length);
  const nodes = new Grid(Math.max(6, typicalNode, floor), width, height);
  const boxes = new Grid(Math.max(8, typicalLabel, floor), width, height);
  circles.forEach((l, i) => {
    // Circles wholly outside the view cannot touch a label inside it.
    const b = { x0: l.x - l.r, y0: l.y - l.r, x1: l.x + l.r, y1: l.y + l.r };
    if (l.r > 0 && b.x1 > 0 && b.y1 > 0 && b.x0 < width && b.y0 < height) nodes.insert(i, b);
  });

  const order = candidates
    .map((l, i) => ({ l, i, p: Number.isNaN(l.priority) ? -Infinity : l.priority }))
    .sort((a, b) => b.p - a.p || (a.l.id < b.l.id ? -1 : a.l.id > b.l.id ? 1 : 0));
  const placedBoxes: Box[] = [];
  const seenNodes = new Uint32Array(circles.length);
  const seenBoxes = new Uint32Array(candidates.length);
  let stamp = 0;
  const placed: PlacedLabel[] = [];
  const hidden: string[] = labels.filter((l) => !isValid(l)).map((l) => l.id);

  for (const { l } of order) {
    let done = false;
    for (const { anchor, at } of CANDIDATES) {
      const [x, y] = at(l);
      const box = { x0: x, y0: y, x1: x + l.width, y1: y + l.height };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      stamp += 1;
      if (nodes.some(box, seenNodes, stamp, (k) => boxHitsCircle(box, circles[k]!.x, circles[k]!.y, circles[k]!.r)))
        continue;
      if (boxes.some(box, seenBoxes, stamp, (k) => boxesOverlap(box, placedBoxes[k]!))) continue;
      boxes.insert(placedBoxes.length, box);
      placedBoxes.push(box);
      placed.push({ id: l.id, x, y, anchor });
      done = true;
      break;
    }
    if (!done) hidden.push(l.id);
  }
  return { placed, hidden };
}
