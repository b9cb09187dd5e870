/** A run of events close together in time, separated from the next by a long gap. */
import { DAY_MS } from '@/domain/dates/day';
export interface TimeCluster {
  /** Earliest instant of the first event, ms since epoch UTC. */
  readonly start: number;
  /** Latest instant of any event in it, ms since epoch UTC. */
  readonly end: number;
  /** How many events it holds. */
  readonly count: number;
  /** Id of its first event. */
  readonly firstEventId: string;
}

/** Minimal shape `findClusters` needs: an id and an instant range in ms (a `TimelineEvent` has both). */
export interface ClusterInput {
  readonly id: string;
  readonly date: { readonly earliest: number; readonly latest: number };
}

function isPlaced(event: ClusterInput): boolean {
  return Number.isFinite(event.date.earliest) && Number.isFinite(event.date.latest);
}

/**
 * Splits events (sorted by earliest) into at most `maxClusters` runs at the
 * longest gaps between them, ignoring gaps shorter than `minGapMs`, so a
 * reader can jump between the busy stretches of a story. Events with an open
 * end belong to no run. Two passes over the events, copying none of them: a
 * filter's answer may hold 100,000.
 */
export function findClusters(events: readonly ClusterInput[], maxClusters = 6, minGapMs = 14 * DAY_MS): TimeCluster[] {
  // The longest gaps so far, longest first (the earlier of two equal ones first): a few, however many events there are.
  const cutCount = Math.max(maxClusters - 1, 0);
  const longest: { readonly index: number; readonly size: number }[] = [];
  // A gap is measured from the latest end seen so far to the next start, so overlapping intervals never split.
  let reach = -Infinity;
  let placed = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as ClusterInput;
    if (!isPlaced(e)) continue;
    const size = e.date.earliest - reach;
    if (
      placed > 0 &&
      size >= minGapMs &&
      cutCount > 0 &&
      (longest.length < cutCount || size > (longest[longest.length - 1]?.size ?? Infinity))
    ) {
      let at = longest.length;
      while (at > 0 && (longest[at - 1]?.size ?? Infinity) < size) at -= 1;
      longest.splice(at, 0, { index: i, size });
      if (longest.length > cutCount) longest.pop();
    }
    reach = Math.max(reach, e.date.latest);
    placed += 1;
  }
  if (placed === 0) return [];
  const cuts = longest.map((g) => g.index).sort((a, b) => a - b);
  const clusters: TimeCluster[] = [];
  let open: { start: number; end: number; count: number; firstEventId: string } | null = null;
  let next = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as ClusterInput;
    if (!isPlaced(e)) continue;
    if (open !== null && i === cuts[next]) {
      clusters.push(open);
      open = null;
      next += 1;
    }
    open ??= { start: e.date.earliest, end: e.date.latest, count: 0, firstEventId: e.id };
    open.end = Math.max(open.end, e.date.latest);
    open.count += 1;
  }
  if (open !== null) clusters.push(open);
  return clusters;
}
