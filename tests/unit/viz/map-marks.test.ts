import { describe, expect, it } from 'vitest';
import type { Place } from '@/domain/dataset/model';
import {
  arcBetween,
  arcPathData,
  COUNT_SHADES,
  placePositions,
  placeRadius,
  projectedPoints,
  shadeStep,
  stateAnchors,
} from '@/viz/map-marks';

describe('the map marks', () => {
  it('shades from the lightest step for one event to the darkest for the most', () => {
    expect(shadeStep(1, 100)).toBe(0);
    expect(shadeStep(100, 100)).toBe(COUNT_SHADES.length - 1);
    expect(shadeStep(30, 100)).toBeGreaterThan(shadeStep(5, 100));
    expect(shadeStep(0, 0)).toBe(0);
  });

  it('sizes place marks by the square root of their events, within 4 to 14 px', () => {
    expect(placeRadius(0, 10)).toBe(4);
    expect(placeRadius(10, 10)).toBe(14);
    expect(placeRadius(1, 100)).toBeCloseTo(5.9);
  });

  it('bows an arc to the right of its direction, so the two directions of a pair do not overlap', () => {
    const there = arcBetween([0, 0], [100, 0])!;
    const back = arcBetween([100, 0], [0, 0])!;
    // Heading east on screen (y down), the right is south: positive y.
    expect(there.cy).toBeGreaterThan(0);
    expect(back.cy).toBeLessThan(0);
    expect(there.x0).toBeGreaterThan(0);
    expect(there.x1).toBeLessThan(100);
    expect(arcPathData(there)).toMatch(/^M[\d.]+,[\d.]+Q[\d.]+,-?[\d.]+ [\d.]+,[\d.]+$/);
    expect(arcBetween([0, 0], [5, 0])).toBeNull();
  });

  it('places cities at their points and countries at their anchors, or at their own point when given', () => {
    const places: Place[] = [
      { id: 'minsk', name: { en: 'Minsk' }, kind: 'city', point: [27.5, 53.9], pointBasis: 'external' },
      { id: 'belarus', name: { en: 'Belarus' }, kind: 'country', country: 'BLR' },
      { id: 'xland', name: { en: 'Xland' }, kind: 'country', country: 'XAA', point: [10, 10], pointBasis: 'external' },
      { id: 'lost', name: { en: 'Lost' }, kind: 'country', country: 'UKR' },
    ];
    const project = projectedPoints(
      [
        [27.5, 53.9],
        [10, 10],
      ],
      [[50, 60], null],
    );
    const anchors = new Map([['BLR', [40, 40] as const]]);
    expect(Object.fromEntries(placePositions(places, project, anchors))).toEqual({
      minsk: [50, 60],
      belarus: [40, 40],
    });
    const states = stateAnchors(places, projectedPoints([[10, 10]], [[5, 6]]), anchors);
    expect(Object.fromEntries(states)).toEqual({ BLR: [40, 40], XAA: [5, 6] });
  });
});
