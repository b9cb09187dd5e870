/**
 * Choosing and fitting the map's projection to a story's places. Both
 * projections are equal-area, so shading countries by their events compares
 * like with like: Lambert's azimuthal equal-area centred on the story (the
 * projection of Europe's own statistical maps, ETRS89-LAEA) for anything up
 * to about a hemisphere, Equal Earth for stories that span the world.
 * Projected coordinates are "map px": screen px of the fitted view before
 * any zoom, (0, 0) top-left.
 */
import {
  geoArea,
  geoAzimuthalEqualArea,
  geoBounds,
  geoCircle,
  geoDistance,
  geoEqualEarth,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeoPoint } from '@/domain/dataset/model';
import type { CountryShape } from '@/viz/country-shapes';

/** What the map should show: the countries (ISO alpha-3) and points (longitude, latitude) of a story. */
export interface MapFocus {
  readonly countries: readonly string[];
  readonly points: readonly GeoPoint[];
}

/** A fitted projection, as plain numbers: rebuild it with `createProjection`. */
export interface ProjectionSpec {
  readonly kind: 'azimuthal' | 'world';
  /** d3-geo's rotate, degrees: [−longitude, −latitude] of the centre. */
  readonly rotate: readonly [number, number];
  /** Px per radian at the centre. */
  readonly scale: number;
  readonly translate: readonly [number, number];
  /** The azimuthal projection shows this many degrees around its centre: a few times the story's reach, at most a hemisphere. */
  readonly clipAngle: number;
}

/** A country larger than this (steradians, about 4 million km²) does not stretch the view when smaller places are shown: Russia, Canada, the USA, China, Brazil, Australia, Antarctica. */
export const VAST_COUNTRY_SR = 0.1;
/** Radius of the area shown around a point place, degrees (about 280 km): a lone city still gets its surroundings. */
const POINT_RADIUS_DEG = 2.5;
/** Up to this many points get a circle of surroundings each in the fit. */
const MAX_CIRCLED_POINTS = 24;
/** A story wider than this (degrees from its centre to its farthest part) is drawn on a world projection. */
const WORLD_RADIUS_DEG = 65;
/** How far around its centre the azimuthal projection draws, in multiples of the story's radius. */
const CLIP_REACH = 3.5;
/** The Earth's mean radius, km. */
const EARTH_RADIUS_KM = 6371;

const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** Rebuilds a projection from its spec: the azimuthal one shows the hemisphere around its centre. */
export function createProjection(spec: ProjectionSpec): GeoProjection {
  const projection = spec.kind === 'azimuthal' ? geoAzimuthalEqualArea().clipAngle(spec.clipAngle) : geoEqualEarth();
  return projection
    .rotate([spec.rotate[0], spec.rotate[1]])
    .scale(spec.scale)
    .translate([spec.translate[0], spec.translate[1]]);
}

function specOf(kind: ProjectionSpec['kind'], projection: GeoProjection, clipAngle = 180): ProjectionSpec {
  const [r0 = 0, r1 = 0] = projection.rotate();
  const [t0, t1] = projection.translate();
  return { kind, rotate: [r0, r1], scale: projection.scale(), translate: [t0, t1], clipAngle };
}

function collection(features: readonly Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features: [...features] };
}

function asFeature(geometry: Geometry): Feature {
  return { type: 'Feature', properties: null, geometry };
}

/** The centre of `object`'s bounding box, [longitude, latitude], across the antimeridian when that is shorter. */
function centreOf(object: GeoPermissibleObjects): GeoPoint {
  const [[west, south], [east, north]] = geoBounds(object);
  const span = east >= west ? east - west : east + 360 - west;
  let longitude = west + span / 2;
  if (longitude > 180) longitude -= 360;
  return [longitude, (south + north) / 2];
}

function* positionsOf(geometry: Polygon | MultiPolygon): Generator<Position> {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) yield* ring;
}

/** Degrees around its largest polygon within which a country's other polygons count as its main part. */
const MAIN_PART_DEG = 10;

/**
 * A country's main part: its largest polygon and those near it (France
 * without French Guiana, the Netherlands without the Caribbean), so a far
 * territory neither stretches the view nor pulls the country's mark away.
 */
export function mainPart(shape: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  if (shape.geometry.type === 'Polygon' || shape.geometry.coordinates.length < 2) return shape;
  const polygons = shape.geometry.coordinates.map((coordinates) => {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    return { coordinates, area: geoArea(polygon), centre: centreOf(polygon) };
  });
  const largest = polygons.reduce((a, b) => (b.area > a.area ? b : a));
  const near = polygons.filter(
    (p) => p === largest || toDegrees(geoDistance([...largest.centre], [...p.centre])) <= MAIN_PART_DEG,
  );
  if (near.length === polygons.length) return shape;
  return { ...shape, geometry: { type: 'MultiPolygon', coordinates: near.map((p) => p.coordinates) } };
}

