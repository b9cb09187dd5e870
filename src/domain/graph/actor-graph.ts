/**
 * The actor graph of DATA-FORMAT.md: actors are nodes; each event adds a
 * directed relation from each of its actors to each of its recipients,
 * aggregated per ordered pair; an actor's `affiliation` adds a structural link.
 * Built in one pass over the events with Maps, so ids are plain data (an actor
 * called `__proto__` is just an actor) and the cost is linear in the
 * actor–recipient pairs of the events.
 */
import { ActorTally } from '@/domain/graph/actor-tally';
import { relationId } from '@/domain/graph/relation-id';
import type { Actor, QuadClass, TimelineEvent } from '@/domain/dataset/model';

/** One actor as a node of the graph. */
export interface GraphNode {
  /** The actor's id. */
  readonly id: string;
  readonly actor: Actor;
  /** How many of the given events the actor acts in or is a recipient of (each event counted once). */
  readonly eventCount: number;
}

/** All the events from one actor to another, aggregated. */
export interface GraphRelation {
  /** `source->target`, as `relationId` makes it. */
  readonly id: string;
  /** The acting actor's id. */
  readonly source: string;
  /** The recipient's id. */
  readonly target: string;
  /** Ids of the events that make up the relation, in the order the events were given (time order). */
  readonly eventIds: readonly string[];
  /** How many events make up the relation: `eventIds.length`. */
  readonly count: number;
  /** Events per quad class; a class with no event is absent. */
  readonly quadCounts: Readonly<Partial<Record<QuadClass, number>>>;
  /** The quad class with the most events; ties go to the first in `QUAD_PRIORITY`. */
  readonly dominantQuad: QuadClass;
}

/** A structural link from an actor (usually a person) to the actor it acts for. */
export interface AffiliationLink {
  /** `${source}=>${target}`, never equal to a relation id. */
  readonly id: string;
  /** The affiliated actor's id (Putin). */
  readonly source: string;
  /** The id of the actor it acts for (Russia). */
  readonly target: string;
}

/** Nodes, event relations and affiliation links, each in a deterministic order. */
export interface ActorGraph {
  /** In the order of the actors given. */
  readonly nodes: readonly GraphNode[];
  /** By the first event of each relation, then by id. */
  readonly relations: readonly GraphRelation[];
  /** In the order of the affiliated actors given. */
  readonly affiliations: readonly AffiliationLink[];
}

/** Options for `createActorGraph`. */
export interface ActorGraphOptions {
  /** Keep actors that take part in no relation as nodes (default true); when false, affiliation links are kept only between remaining nodes. */
  readonly includeIsolated?: boolean;
}

/** Quad classes in the order that breaks ties for `dominantQuad`: conflict before cooperation, material before verbal. */
export const QUAD_PRIORITY: readonly QuadClass[] = [
  'material-conflict',
  'verbal-conflict',
  'material-cooperation',
  'verbal-cooperation',
  'none',
];

interface RelationBuilder {
  /** Indexes of the source and target actors. */
  readonly s: number;
  readonly t: number;
  readonly eventIds: string[];
  readonly positions: number[];
  /** Events per quad class, by index in `QUAD_PRIORITY`. */
  readonly quads: number[];
}

const QUAD_INDEX: ReadonlyMap<QuadClass, number> = new Map(QUAD_PRIORITY.map((quad, i) => [quad, i]));

// Positions of each relation's events in the list it was built from, so
// `eventIdsBetween` can merge both directions in time order.
const eventPositions = new WeakMap<GraphRelation, readonly number[]>();

// Keyed by the closed QuadClass union, never by data, so an object is safe.
function quadCounts(counts: readonly number[]): Partial<Record<QuadClass, number>> {
  const out: Partial<Record<QuadClass, number>> = {};
  QUAD_PRIORITY.forEach((quad, i) => {
    const count = counts[i] ?? 0;
    if (count > 0) out[quad] = count;
  });
  return out;
}

