/**
 * Fits and draws the map's geometry off the main thread (see
 * map-geometry.ts): turning a boundary file into shapes and projecting
 * them takes a few hundred ms for the 1:50 million file. Each boundary file
 * is loaded (a hashed chunk of the build) the first time it is needed and
 * kept for later requests.
 */
import { computeMapGeometry, type MapGeometry, type MapGeometryRequest } from '@/viz/map-geometry';
import { createCountryShapes, type BoundaryResolution, type CountryShape } from '@/viz/country-shapes';

/** A request, numbered so its reply can be told apart. */
export interface MapGeometryMessage {
  readonly id: number;
  readonly request: MapGeometryRequest;
}

/** The reply to a request: the geometry, or why there is none. */
export type MapGeometryReply =
  | { readonly id: number; readonly ok: true; readonly geometry: MapGeometry }
  | { readonly id: number; readonly ok: false; readonly message: string };

const loaded = new Map<BoundaryResolution, Promise<readonly CountryShape[]>>();

/** The shapes of a boundary file, loaded once. */
function loadCountryShapes(resolution: BoundaryResolution): Promise<readonly CountryShape[]> {
  let shapes = loaded.get(resolution);
  if (!shapes) {
    shapes = (
      resolution === '50m' ? import('world-atlas/countries-50m.json') : import('world-atlas/countries-110m.json')
    ).then((module) => createCountryShapes(module.default));
    // A failed load may be tried again by the next request.
    shapes.catch(() => loaded.delete(resolution));
    loaded.set(resolution, shapes);
  }
  return shapes;
}

self.onmessage = (event: MessageEvent<MapGeometryMessage>) => {
  const { id, request } = event.data;
  const post = (reply: MapGeometryReply) => (self as unknown as Worker).postMessage(reply);
  computeMapGeometry(request, loadCountryShapes).then(
    (geometry) => post({ id, ok: true, geometry }),
    (error: unknown) => post({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
