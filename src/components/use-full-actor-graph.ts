import { useCallback, useSyncExternalStore } from 'react';
import type { ActorGraph } from '@/domain/graph/actor-graph';
import type { Dataset } from '@/domain/dataset/model';
import { fullActorGraph, whenActorGraph } from '@/data/dataset-actor-graph';
import { nextQuietTask } from '@/components/when-quiet';

/**
 * The actor graph of all of `dataset`'s events (dataset-actor-graph.ts):
 * at once for a small dataset; for a large one null until its slices,
 * built between other work, are done. Built once per dataset, however many
 * views ask and however often they mount.
 */
export function useFullActorGraph(dataset: Dataset): ActorGraph | null {
  const subscribe = useCallback((onReady: () => void) => whenActorGraph(dataset, nextQuietTask, onReady), [dataset]);
  return useSyncExternalStore(subscribe, () => fullActorGraph(dataset));
}