function dominantQuad(counts: readonly number[]): QuadClass {
  let best = 0;
  for (let i = 1; i < QUAD_PRIORITY.length; i += 1) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  return QUAD_PRIORITY[best] ?? 'none';
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the actor graph of `events` (in time order) over `actors`; ids in
 * events that name no given actor, and self-pairs, add no relation.
 */
export function createActorGraph(
  actors: readonly Actor[],
  events: readonly TimelineEvent[],
  options: ActorGraphOptions = {},
): ActorGraph {
  const steps = actorGraphSteps(actors, events, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Events, or relations, handled between two pauses of `actorGraphSteps`. */
const STEP = 4096;

/**
 * `createActorGraph` as a generator that pauses every few thousand events
 * and relations, so a caller can spread a large graph over several tasks
 * (see `buildActorGraphInSlices`); it returns the same graph.
 */
export function* actorGraphSteps(
  actors: readonly Actor[],
  events: readonly TimelineEvent[],
  options: ActorGraphOptions = {},
): Generator<void, ActorGraph, void> {
  const includeIsolated = options.includeIsolated ?? true;
  // Actors by index (the first of a repeated id wins): the loop below works on numbers, not strings,
  // because it runs once per actor–recipient pair of up to 200,000 events.
  const actorById = new Map<string, Actor>();
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  for (const actor of actors) {
    if (actorById.has(actor.id)) continue;
    actorById.set(actor.id, actor);
    indexOf.set(actor.id, ids.length);
    ids.push(actor.id);
  }
  const n = ids.length;

  // Events per actor, each counted once per event.
  const tally = new ActorTally(indexOf);

  // Builders by source × n + target, created in event order.
  const byPair = new Map<number, RelationBuilder>();
  const builders: RelationBuilder[] = [];
  for (let position = 0; position < events.length; position += 1) {
    if (position % STEP === STEP - 1) yield;
    const event = events[position];
    if (event === undefined) continue;
    tally.add(event.actors, position);
    tally.add(event.recipients, position);
    if (event.recipients.length === 0) continue;
    const quad = QUAD_INDEX.get(event.quad) ?? QUAD_PRIORITY.length - 1;
    for (const source of event.actors) {
      const s = indexOf.get(source);
      if (s === undefined) continue;
      for (const target of event.recipients) {
        const t = indexOf.get(target);
        if (t === undefined || t === s) continue;
        let builder = byPair.get(s * n + t);
        if (builder === undefined) {
          builder = { s, t, eventIds: [], positions: [], quads: [0, 0, 0, 0, 0] };
          byPair.set(s * n + t, builder);
          builders.push(builder);
        }
        // An actor or recipient listed twice must not add the event twice.
        if (builder.positions[builder.positions.length - 1] === position) continue;
        builder.eventIds.push(event.id);
        builder.positions.push(position);
        builder.quads[quad] = (builder.quads[quad] ?? 0) + 1;
      }
    }
  }

  // Builders are created in event order, so they are already ordered by their first event; only
  // pairs first seen in the same event need ordering by id.
  const relations: GraphRelation[] = [];
  for (let i = 0, pause = STEP; i < builders.length;) {
    if (i >= pause) {
      pause += STEP;
      yield;
    }
    const first = builders[i]?.positions[0];
    let j = i + 1;
    while (j < builders.length && builders[j]?.positions[0] === first) j += 1;
    const run = builders.slice(i, j).map((builder) => {
      const source = ids[builder.s] ?? '';
      const target = ids[builder.t] ?? '';
      return { builder, source, target, id: relationId(source, target) };
    });
    if (run.length > 1) run.sort((a, b) => compareStrings(a.id, b.id));
    for (const { builder, id, source, target } of run) {
      const relation: GraphRelation = {
        id,
        source,
        target,
        eventIds: builder.eventIds,
        count: builder.eventIds.length,
        quadCounts: quadCounts(builder.quads),
        dominantQuad: dominantQuad(builder.quads),
      };
      eventPositions.set(relation, builder.positions);
      relations.push(relation);
    }
    i = j;
  }

  const related = new Set<string>();
  for (const relation of relations) related.add(relation.source).add(relation.target);
  const nodes: GraphNode[] = [];
  for (const [id, actor] of actorById) {
    if (includeIsolated || related.has(id))
      nodes.push({ id, actor, eventCount: tally.counts[indexOf.get(id) ?? -1] ?? 0 });
  }

  const isNode = (id: string): boolean => (includeIsolated ? actorById.has(id) : related.has(id));
  const affiliations: AffiliationLink[] = [];
  for (const [id, actor] of actorById) {
    const target = actor.affiliation;
    if (target === undefined || target === id || !isNode(id) || !isNode(target)) continue;
    affiliations.push({ id: `${id}=>${target}`, source: id, target });
  }

  return { nodes, relations, affiliations };
}

// Relations by actor id, built on first use for each graph.
const relationIndex = new WeakMap<ActorGraph, ReadonlyMap<string, readonly GraphRelation[]>>();

function indexRelations(graph: ActorGraph): ReadonlyMap<string, readonly GraphRelation[]> {
  let index = relationIndex.get(graph);
  if (index === undefined) {
    const byActor = new Map<string, GraphRelation[]>();
    const add = (id: string, relation: GraphRelation): void => {
      const list = byActor.get(id);
      if (list === undefined) byActor.set(id, [relation]);
      else list.push(relation);
    };
    for (const relation of graph.relations) {
      add(relation.source, relation);
      add(relation.target, relation);
    }
    index = byActor;
    relationIndex.set(graph, index);
  }
  return index;
}

/** The relations from or to `actorId`, in graph order; amortised O(1) per call after the first on a graph. */
export function relationsOfActor(graph: ActorGraph, actorId: string): readonly GraphRelation[] {
  return indexRelations(graph).get(actorId) ?? [];
}

/** The relation from `source` to `target`, if any. */
export function relationBetween(graph: ActorGraph, source: string, target: string): GraphRelation | undefined {
  return relationsOfActor(graph, source).find((relation) => relation.source === source && relation.target === target);
}

/** Ids of the events between actors `a` and `b` in either direction, each once, in the order the events were given (for a graph copied as plain data, which has lost that order: a→b's, then b→a's). */
export function eventIdsBetween(graph: ActorGraph, a: string, b: string): readonly string[] {
  const forward = relationBetween(graph, a, b);
  const backward = a === b ? undefined : relationBetween(graph, b, a);
  if (forward === undefined || backward === undefined) return forward?.eventIds ?? backward?.eventIds ?? [];
  const p = eventPositions.get(forward);
  const q = eventPositions.get(backward);
  if (p === undefined || q === undefined) return [...new Set([...forward.eventIds, ...backward.eventIds])];
  // Both lists are in event order: merge them, keeping an event in both once.
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < p.length || j < q.length) {
    const pi = p[i] ?? Infinity;
    const qj = q[j] ?? Infinity;
    if (pi <= qj) merged.push(forward.eventIds[i++] ?? '');
    else merged.push(backward.eventIds[j++] ?? '');
    if (pi === qj) j += 1;
  }
  return merged;
}
