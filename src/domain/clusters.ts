/** A run of events close together in time, separated from the next by a long gap. */
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

/** Minimal shape `findClusters` needs: an id and an instant range in ms. */
export interface ClusterInput {
  readonly id: string;
  readonly earliest: number;
  readonly latest: number;
}

/**
 * Splits events (sorted by earliest) into at most `maxClusters` runs at the
 * longest gaps between them, ignoring gaps shorter than `minGapMs`, so a
 * reader can jump between the busy stretches of a story.
 */
export function findClusters(events: readonly ClusterInput[], maxClusters = 6, minGapMs = 14 * 86_400_000): TimeCluster[] {
  const finite = events.filter((e) => Number.isFinite(e.earliest) && Number.isFinite(e.latest));
  if (finite.length === 0) return [];
  // A gap is measured from the latest end seen so far to the next start, so overlapping intervals never split.
  const gaps: { index: number; size: number }[] = [];
  let reach = (finite[0] as ClusterInput).latest;
  for (let i = 1; i < finite.length; i++) {
    const e = finite[i] as ClusterInput;
    const size = e.earliest - reach;
    if (size >= minGapMs) gaps.push({ index: i, size });
    reach = Math.max(reach, e.latest);
  }
  const cuts = gaps
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .slice(0, Math.max(maxClusters - 1, 0))
    .map((g) => g.index)
    .sort((a, b) => a - b);
  const clusters: TimeCluster[] = [];
  let from = 0;
  for (const to of [...cuts, finite.length]) {
    const run = finite.slice(from, to);
    clusters.push({
      start: (run[0] as ClusterInput).earliest,
      end: run.reduce((m, e) => Math.max(m, e.latest), -Infinity),
      count: run.length,
      firstEventId: (run[0] as ClusterInput).id,
    });
    from = to;
  }
  return clusters;
}
