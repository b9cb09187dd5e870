/**
 * How many events name each actor, counted by slot in typed arrays: an actor
 * named twice in one event (as actor and recipient) counts once. Counting
 * 100,000 events names some 250,000 actors, so no map entry is made per name.
 */
export class ActorTally {
  /** Counts by slot. */
  readonly counts: Float64Array;
  // The position of the last event that counted each actor.
  private readonly lastCounted: Float64Array;

  /** `slots`: each actor id's place in `counts`, 0 to size − 1. */
  constructor(private readonly slots: ReadonlyMap<string, number>) {
    this.counts = new Float64Array(slots.size);
    this.lastCounted = new Float64Array(slots.size).fill(-1);
  }

  /** Counts the actors `ids` for the event at `position`; ids with no slot are ignored. */
  add(ids: readonly string[], position: number): void {
    for (const id of ids) {
      const slot = this.slots.get(id);
      if (slot === undefined || this.lastCounted[slot] === position) continue;
      this.lastCounted[slot] = position;
      this.counts[slot] = (this.counts[slot] ?? 0) + 1;
    }
  }
}
