/**
 * What the map counts, over the events it shows: how many happened at each
 * place and which quad class dominates there; how many each state took part
 * in (as actor or recipient, itself or through a person or body acting for
 * it); and the relations between states, aggregated per ordered pair of
 * countries like the actor graph's relations. One pass over the events.
 */
import type { Actor, Dataset, QuadClass, TimelineEvent } from '@/domain/dataset/model';
import { QUAD_PRIORITY } from '@/domain/graph/actor-graph';

/** Events counted for one place or one country. */
export interface Tally {
  readonly count: number;
  /** The quad class with the most events; ties go to conflict before cooperation, material before verbal. */
  readonly dominantQuad: QuadClass;
}

/** A relation between two states' countries, from actor to recipient. */
export interface StateRelation extends Tally {
  /** `${source}->${target}`, ISO 3166-1 alpha-3 codes. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** The map's counts for a set of events. */
export interface MapTally {
  /** Per place id; places without events are absent. */
  readonly places: ReadonlyMap<string, Tally>;
  /** Per ISO 3166-1 alpha-3 code of a state taking part; countries without events are absent. */
  readonly countries: ReadonlyMap<string, Tally>;
  /** Relations between states, most events first, then by id. */
  readonly relations: readonly StateRelation[];
  /** The largest count of any place, and of any country (0 when none). */
  readonly maxPlaceCount: number;
  readonly maxCountryCount: number;
}

const QUAD_INDEX: ReadonlyMap<QuadClass, number> = new Map(QUAD_PRIORITY.map((q, i) => [q, i]));

/**
 * The country each actor stands for on the map: a state's own code, or the
 * code of the state an actor acts for (its `affiliation`). Persons and
 * bodies with a `country` of their own but no state to act for stand for
 * none: a citizen is not the state.
 */
export function stateCountries(actors: readonly Actor[]): ReadonlyMap<string, string> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const countries = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind === 'state' && actor.country) countries.set(actor.id, actor.country);
    else if (actor.affiliation) {
      const state = byId.get(actor.affiliation);
      if (state?.kind === 'state' && state.country) countries.set(actor.id, state.country);
    }
  }
  return countries;
}

/** The state actors of each country code: whom selecting a country on the map selects. */
export function statesByCountry(actors: readonly Actor[]): ReadonlyMap<string, readonly string[]> {
  const states = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.kind !== 'state' || !actor.country) continue;
    const list = states.get(actor.country);
    if (list) list.push(actor.id);
    else states.set(actor.country, [actor.id]);
  }
  return states;
}

// The quad classes' indices in QUAD_PRIORITY, and the slot after them that holds the total.
const QUADS = QUAD_PRIORITY.length;
const SLOTS = QUADS + 1;

/** The tally of one row of counts: total, and the dominant quad class (ties to the earlier in QUAD_PRIORITY). */
function tallyOf(counts: Int32Array, at: number): Tally {
  let best = 0;
  for (let q = 1; q < QUADS; q += 1) if ((counts[at + q] ?? 0) > (counts[at + best] ?? 0)) best = q;
  return { count: counts[at + QUADS] ?? 0, dominantQuad: QUAD_PRIORITY[best] ?? 'none' };
}

/** Counts events one slice at a time (`add`), then gives the tally (`finish`); `tallyMap` does it at once. */
export class MapTallyBuilder {
  // Countries as small numbers, so the pass over 100,000 events counts in typed arrays, with no strings built.
  private readonly codes: string[] = [];
  private readonly actorCode = new Map<string, number>();
  private readonly countries: Int32Array;
  private readonly relations = new Map<number, Int32Array>();
  private readonly places = new Map<string, Int32Array>();
  // The last event each country was counted for: a country counts once per event.
  private readonly countedIn: Int32Array;
  private readonly pairs: number[] = [];
  private done = 0;

  constructor(
    dataset: Pick<Dataset, 'actors'>,
    private readonly events: readonly TimelineEvent[],
  ) {
    const codeIndex = new Map<string, number>();
    for (const [id, code] of stateCountries(dataset.actors)) {
      let index = codeIndex.get(code);
      if (index === undefined) {
        index = this.codes.length;
        this.codes.push(code);
        codeIndex.set(code, index);
      }
      this.actorCode.set(id, index);
    }
    this.countries = new Int32Array(this.codes.length * SLOTS);
    this.countedIn = new Int32Array(this.codes.length).fill(-1);
  }

  /** True once every event is counted. */
  get finished(): boolean {
    return this.done >= this.events.length;
  }

