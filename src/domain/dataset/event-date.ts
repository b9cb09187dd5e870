import type { TimelineEvent } from '@/domain/dataset/model';
import { DAY_MS } from '@/domain/dates/day';

/**
 * True when the reader should see the date as approximate: marked uncertain
 * in EDTF, coarser than a day, resolved from a relative phrase, or external.
 */
export function isApproximate(event: TimelineEvent): boolean {
  return event.date.uncertain || event.date.precision !== 'day' || event.dateBasis === 'relative';
}

/** True when the event is drawn as a range (a bar) rather than a single day (a point). */
export function isRange(event: TimelineEvent): boolean {
  return event.date.latest - event.date.earliest >= DAY_MS;
}

/** The instant (ms since epoch UTC) a point mark stands at: the middle of its day or range. */
export function markInstant(event: TimelineEvent): number {
  const { earliest, latest } = event.date;
  if (!Number.isFinite(earliest)) return latest;
  if (!Number.isFinite(latest)) return earliest;
  return earliest + (latest - earliest) / 2;
}
