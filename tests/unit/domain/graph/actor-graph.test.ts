import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createActorGraph,
  eventIdsBetween,
  relationBetween,
  relationsOfActor,
  type ActorGraph,
} from '@/domain/graph/actor-graph';
import { parseEdtfDate } from '@/domain/dates/edtf';
import type { Actor, Dataset, EventType, TimelineEvent } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { quadClassOf } from '@/domain/dataset/quad';

function actor(id: string, affiliation?: string): Actor {
  return {
    id,
    name: { en: id },
    kind: affiliation === undefined ? 'state' : 'person',
    ...(affiliation === undefined ? {} : { affiliation }),
  };
}

function event(
  id: string,
  actors: readonly string[],
  recipients: readonly string[],
  type: EventType = 'ACCUSE',
  date = '2022-06-26',
): TimelineEvent {
  const parsed = parseEdtfDate(date);
  if (!parsed.ok) throw new Error(parsed.message);
  return {
    id,
    date: parsed.span,
    dateBasis: 'stated',
    title: { en: id },
    type,
    quad: quadClassOf(type),
    context: [],
    actors,
    recipients,
    evidence: [],
    tags: [],
  };
}

function relationIds(graph: ActorGraph): string[] {
  return graph.relations.map((relation) => relation.id);
}

