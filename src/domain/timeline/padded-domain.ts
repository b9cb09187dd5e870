import type { TimelineEvent } from '@/domain/dataset/model';
import { DAY_MS } from '@/domain/dates/day';

/**
 * The full time range a timeline of `events` draws, ms since epoch UTC: from
 * the earliest to the latest known instant with a margin of 4 % (at least a
 * week) on both sides; the year before `now` when no event has a known date.
 */
export function paddedDomain(events: readonly TimelineEvent[], now = Date.now()): readonly [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const a = Number.isFinite(e.date.earliest) ? e.date.earliest : e.date.latest;
    const b = Number.isFinite(e.date.latest) ? e.date.latest : e.date.earliest;
    if (Number.isFinite(a)) lo = Math.min(lo, a);
    if (Number.isFinite(b)) hi = Math.max(hi, b);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [now - 365 * DAY_MS, now];
  const pad = Math.max((hi - lo) * 0.04, 7 * DAY_MS);
  return [lo - pad, hi + pad];
}
