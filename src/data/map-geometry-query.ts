/**
 * The map's geometry as a query: fitted, projected and outlined in a Web
 * Worker (viz/map-geometry.worker.ts), which also loads the boundary files
 * it needs, so neither the files nor the work are on the page's main thread
 * or in its first script. One worker serves every request of the page.
 */
import { queryOptions } from '@tanstack/react-query';
import type { MapGeometry, MapGeometryRequest } from '@/viz/map-geometry';
import type { MapGeometryMessage, MapGeometryReply } from '@/viz/map-geometry.worker';

interface Pending {
  readonly resolve: (geometry: MapGeometry) => void;
  readonly reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker?.terminate();
  worker = null;
}

function geometryWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../viz/map-geometry.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<MapGeometryReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.geometry);
      else waiting.reject(new Error(reply.message));
    };
    // A worker that cannot start (or a boundary file that cannot load in it) fails what waits; the next request starts anew.
    worker.onerror = (event) => failAll(new Error(event.message || 'the map could not be drawn'));
  }
  return worker;
}

/** Asks the worker for the map's geometry. */
export function requestMapGeometry(request: MapGeometryRequest): Promise<MapGeometry> {
  if (typeof Worker === 'undefined') return Promise.reject(new Error('this browser cannot draw the map (no Web Workers)'));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const message: MapGeometryMessage = { id, request };
    geometryWorker().postMessage(message);
  });
}

/** Query options for the map's geometry; the key holds everything the request says. */
export function mapGeometryQuery(request: MapGeometryRequest) {
  const { focus, width, height, padding } = request;
  return queryOptions({
    queryKey: [
      'map-geometry',
      [...focus.countries].sort().join(','),
      focus.points.map((p) => p.join(' ')).join(','),
      width,
      height,
      padding,
    ] as const,
    queryFn: () => requestMapGeometry(request),
    staleTime: Infinity,
    retry: 1,
  });
}
