import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { Dataset } from '@/domain/dataset/model';
import { useT } from '@/store/use-t';

type MapViewProps = { readonly dataset: Dataset; readonly compact?: boolean };

/** The map view once its code has arrived. */
let loaded: ComponentType<MapViewProps> | null = null;

function loadMapView(): Promise<{ default: ComponentType<MapViewProps> }> {
  return import('@/views/map/map-view').then((m) => {
    loaded = m.MapView;
    return { default: m.MapView };
  });
}

/** Starts fetching the map's code (projection, marks, the boundaries' worker); calling it again costs nothing. */
export function preloadMapView(): void {
  if (!loaded) void loadMapView().catch(() => undefined);
}

const LazyMap = lazy(loadMapView);

function MapPlaceholder() {
  const t = useT();
  return (
    <p className="map-status" role="status">
      {t('mapLoading')}
    </p>
  );
}

/** The map, its code (and through it the boundaries) fetched only when the map is first shown. */
export function LazyMapView({ dataset, compact = false }: MapViewProps) {
  const [View] = useState(() => loaded ?? LazyMap);
  return (
    <Suspense fallback={<MapPlaceholder />}>
      <View dataset={dataset} compact={compact} />
    </Suspense>
  );
}