/** Degrees from `centre` to the farthest corner or edge middle of `object`'s bounding box. */
function radiusOf(object: GeoPermissibleObjects, centre: GeoPoint): number {
  const [[west, south], [east, north]] = geoBounds(object);
  const east2 = east >= west ? east : east + 360;
  let radius = 0;
  for (const longitude of [west, (west + east2) / 2, east2])
    for (const latitude of [south, (south + north) / 2, north])
      radius = Math.max(radius, toDegrees(geoDistance([centre[0], centre[1]], [longitude, latitude])));
  return radius;
}

/**
 * Fits a projection to `focus` in a view `width` × `height` px with
 * `padding` px to spare: the countries' shapes and a circle around each
 * point. A vast country beside smaller places shows only its part near
 * them (Russia beside Belarus and Ukraine shows its west, not Siberia); far
 * from them, or alone, it shows whole. With nothing to show, the world.
 */
export function fitProjection(
  focus: MapFocus,
  shapes: readonly CountryShape[],
  width: number,
  height: number,
  padding: number,
): ProjectionSpec {
  const byCode = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  for (const shape of shapes) {
    if (!shape.code) continue;
    const list = byCode.get(shape.code);
    if (list) list.push(shape.feature);
    else byCode.set(shape.code, [shape.feature]);
  }
  // A few points each bring their surroundings; many (a generated dataset's hundreds) span enough by themselves.
  const core: Feature[] =
    focus.points.length > MAX_CIRCLED_POINTS
      ? [asFeature({ type: 'MultiPoint', coordinates: focus.points.map((p) => [p[0], p[1]]) })]
      : focus.points.map((p) => asFeature(geoCircle().center([p[0], p[1]]).radius(POINT_RADIUS_DEG)()));
  const vast: Feature<Polygon | MultiPolygon>[] = [];
  for (const code of new Set(focus.countries)) {
    for (const shape of byCode.get(code) ?? []) {
      const main = mainPart(shape);
      (geoArea(main) > VAST_COUNTRY_SR ? vast : core).push(main);
    }
  }
  const extent: [[number, number], [number, number]] = [
    [padding, padding],
    [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)],
  ];
  if (core.length === 0 && vast.length === 0) {
    return specOf('world', geoEqualEarth().fitExtent(extent, { type: 'Sphere' }));
  }
  const fitted: Feature[] = [...core];
  if (core.length === 0) fitted.push(...vast);
  else {
    const centre = centreOf(collection(core));
    const reach = radiusOf(collection(core), centre) + 2;
    for (const shape of vast) {
      // The vast country's outline where it comes near the other places.
      const near: Position[] = [];
      for (const position of positionsOf(shape.geometry))
        if (toDegrees(geoDistance([centre[0], centre[1]], [position[0] ?? 0, position[1] ?? 0])) <= reach)
          near.push(position);
      fitted.push(near.length > 0 ? asFeature({ type: 'MultiPoint', coordinates: near }) : shape);
    }
  }
  const all = collection(fitted);
  const centre = centreOf(all);
  const radius = radiusOf(all, centre);
  if (radius > WORLD_RADIUS_DEG) {
    return specOf('world', geoEqualEarth().rotate([-centre[0], 0]).fitExtent(extent, all));
  }
  // Drawing only the story's surroundings keeps the shapes light; zooming out stops well inside them.
  const clipAngle = Math.min(90, Math.max(25, radius * CLIP_REACH));
  return specOf(
    'azimuthal',
    geoAzimuthalEqualArea().clipAngle(clipAngle).rotate([-centre[0], -centre[1]]).fitExtent(extent, all),
    clipAngle,
  );
}

/** Kilometres of the Earth one screen px spans at the centre of a view drawn with `spec` at zoom `k`. */
export function kmPerPixel(spec: ProjectionSpec, k: number): number {
  return EARTH_RADIUS_KM / (spec.scale * k);
}

/** Natural Earth's 1:110 million shapes hold up to about this many km per px; finer views want the 1:50 million ones. */
export const COARSE_KM_PER_PX = 12;

/**
 * Where each country's mark and arcs sit, map px: the centre of the part of
 * the country inside the fitted view (Russia's in a view of Eastern Europe
 * is west of the Urals, not in Siberia), else of its whole shape.
 */
export function countryAnchors(
  shapes: readonly CountryShape[],
  spec: ProjectionSpec,
  width: number,
  height: number,
): Map<string, readonly [number, number]> {
  const whole = geoPath(createProjection(spec));
  const inView = geoPath(
    createProjection(spec).clipExtent([
      [0, 0],
      [width, height],
    ]),
  );
  // The largest shape of a code wins (Australia's mainland over its islands' separate shape).
  const best = new Map<string, { area: number; at: readonly [number, number] }>();
  for (const shape of shapes) {
    if (!shape.code) continue;
    const main = mainPart(shape.feature);
    const area = geoArea(main);
    const known = best.get(shape.code);
    if (known && known.area >= area) continue;
    let [x, y] = inView.centroid(main);
    if (!Number.isFinite(x) || !Number.isFinite(y)) [x, y] = whole.centroid(main);
    if (Number.isFinite(x) && Number.isFinite(y)) best.set(shape.code, { area, at: [x, y] });
  }
  return new Map([...best].map(([code, { at }]) => [code, at]));
}
