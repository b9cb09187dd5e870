import { describe, expect, it } from 'vitest';
import { createActorGraph, eventIdsBetween, type ActorGraph } from '@/domain/graph/actor-graph';
import { buildActorGraphInSlices } from '@/domain/graph/graph-in-slices';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import { generateDataset } from '@/domain/generate/generate-dataset';
import type { Dataset } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';

registerEdtfGrammar(edtfGrammar);
const parsed = parseDataset(generateDataset({ events: 20_000, actors: 300, seed: 5 }));
if (!parsed.ok) throw new Error('the generated dataset must be valid');
const dataset: Dataset = parsed.value;

/** Runs the sliced build with a clock that moves 13 ms per reading (one step a slice); returns the graph and the slices taken. */
function sliced(): { graph: ActorGraph | null; slices: number } {
  const tasks: (() => void)[] = [];
  let graph: ActorGraph | null = null;
  let clock = 0;
  buildActorGraphInSlices(
    dataset.actors,
    dataset.events,
    (g) => (graph = g),
    (run) => (tasks.push(run), () => {}),
    { sliceMs: 12, now: () => (clock += 13) },
  );
  let slices = 1;
  while (tasks.length > 0) {
    tasks.shift()?.();
    slices += 1;
  }
  return { graph, slices };
}

describe('buildActorGraphInSlices', () => {
  it('builds the same graph as createActorGraph, over several tasks', () => {
    const whole = createActorGraph(dataset.actors, dataset.events);
    const { graph, slices } = sliced();
    expect(slices).toBeGreaterThan(3);
    expect(graph).toEqual(whole);
    // Event order between two actors survives the slicing too.
    const r = whole.relations[0]!;
    expect(eventIdsBetween(graph!, r.source, r.target)).toEqual(eventIdsBetween(whole, r.source, r.target));
  });

  it('stops building when asked, and never reports a graph', () => {
    const tasks: (() => void)[] = [];
    let reported = false;
    let clock = 0;
    const stop = buildActorGraphInSlices(
      dataset.actors,
      dataset.events,
      () => (reported = true),
      (run) => (tasks.push(run), () => {}),
      { now: () => (clock += 5) },
    );
    stop();
    while (tasks.length > 0) tasks.shift()?.();
    expect(reported).toBe(false);
  });
});