  /** Counts up to `count` more events. */
  add(count: number): void {
    const { events, actorCode, countries, countedIn, pairs } = this;
    const end = Math.min(events.length, this.done + count);
    const n = this.codes.length;
    for (let i = this.done; i < end; i += 1) {
      const event = events[i] as TimelineEvent;
      const quad = QUAD_INDEX.get(event.quad) ?? QUADS - 1;
      const eventPlaces = event.places;
      if (eventPlaces !== undefined)
        for (let p = 0; p < eventPlaces.length; p += 1) count1(this.places, eventPlaces[p] as string, quad);
      if (n === 0) continue;
      const { actors, recipients } = event;
      for (let a = 0; a < actors.length + recipients.length; a += 1) {
        const code = actorCode.get((a < actors.length ? actors[a] : recipients[a - actors.length]) as string);
        if (code === undefined || countedIn[code] === i) continue;
        countedIn[code] = i;
        countries[code * SLOTS + quad] = (countries[code * SLOTS + quad] ?? 0) + 1;
        countries[code * SLOTS + QUADS] = (countries[code * SLOTS + QUADS] ?? 0) + 1;
      }
      if (recipients.length === 0) continue;
      // A pair of countries counts once per event too (Putin and Shoigu towards Belarus is one Russia → Belarus).
      pairs.length = 0;
      for (let a = 0; a < actors.length; a += 1) {
        const from = actorCode.get(actors[a] as string);
        if (from === undefined) continue;
        for (let r = 0; r < recipients.length; r += 1) {
          const to = actorCode.get(recipients[r] as string);
          if (to === undefined || to === from) continue;
          const key = from * n + to;
          if (pairs.includes(key)) continue;
          pairs.push(key);
          count1(this.relations, key, quad);
        }
      }
    }
    this.done = end;
  }

  /** The tally of every event counted so far. */
  finish(): MapTally {
    const { codes } = this;
    const placeTallies = new Map<string, Tally>();
    let maxPlaceCount = 0;
    for (const [id, counts] of this.places) {
      const tally = tallyOf(counts, 0);
      placeTallies.set(id, tally);
      maxPlaceCount = Math.max(maxPlaceCount, tally.count);
    }
    const countryTallies = new Map<string, Tally>();
    let maxCountryCount = 0;
    codes.forEach((code, index) => {
      const tally = tallyOf(this.countries, index * SLOTS);
      if (tally.count === 0) return;
      countryTallies.set(code, tally);
      maxCountryCount = Math.max(maxCountryCount, tally.count);
    });
    const relationList: StateRelation[] = [];
    for (const [key, counts] of this.relations) {
      const source = codes[Math.floor(key / codes.length)] ?? '';
      const target = codes[key % codes.length] ?? '';
      const { count, dominantQuad } = tallyOf(counts, 0);
      relationList.push({ id: `${source}->${target}`, source, target, count, dominantQuad });
    }
    relationList.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { places: placeTallies, countries: countryTallies, relations: relationList, maxPlaceCount, maxCountryCount };
  }
}

function count1<K>(rows: Map<K, Int32Array>, key: K, quad: number): void {
  let counts = rows.get(key);
  if (!counts) rows.set(key, (counts = new Int32Array(SLOTS)));
  counts[quad] = (counts[quad] ?? 0) + 1;
  counts[QUADS] = (counts[QUADS] ?? 0) + 1;
}

/** Counts `events` (some or all of `dataset`'s) per place, per state's country and per relation between states. */
export function tallyMap(dataset: Pick<Dataset, 'actors'>, events: readonly TimelineEvent[]): MapTally {
  const builder = new MapTallyBuilder(dataset, events);
  builder.add(events.length);
  return builder.finish();
}

/** How `tallyMapInSlices` waits between slices (a zero-delay timer in a page). */
export type NextTask = (run: () => void) => () => void;

/**
 * `tallyMap` in slices of about `sliceMs`, one task each, handed to `done`;
 * returns a function that stops. 100,000 events never make one long task.
 */
export function tallyMapInSlices(
  dataset: Pick<Dataset, 'actors'>,
  events: readonly TimelineEvent[],
  done: (tally: MapTally) => void,
  next: NextTask,
  { sliceMs = 5, now = () => performance.now() }: { sliceMs?: number; now?: () => number } = {},
): () => void {
  const builder = new MapTallyBuilder(dataset, events);
  let stopped = false;
  let cancelNext: (() => void) | null = null;
  const slice = (): void => {
    cancelNext = null;
    if (stopped) return;
    const until = now() + sliceMs;
    do builder.add(2000);
    while (!builder.finished && now() < until);
    if (builder.finished) done(builder.finish());
    else cancelNext = next(slice);
  };
  slice();
  return () => {
    stopped = true;
    cancelNext?.();
  };
}
