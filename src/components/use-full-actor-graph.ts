import { useCallback, useSyncExternalStore } from 'react';
import type { ActorGraph } from '@/domain/graph/actor-graph';
import type { Dataset } from '@/domain/dataset/model';
import { datasetModel } from '@/data/dataset-model';
import { nextQuietTask } from '@/components/when-quiet';

/**
 * The actor graph of all of `dataset`'s events, from the dataset's model:
 * at once for a small dataset; for a large one null until its slices,
 * built between other work, are done. Built once per dataset, however many
 * views ask and however often they mount.
 */
export function useFullActorGraph(dataset: Dataset): ActorGraph | null {
  const model = datasetModel(dataset);
  const subscribe = useCallback((onReady: () => void) => model.whenActorGraph(nextQuietTask, onReady), [model]);
  return useSyncExternalStore(subscribe, () => model.actorGraph);
}
