/**
 * The country shapes of a world-atlas boundary file (Natural Earth, as
 * TopoJSON with ISO 3166-1 numeric ids) as GeoJSON features keyed by ISO
 * 3166-1 alpha-3 code, in degrees of longitude and latitude.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryByNumeric } from '@/domain/places/country-names';

/** One country of a boundary file. */
export interface CountryShape {
  /** ISO 3166-1 alpha-3, or null for a shape without an ISO code (Northern Cyprus, Somaliland). */
  readonly code: string | null;
  /** Natural Earth's short English name, e.g. `Belarus`, `N. Cyprus`. */
  readonly name: string;
  readonly feature: Feature<Polygon | MultiPolygon>;
}

/** The boundary files and what each is made for. */
export type BoundaryResolution = '110m' | '50m';

// Natural Earth gives these shapes no numeric id; Kosovo has the code the country list uses for it.
const CODES_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XKK' };

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The country shapes of a world-atlas `countries-*.json` topology, in the file's order. */
export function createCountryShapes(topology: unknown): CountryShape[] {
  const world = topology as CountryTopology;
  const collection = feature(world, world.objects.countries);
  return collection.features.map((f) => {
    const name = f.properties?.name ?? '';
    const id = f.id === undefined ? undefined : String(f.id);
    const code = (id === undefined ? undefined : countryByNumeric(id)?.code) ?? CODES_BY_NAME[name] ?? null;
    return { code, name, feature: f as Feature<Polygon | MultiPolygon> };
  });
}
