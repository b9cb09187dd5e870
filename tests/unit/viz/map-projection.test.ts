import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCountryShapes, type BoundaryResolution, type CountryShape } from '@/viz/country-shapes';
import { computeMapGeometry, resolutionFor } from '@/viz/map-geometry';
import { countryAnchors, createProjection, fitProjection, mainPart } from '@/viz/map-projection';

const shapes = new Map<BoundaryResolution, CountryShape[]>();
function shapesOf(resolution: BoundaryResolution): CountryShape[] {
  let found = shapes.get(resolution);
  if (!found) {
    const file = resolve(__dirname, `../../../node_modules/world-atlas/countries-${resolution}.json`);
    shapes.set(resolution, (found = createCountryShapes(JSON.parse(readFileSync(file, 'utf8')))));
  }
  return found;
}

const W = 600;
const H = 400;
const MOSCOW: [number, number] = [37.6172, 55.7558];
const inView = (p: readonly [number, number] | null) => p !== null && p[0] >= 0 && p[0] <= W && p[1] >= 0 && p[1] <= H;

describe('the map projection', () => {
  it('reads the boundary file into shapes keyed by ISO alpha-3, Kosovo included', () => {
    const codes = new Set(shapesOf('110m').map((s) => s.code));
    for (const code of ['RUS', 'BLR', 'UKR', 'IDN', 'XKK']) expect(codes.has(code), code).toBe(true);
    expect(shapesOf('110m').find((s) => s.code === 'BLR')?.name).toBe('Belarus');
  });

  it('fits the Russia–Belarus story on an azimuthal equal-area view of Eastern Europe, not of all Russia', () => {
    const spec = fitProjection({ countries: ['BLR', 'RUS', 'UKR'], points: [MOSCOW] }, shapesOf('110m'), W, H, 20);
    expect(spec.kind).toBe('azimuthal');
    // Centred between Belarus, Ukraine and Moscow, not in Siberia.
    expect(-spec.rotate[0]).toBeGreaterThan(25);
    expect(-spec.rotate[0]).toBeLessThan(40);
    expect(-spec.rotate[1]).toBeGreaterThan(45);
    expect(-spec.rotate[1]).toBeLessThan(56);
    const projection = createProjection(spec);
    for (const p of [MOSCOW, [27.5667, 53.9], [30.52, 50.45]] as const)
      expect(inView(projection([p[0], p[1]]))).toBe(true);
    // Vladivostok is far outside the view (or beyond the drawn part of the globe).
    expect(inView(projection([131.9, 43.1]))).toBe(false);
    expect(resolutionFor(spec)).toBe('50m');
  });

  it('shows the whole world on Equal Earth for a story across it, on the coarse shapes', () => {
    const spec = fitProjection({ countries: ['USA', 'IRN'], points: [] }, shapesOf('110m'), W, H, 20);
    expect(spec.kind).toBe('world');
    const projection = createProjection(spec);
    expect(inView(projection([-77, 38.9]))).toBe(true);
    expect(inView(projection([51.4, 35.7]))).toBe(true);
    expect(resolutionFor(spec)).toBe('110m');
    expect(fitProjection({ countries: [], points: [] }, shapesOf('110m'), W, H, 20).kind).toBe('world');
  });

  it('gives a lone city its surroundings rather than an endless zoom', () => {
    const spec = fitProjection({ countries: [], points: [[27.5667, 53.9]] }, shapesOf('110m'), W, H, 20);
    const projection = createProjection(spec);
    const minsk = projection([27.5667, 53.9])!;
    const vilnius = projection([25.28, 54.69])!;
    expect(Math.hypot(minsk[0] - vilnius[0], minsk[1] - vilnius[1])).toBeGreaterThan(30);
    expect(inView(vilnius)).toBe(true);
  });

  it("puts a country's mark in the part of it that is in view, and leaves far territories out", () => {
    const spec = fitProjection({ countries: ['BLR', 'RUS', 'UKR'], points: [MOSCOW] }, shapesOf('110m'), W, H, 20);
    const anchors = countryAnchors(shapesOf('110m'), spec, W, H);
    for (const code of ['RUS', 'BLR', 'UKR']) expect(inView(anchors.get(code) ?? null), code).toBe(true);
    const france = shapesOf('110m').find((s) => s.code === 'FRA')!;
    const main = mainPart(france.feature);
    const longitudes = (main.geometry.type === 'Polygon' ? [main.geometry.coordinates] : main.geometry.coordinates)
      .flat(2)
      .map((p) => p[0]!);
    // Metropolitan France (and Corsica), without French Guiana in South America.
    expect(Math.min(...longitudes)).toBeGreaterThan(-10);
  });

  it('computeMapGeometry draws the countries, the sea and the focus points for the fitted view', async () => {
    const geometry = await computeMapGeometry(
      { focus: { countries: ['BLR', 'RUS', 'UKR'], points: [MOSCOW] }, width: W, height: H, padding: 20 },
      async (resolution) => shapesOf(resolution),
    );
    expect(geometry.resolution).toBe('50m');
    expect(geometry.sphere).toMatch(/^M/);
    const belarus = geometry.countries.find((c) => c.code === 'BLR');
    expect(belarus?.d).toMatch(/^M[-\d.]+,[-\d.]+L/);
    // Australia is beyond the drawn part of the globe.
    expect(geometry.countries.some((c) => c.code === 'AUS')).toBe(false);
    expect(inView(geometry.points[0] ?? null)).toBe(true);
    expect(geometry.points).toHaveLength(1);
    expect(geometry.anchors.map(([code]) => code).sort()).toEqual(['BLR', 'RUS', 'UKR']);
  });
});
