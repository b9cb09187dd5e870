/**
 * Lane layout for the timeline: pure maths in pixels, no DOM. Each mark gets a
 * lane (row) so that no two marks or labels overlap; marks that do not fit in
 * the lanes available are reported as hidden so the view can aggregate them.
 */

/** A mark to place: its horizontal extent and the width of its label, in px. */
export interface LaneItem {
  readonly id: string;
  /** Left edge of the mark, px from the chart's left. */
  readonly x0: number;
  /** Right edge of the mark, px; equal to x0 for a point. */
  readonly x1: number;
  /** Width the label needs on one line, px. */
  readonly labelWidth: number;
  /** Width it needs wrapped onto two lines, px (`twoLineWidth`); none: it stays on one line. */
  readonly wrappedWidth?: number;
}

/** Where a mark and its label go. */
export interface PlacedItem {
  readonly id: string;
  readonly lane: number;
  readonly x0: number;
  readonly x1: number;
  /** Left edge of the label, px. */
  readonly labelX: number;
  /** Which side of the mark the label is on. */
  readonly labelSide: 'right' | 'left' | 'inside';
  /** Width the label is given, px: on one line or two, as it needs, or less where it fits neither side even on two (to be cut to it). */
  readonly labelWidth: number;
  /** The whole horizontal space the mark and label occupy, px. */
  readonly left: number;
  readonly right: number;
}

/** Lane layout options, in px. */
export interface LaneOptions {
  /** Width of the visible chart; labels that would run past it go to the left of their mark. */
  readonly viewportWidth: number;
  /** Radius of a point mark: space taken on each side of x0. */
  readonly pointRadius: number;
  /** Space between a mark and its label. */
  readonly labelGap: number;
  /** Least space between two neighbours in one lane. */
  readonly itemGap: number;
  /** Most lanes to use; items that fit none are hidden. */
  readonly maxLanes: number;
}

/** The result of `layoutLanes`. */
export interface LaneLayout {
  readonly placed: readonly PlacedItem[];
  /** Ids of items that fit no lane, in input order. */
  readonly hidden: readonly string[];
  /** Number of lanes used. */
  readonly laneCount: number;
}

function extentOf(item: LaneItem, o: LaneOptions): Omit<PlacedItem, 'lane'> {
  const left = item.x0 - o.pointRadius;
  const markRight = Math.max(item.x1, item.x0 + o.pointRadius);
  // A bar wide enough for its label keeps the label inside.
  if (item.x1 - item.x0 >= item.labelWidth + 2 * o.labelGap) {
    return { ...item, labelX: item.x0 + o.labelGap, labelSide: 'inside', left, right: markRight };
  }
  const rightRoom = o.viewportWidth - markRight - o.labelGap;
  const leftRoom = left - o.labelGap;
  const right = (width: number): Omit<PlacedItem, 'lane'> => {
    const labelX = markRight + o.labelGap;
    return { ...item, labelX, labelSide: 'right', labelWidth: width, left, right: labelX + width };
  };
  const onLeft = (width: number): Omit<PlacedItem, 'lane'> => {
    const labelX = left - o.labelGap - width;
    return { ...item, labelX, labelSide: 'left', labelWidth: width, left: labelX, right: markRight };
  };
  // On one line on the right, else on the left; then on two lines, right or left; fitting neither, on the
  // roomier side, cut to its room.
  const wrapped = Math.min(item.wrappedWidth ?? item.labelWidth, item.labelWidth);
  if (item.labelWidth <= rightRoom) return right(item.labelWidth);
  if (item.labelWidth <= leftRoom) return onLeft(item.labelWidth);
  if (wrapped <= rightRoom) return right(wrapped);
  if (wrapped <= leftRoom) return onLeft(wrapped);
  if (rightRoom >= leftRoom) return right(Math.max(rightRoom, 0));
  return onLeft(Math.max(leftRoom, 0));
}

/**
 * Places items (in any order) into lanes greedily by left edge: each goes to
 * the first lane whose last occupant ends at least `itemGap` before it.
 * Deterministic: ties are broken by id.
 */
export function layoutLanes(items: readonly LaneItem[], options: LaneOptions): LaneLayout {
  const extents = items
    .map((item) => extentOf(item, options))
    .sort((a, b) => a.left - b.left || a.right - b.right || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneEnds: number[] = [];
  const placed: PlacedItem[] = [];
  const hiddenSet = new Set<string>();
  for (const e of extents) {
    let lane = laneEnds.findIndex((end) => end + options.itemGap <= e.left);
    if (lane === -1) {
      if (laneEnds.length >= options.maxLanes) {
        hiddenSet.add(e.id);
        continue;
      }
      lane = laneEnds.length;
      laneEnds.push(e.right);
    } else laneEnds[lane] = e.right;
    placed.push({ ...e, lane });
  }
  return {
    placed,
    hidden: items.filter((i) => hiddenSet.has(i.id)).map((i) => i.id),
    laneCount: laneEnds.length,
  };
}
