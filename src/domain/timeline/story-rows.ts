/**
 * The story layout's rows: events in time order, those with the same date
 * gathered in one row, and a row saying how long each long empty stretch is
 * between them ("23 years later"). Pure; instants in ms since epoch UTC.
 */
import {
  DEFAULT_BREAK_OPTIONS,
  findTimeBreaks,
  gapLength,
  type BreakOptions,
  type GapLength,
} from '@/domain/timeline/time-breaks';

/** What a row needs of an event: its id and its date as EDTF text and as instants. */
export interface StoryInput {
  readonly id: string;
  readonly date: { readonly edtf: string; readonly earliest: number; readonly latest: number };
}

/** One row of the story layout: the events of one date, or a long empty stretch before the next date. */
export type StoryRow<E extends StoryInput> =
  | { readonly kind: 'date'; readonly key: string; readonly events: readonly E[] }
  | {
      readonly kind: 'gap';
      readonly key: string;
      /** The stretch from the last end before it to the next start, ms since epoch UTC. */
      readonly from: number;
      readonly to: number;
      /** Its length as a reader is told it. */
      readonly length: GapLength;
    };

/**
 * The rows for events sorted by earliest instant: consecutive events with the
 * same EDTF date share a row, and each break `findTimeBreaks` finds in them
 * becomes a gap row before the first event after it. Linear in the events.
 */
export function createStoryRows<E extends StoryInput>(
  events: readonly E[],
  options: BreakOptions = DEFAULT_BREAK_OPTIONS,
): StoryRow<E>[] {
  const { breaks } = findTimeBreaks(events, options);
  const rows: StoryRow<E>[] = [];
  let open: { kind: 'date'; key: string; events: E[] } | null = null;
  let next = 0;
  for (const event of events) {
    const gap = breaks[next];
    if (gap && event.date.earliest >= gap.end) {
      rows.push({
        kind: 'gap',
        key: `gap-${next}`,
        from: gap.start,
        to: gap.end,
        length: gapLength(gap.start, gap.end),
      });
      next += 1;
      open = null;
    }
    if (open && open.events[0]?.date.edtf === event.date.edtf) {
      open.events.push(event);
    } else {
      open = { kind: 'date', key: event.id, events: [event] };
      rows.push(open);
    }
  }
  return rows;
}
