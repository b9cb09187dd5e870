import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { Dataset } from '@/domain/dataset/model';
import { GraphPlaceholder } from '@/views/graph/graph-placeholder';

type GraphViewProps = { readonly dataset: Dataset; readonly compact?: boolean };

/** The graph view once its code has arrived. */
let loaded: ComponentType<GraphViewProps> | null = null;

function loadGraphView(): Promise<{ default: ComponentType<GraphViewProps> }> {
  return import('@/views/graph/graph-view').then((m) => {
    loaded = m.GraphView;
    return { default: m.GraphView };
  });
}

/** Starts fetching the actor graph's code (force layout, label placement, marks, legend); calling it again costs nothing. */
export function preloadGraphView(): void {
  if (!loaded) void loadGraphView().catch(() => undefined);
}

const LazyGraph = lazy(loadGraphView);

/** The actor graph, its code fetched when first drawn (or preloaded); a placeholder of its size stands in until then. */
export function LazyGraphView({ dataset, compact = false }: GraphViewProps) {
  // Code that is already here draws at once, without a frame of placeholder; chosen once, so the view never remounts.
  const [View] = useState(() => loaded ?? LazyGraph);
  return (
    <Suspense fallback={<GraphPlaceholder compact={compact} />}>
      <View dataset={dataset} compact={compact} />
    </Suspense>
  );
}
