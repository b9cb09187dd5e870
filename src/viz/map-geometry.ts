/**
 * Everything heavy about drawing the map, as plain data: the projection
 * fitted to a story's places (on the coarse boundaries, so both files give
 * the same fit), which boundary file the fitted view needs, every country's
 * outline as an SVG path in map px, and where each country's mark and arcs
 * sit. Run in a worker (map-geometry.worker.ts) or, without one, in place.
 */
import { geoPath, type GeoStream } from 'd3-geo';
import type { BoundaryResolution, CountryShape } from '@/viz/country-shapes';
import {
  COARSE_KM_PER_PX,
  countryAnchors,
  createProjection,
  fitProjection,
  kmPerPixel,
  type MapFocus,
  type ProjectionSpec,
} from '@/viz/map-projection';

/** What to draw: the story's focus in a view `width` × `height` px, fitted with `padding` px to spare. */
export interface MapGeometryRequest {
  readonly focus: MapFocus;
  readonly width: number;
  readonly height: number;
  readonly padding: number;
}

/** One country's outline, map px. */
export interface CountryPath {
  /** ISO 3166-1 alpha-3, or null for a shape without one. */
  readonly code: string | null;
  /** Natural Earth's English short name. */
  readonly name: string;
  /** SVG path data in map px, to 0.1 px. */
  readonly d: string;
}

/** The map's geometry for one request. */
export interface MapGeometry {
  readonly spec: ProjectionSpec;
  readonly resolution: BoundaryResolution;
  /** The outline of the globe's drawn part (the sea), SVG path data in map px. */
  readonly sphere: string;
  readonly countries: readonly CountryPath[];
  /** Where each country's mark sits: [code, x, y] in map px. */
  readonly anchors: readonly (readonly [string, number, number])[];
  /** The focus's points projected, map px, in their order; null for a point beyond the drawn part of the globe. */
  readonly points: readonly (readonly [number, number] | null)[];
}

/** Outline points closer than this to the last one kept (map px) are left out: the 1:50 million shapes have many more than a view of a region shows. */
const MIN_STEP_PX = 0.4;

/**
 * A stream that passes on what it is given but the points of a line or ring
 * within `minStep` px of the last one passed on; a line's last point always
 * goes, so rings stay closed. At the zoom the outlines are drawn for, what is
 * left out is under half a pixel.
 */
function thinned(output: GeoStream, minStep: number): GeoStream {
  let inLine = false;
  let lastX = 0;
  let lastY = 0;
  let pendingX = 0;
  let pendingY = 0;
  let pending = false;
  let first = true;
  return {
    point(x, y) {
      if (!inLine) return output.point(x, y);
      if (first || Math.abs(x - lastX) >= minStep || Math.abs(y - lastY) >= minStep) {
        output.point(x, y);
        [lastX, lastY, first, pending] = [x, y, false, false];
      } else [pendingX, pendingY, pending] = [x, y, true];
    },
    lineStart() {
      [inLine, first, pending] = [true, true, false];
      output.lineStart();
    },
    lineEnd() {
      if (pending) output.point(pendingX, pendingY);
      inLine = false;
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

/** The part of the map (map px) that is drawn, and that zooming and panning stay within: the fitted view and half its size again on every side. */
export function drawnExtent(width: number, height: number): [[number, number], [number, number]] {
  return [
    [-width / 2, -height / 2],
    [width * 1.5, height * 1.5],
  ];
}

/** The boundary file a view drawn with `spec` needs: the 1:50 million shapes when a px spans under `COARSE_KM_PER_PX` km. */
export function resolutionFor(spec: ProjectionSpec): BoundaryResolution {
  return spec.kind === 'azimuthal' && kmPerPixel(spec, 1) < COARSE_KM_PER_PX ? '50m' : '110m';
}

/**
 * Fits and draws the map for `request`; `shapesOf` gives a boundary file's
 * shapes (the coarse ones always, the fine ones when the view needs them).
 */
export async function computeMapGeometry(
  request: MapGeometryRequest,
  shapesOf: (resolution: BoundaryResolution) => Promise<readonly CountryShape[]>,
): Promise<MapGeometry> {
  const { focus, width, height, padding } = request;
  const spec = fitProjection(focus, await shapesOf('110m'), width, height, padding);
  const resolution = resolutionFor(spec);
  const shapes = await shapesOf(resolution);
  const projection = createProjection(spec);
  // Only what the view can show is drawn: it zooms out to half its scale and pans no further than this.
  const drawn = createProjection(spec).clipExtent(drawnExtent(width, height));
  const path = geoPath({ stream: (output) => drawn.stream(thinned(output, MIN_STEP_PX)) }).digits(1);
  const countries: CountryPath[] = [];
  for (const shape of shapes) {
    const d = path(shape.feature);
    // A country wholly beyond the drawn hemisphere has no outline.
    if (d) countries.push({ code: shape.code, name: shape.name, d });
  }
  const wanted = new Set(focus.countries);
  const anchors = [
    ...countryAnchors(
      shapes.filter((shape) => shape.code !== null && wanted.has(shape.code)),
      spec,
      width,
      height,
    ),
  ].map(([code, [x, y]]) => [code, x, y] as const);
  const points = focus.points.map((p) => {
    const at = projection([p[0], p[1]]);
    return at && Number.isFinite(at[0]) && Number.isFinite(at[1]) ? ([at[0], at[1]] as const) : null;
  });
  return { spec, resolution, sphere: path({ type: 'Sphere' }) ?? '', countries, anchors, points };
}