function loadRealDataset(): Dataset {
  const result = parseDataset(readFileSync(resolve(__dirname, '../../../../data/russia-belarus-2022.json'), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('createActorGraph', () => {
  const abc = ['a', 'b', 'c', 'd'].map((id) => actor(id));

  it('createActorGraph adds a relation from each actor of an event to each of its recipients', () => {
    const graph = createActorGraph(abc, [event('e1', ['a', 'b'], ['c', 'd'])]);
    expect(relationIds(graph)).toEqual(['a->c', 'a->d', 'b->c', 'b->d']);
    for (const relation of graph.relations) {
      expect(relation.id).toBe(`${relation.source}->${relation.target}`);
      expect(relation.eventIds).toEqual(['e1']);
      expect(relation.count).toBe(1);
    }
  });

  it('createActorGraph adds no relation for an event without recipients', () => {
    const graph = createActorGraph(abc, [event('treaty', ['a', 'b'], [], 'AGREE')]);
    expect(graph.relations).toEqual([]);
    expect(graph.nodes.map((node) => [node.id, node.eventCount])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 0],
      ['d', 0],
    ]);
  });

  it('createActorGraph aggregates the events of one ordered pair, in the order given, with their quad counts', () => {
    const graph = createActorGraph(abc, [
      event('first', ['a'], ['b'], 'ACCUSE', '2020'),
      event('other', ['c'], ['d'], 'AID', '2021'),
      event('second', ['a'], ['b'], 'SANCTION', '2021-05'),
      event('third', ['a'], ['b'], 'REJECT', '2022-01-02'),
    ]);
    const ab = relationBetween(graph, 'a', 'b');
    expect(ab).toMatchObject({
      id: 'a->b',
      source: 'a',
      target: 'b',
      eventIds: ['first', 'second', 'third'],
      count: 3,
      quadCounts: { 'verbal-conflict': 2, 'material-conflict': 1 },
      dominantQuad: 'verbal-conflict',
    });
    expect(Object.keys(ab?.quadCounts ?? {}).sort()).toEqual(['material-conflict', 'verbal-conflict']);
  });

  it('createActorGraph keeps the two directions between a pair as separate relations', () => {
    const graph = createActorGraph(abc, [event('ab', ['a'], ['b'], 'ACCUSE'), event('ba', ['b'], ['a'], 'AGREE')]);
    expect(relationIds(graph)).toEqual(['a->b', 'b->a']);
    expect(relationBetween(graph, 'a', 'b')?.eventIds).toEqual(['ab']);
    expect(relationBetween(graph, 'b', 'a')?.eventIds).toEqual(['ba']);
    expect(relationBetween(graph, 'b', 'a')?.dominantQuad).toBe('verbal-cooperation');
  });

  it('createActorGraph breaks a tie for the dominant quad by the fixed order material-conflict, verbal-conflict, material-cooperation, verbal-cooperation, none', () => {
    const tie = (first: EventType, second: EventType): string | undefined =>
      createActorGraph(abc, [event('x', ['a'], ['b'], first), event('y', ['a'], ['b'], second)]).relations[0]
        ?.dominantQuad;
    expect(tie('AGREE', 'ASSAULT')).toBe('material-conflict');
    expect(tie('AID', 'THREATEN')).toBe('verbal-conflict');
    expect(tie('CONSULT', 'COOPERATE')).toBe('material-cooperation');
    expect(tie('STATEMENT', 'SUPPORT')).toBe('verbal-cooperation');
    expect(tie('STATEMENT', 'STATEMENT')).toBe('none');
  });

  it('createActorGraph orders relations by their first event, then by id', () => {
    const graph = createActorGraph(abc, [
      event('e1', ['c'], ['a']),
      event('e2', ['b', 'a'], ['d', 'c']),
      event('e3', ['c'], ['a']),
      event('e4', ['a'], ['b']),
    ]);
    expect(relationIds(graph)).toEqual(['c->a', 'a->c', 'a->d', 'b->c', 'b->d', 'a->b']);
  });

  it('createActorGraph skips an actor acting on itself', () => {
    const graph = createActorGraph(abc, [event('self', ['a', 'b'], ['a'])]);
    expect(relationIds(graph)).toEqual(['b->a']);
    expect(graph.nodes.find((node) => node.id === 'a')?.eventCount).toBe(1);
  });

  it('createActorGraph adds an event once to a relation when an actor or recipient is listed twice', () => {
    const graph = createActorGraph(abc, [event('twice', ['a', 'a'], ['b', 'b'])]);
    expect(graph.relations).toHaveLength(1);
    expect(graph.relations[0]).toMatchObject({ eventIds: ['twice'], count: 1, quadCounts: { 'verbal-conflict': 1 } });
    expect(graph.nodes.map((node) => node.eventCount)).toEqual([1, 1, 0, 0]);
  });

  it('createActorGraph keeps every actor as a node, in the order given, related or not', () => {
    const graph = createActorGraph([actor('d'), actor('c'), actor('b'), actor('a')], [event('e', ['a'], ['b'])]);
    expect(graph.nodes.map((node) => node.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(graph.nodes.map((node) => node.eventCount)).toEqual([0, 0, 1, 1]);
    expect(graph.nodes[0]?.actor).toEqual(actor('d'));
  });

  it('createActorGraph counts each event once for an actor that is both actor and recipient', () => {
    const graph = createActorGraph(abc, [event('both', ['a', 'b'], ['a', 'b']), event('again', ['a'], ['c'])]);
    expect(graph.nodes.map((node) => node.eventCount)).toEqual([2, 1, 1, 0]);
  });

  it('createActorGraph with includeIsolated false leaves out actors without relations and their affiliation links', () => {
    const actors = [actor('a'), actor('b'), actor('c'), actor('p', 'a'), actor('q', 'c')];
    const events = [event('e', ['p'], ['b']), event('solo', ['c'], [])];
    const graph = createActorGraph(actors, events, { includeIsolated: false });
    expect(graph.nodes.map((node) => node.id)).toEqual(['b', 'p']);
    expect(graph.affiliations).toEqual([]);
    const full = createActorGraph(actors, events);
    expect(full.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c', 'p', 'q']);
    expect(full.affiliations.map((link) => link.id)).toEqual(['p=>a', 'q=>c']);
  });

  it('createActorGraph links an affiliated person to its actor when both exist', () => {
    const graph = createActorGraph(
      [actor('russia'), actor('putin', 'russia'), actor('ghost', 'nowhere'), actor('loop', 'loop')],
      [],
    );
    expect(graph.affiliations).toEqual([{ id: 'putin=>russia', source: 'putin', target: 'russia' }]);
    expect(graph.relations).toEqual([]);
  });

  it('createActorGraph gives affiliation links ids that never equal a relation id', () => {
    const graph = createActorGraph([actor('russia'), actor('putin', 'russia')], [event('e', ['putin'], ['russia'])]);
    expect(relationIds(graph)).toEqual(['putin->russia']);
    expect(graph.affiliations.map((link) => link.id)).toEqual(['putin=>russia']);
  });

  it('createActorGraph ignores actor ids in events that name no given actor', () => {
    const graph = createActorGraph([actor('a'), actor('b')], [event('e', ['a', 'stranger'], ['b', 'nobody'])]);
    expect(relationIds(graph)).toEqual(['a->b']);
    expect(graph.nodes.map((node) => node.id)).toEqual(['a', 'b']);
  });

  it('createActorGraph treats ids such as __proto__ and constructor as plain data', () => {
    const odd = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const graph = createActorGraph(
      [...odd.map((id) => actor(id)), actor('valueOf', '__proto__')],
      [
        event('e1', ['__proto__'], ['constructor']),
        event('e2', ['constructor', 'toString'], ['__proto__', 'hasOwnProperty']),
        event('e3', ['__proto__'], ['constructor']),
      ],
    );
    expect(graph.nodes.map((node) => [node.id, node.eventCount])).toEqual([
      ['__proto__', 3],
      ['constructor', 3],
      ['toString', 1],
      ['hasOwnProperty', 1],
      ['valueOf', 0],
    ]);
    expect(relationIds(graph)).toEqual([
      '__proto__->constructor',
      'constructor->__proto__',
      'constructor->hasOwnProperty',
      'toString->__proto__',
      'toString->hasOwnProperty',
    ]);
    expect(relationBetween(graph, '__proto__', 'constructor')?.eventIds).toEqual(['e1', 'e3']);
    expect(graph.affiliations).toEqual([{ id: 'valueOf=>__proto__', source: 'valueOf', target: '__proto__' }]);
    expect(relationsOfActor(graph, 'valueOf')).toEqual([]);
    expect(relationsOfActor(graph, 'hasOwnProperty').map((relation) => relation.id)).toEqual([
      'constructor->hasOwnProperty',
      'toString->hasOwnProperty',
    ]);
  });

  it('createActorGraph builds an empty graph from no actors and no events', () => {
    expect(createActorGraph([], [])).toEqual({ nodes: [], relations: [], affiliations: [] });
  });
});

describe('relationsOfActor and eventIdsBetween', () => {
  const actors = ['a', 'b', 'c'].map((id) => actor(id));
  const graph = createActorGraph(actors, [
    event('1', ['a'], ['b']),
    event('2', ['b'], ['a']),
    event('3', ['c'], ['a']),
    event('4', ['a', 'b'], ['b', 'a']),
    event('5', ['a'], ['b']),
  ]);

  it('relationsOfActor lists the relations from and to an actor in graph order', () => {
    expect(relationsOfActor(graph, 'a').map((relation) => relation.id)).toEqual(['a->b', 'b->a', 'c->a']);
    expect(relationsOfActor(graph, 'c').map((relation) => relation.id)).toEqual(['c->a']);
    expect(relationsOfActor(graph, 'unknown')).toEqual([]);
  });

  it('eventIdsBetween merges both directions in event order, listing an event in both directions once', () => {
    expect(eventIdsBetween(graph, 'a', 'b')).toEqual(['1', '2', '4', '5']);
    expect(eventIdsBetween(graph, 'b', 'a')).toEqual(['1', '2', '4', '5']);
    expect(eventIdsBetween(graph, 'a', 'c')).toEqual(['3']);
    expect(eventIdsBetween(graph, 'b', 'c')).toEqual([]);
    expect(eventIdsBetween(graph, 'a', 'a')).toEqual([]);
  });

  it('eventIdsBetween on a graph copied as plain data lists each event once, forward events first', () => {
    // A copy has lost the event positions, so time order cannot be rebuilt from ids alone.
    expect(eventIdsBetween(structuredClone(graph), 'a', 'b')).toEqual(['1', '4', '5', '2']);
  });
});

describe('createActorGraph on the Russia–Belarus dataset', () => {
  const dataset = loadRealDataset();
  const graph = createActorGraph(dataset.actors, dataset.events);

  it('every one of the ten actors is a node, in dataset order', () => {
    expect(graph.nodes.map((node) => node.id)).toEqual(dataset.actors.map((a) => a.id));
    expect(graph.nodes).toHaveLength(10);
  });

  it('the relation russia->ukraine holds the invasion of Ukraine', () => {
    expect(relationBetween(graph, 'russia', 'ukraine')).toMatchObject({
      eventIds: ['invasion-of-ukraine'],
      count: 1,
      quadCounts: { 'material-conflict': 1 },
      dominantQuad: 'material-conflict',
    });
    expect(relationBetween(graph, 'ukraine', 'russia')).toBeUndefined();
  });

  it('lukashenko, putin and shoigu have affiliation links to their states', () => {
    expect(graph.affiliations).toEqual([
      { id: 'putin=>russia', source: 'putin', target: 'russia' },
      { id: 'lukashenko=>belarus', source: 'lukashenko', target: 'belarus' },
      { id: 'shoigu=>russia', source: 'shoigu', target: 'russia' },
    ]);
  });

  it('g7 and nato each have a relation to belarus and to russia from their joint condemnation', () => {
    for (const source of ['g7', 'nato']) {
      expect(relationsOfActor(graph, source).map((relation) => relation.id)).toEqual([
        `${source}->belarus`,
        `${source}->russia`,
      ]);
      for (const relation of relationsOfActor(graph, source)) {
        expect(relation.eventIds).toEqual(['g7-nato-condemn-military-integration']);
        expect(relation.dominantQuad).toBe('verbal-conflict');
      }
    }
  });

  it('belarus and the protesters are related in both directions by the 2020 protests and crackdown', () => {
    expect(relationBetween(graph, 'protesters', 'belarus')?.eventIds).toEqual(['belarus-protests-2020']);
    expect(relationBetween(graph, 'belarus', 'protesters')?.eventIds).toEqual(['minsk-crackdown-2020']);
    expect(eventIdsBetween(graph, 'belarus', 'protesters')).toEqual(['belarus-protests-2020', 'minsk-crackdown-2020']);
  });

  it('an actor is counted in the events it takes part in even when they have no recipients', () => {
    const count = (id: string): number | undefined => graph.nodes.find((node) => node.id === id)?.eventCount;
    // Putin's missile announcement names no recipient, his remarks on sanctions name the West.
    expect(count('putin')).toBe(2);
    expect(relationsOfActor(graph, 'putin').map((relation) => relation.id)).toEqual(['putin->west']);
    expect(count('ukraine')).toBe(1);
  });

  it('the signing of the Union Treaty, which has no recipient, adds no relation between Belarus and Russia', () => {
    expect(graph.relations.flatMap((relation) => relation.eventIds)).not.toContain('union-treaty-signed');
    expect(relationBetween(graph, 'belarus', 'russia')).toBeUndefined();
  });

  it('every relation refers to two nodes and to events of the dataset, in dataset order', () => {
    const nodeIds = new Set(graph.nodes.map((node) => node.id));
    const order = new Map(dataset.events.map((e, i) => [e.id, i]));
    for (const relation of graph.relations) {
      expect(nodeIds.has(relation.source) && nodeIds.has(relation.target)).toBe(true);
      const positions = relation.eventIds.map((id) => order.get(id) ?? -1);
      expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1)))).toBe(true);
    }
  });
});
