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

class Counter {
  readonly counts = new Map<string, number[]>();

  add(key: string, quad: number): void {
    let counts = this.counts.get(key);
    if (!counts) this.counts.set(key, (counts = [0, 0, 0, 0, 0, 0]));
    counts[quad] = (counts[quad] ?? 0) + 1;
    // The last slot holds the total.
    counts[5] = (counts[5] ?? 0) + 1;
  }

  tallies(): { tallies: Map<string, Tally>; max: number } {
    const tallies = new Map<string, Tally>();
    let max = 0;
    for (const [key, counts] of this.counts) {
      let best = 0;
      for (let i = 1; i < 5; i += 1) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
      const count = counts[5] ?? 0;
      max = Math.max(max, count);
      tallies.set(key, { count, dominantQuad: QUAD_PRIORITY[best] ?? 'none' });
    }
    return { tallies, max };
  }
}

/** Counts `events` (some or all of `dataset`'s) per place, per state's country and per relation between states. */
export function tallyMap(dataset: Pick<Dataset, 'actors'>, events: readonly TimelineEvent[]): MapTally {
  const countryOf = stateCountries(dataset.actors);
  const places = new Counter();
  const countries = new Counter();
  const relations = new Counter();
  const seen = new Set<string>();
  const pairs = new Set<string>();
  for (const event of events) {
    const quad = QUAD_INDEX.get(event.quad) ?? 4;
    const eventPlaces = event.places;
    if (eventPlaces) for (const place of eventPlaces) places.add(place, quad);
    if (countryOf.size === 0) continue;
    // A country counts once per event, however many of its actors take part.
    seen.clear();
    for (const list of [event.actors, event.recipients]) {
      for (const id of list) {
        const code = countryOf.get(id);
        if (!code || seen.has(code)) continue;
        seen.add(code);
        countries.add(code, quad);
      }
    }
    if (event.recipients.length === 0) continue;
    // A pair of countries counts once per event too (Putin and Shoigu towards Belarus is one Russia → Belarus).
    pairs.clear();
    for (const a of event.actors) {
      const from = countryOf.get(a);
      if (!from) continue;
      for (const r of event.recipients) {
        const to = countryOf.get(r);
        if (!to || to === from) continue;
        const key = `${from}->${to}`;
        if (pairs.has(key)) continue;
        pairs.add(key);
        relations.add(key, quad);
      }
    }
  }
  const placeTallies = places.tallies();
  const countryTallies = countries.tallies();
  const relationList: StateRelation[] = [];
  for (const [id, tally] of relations.tallies().tallies) {
    const [source = '', target = ''] = id.split('->');
    relationList.push({ id, source, target, ...tally });
  }
  relationList.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    places: placeTallies.tallies,
    countries: countryTallies.tallies,
    relations: relationList,
    maxPlaceCount: placeTallies.max,
    maxCountryCount: countryTallies.max,
  };
}
