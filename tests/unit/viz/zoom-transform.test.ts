import { describe, expect, it } from 'vitest';
import {
  applyTransform,
  clampScale,
  constrainTransform,
  easeCubicInOut,
  IDENTITY,
  interpolateTransform,
  invertTransform,
  pinchTransform,
  scaleAbout,
  transformBetween,
  translateTo,
  UNBOUNDED,
  wheelScaleFactor,
  type Extent,
  type ZoomTransform,
} from '@/viz/zoom-transform';

const close = (a: ZoomTransform, b: ZoomTransform) => {
  expect(a.k).toBeCloseTo(b.k, 9);
  expect(a.x).toBeCloseTo(b.x, 6);
  expect(a.y).toBeCloseTo(b.y, 6);
};

describe('applyTransform and invertTransform', () => {
  it('map content to screen as k × p + (x, y), and back', () => {
    const t = { k: 2, x: 10, y: -5 };
    expect(applyTransform(t, [3, 4])).toEqual([16, 3]);
    expect(invertTransform(t, [16, 3])).toEqual([3, 4]);
  });
});

describe('transformBetween', () => {
  it('takes what was drawn at one zoom to where another zoom shows it', () => {
    const drawn = { k: 2, x: 10, y: -5 };
    const live = { k: 3, x: -20, y: 7 };
    const between = transformBetween(drawn, live);
    const content: [number, number] = [4, 9];
    const [sx, sy] = applyTransform(drawn, content);
    const [lx, ly] = applyTransform(live, content);
    expect(sx * between.k + between.x).toBeCloseTo(lx, 9);
    expect(sy * between.k + between.y).toBeCloseTo(ly, 9);
    expect(transformBetween(live, live)).toEqual(IDENTITY);
  });
});

describe('scaleAbout', () => {
  it('keeps what is under the given screen point where it is', () => {
    const t = { k: 1.5, x: 40, y: 12 };
    const p = [200, 90] as const;
    const before = invertTransform(t, p);
    const after = scaleAbout(t, 6, p);
    expect(after.k).toBe(6);
    const [x, y] = applyTransform(after, before);
    expect(x).toBeCloseTo(200, 9);
    expect(y).toBeCloseTo(90, 9);
  });
});

describe('translateTo', () => {
  it('puts a content point at a screen point without changing the scale', () => {
    expect(translateTo({ k: 2, x: 0, y: 0 }, [100, 50], [10, 5])).toEqual({ k: 2, x: 80, y: 40 });
  });
});

describe('clampScale', () => {
  it('holds the scale within its extent', () => {
    expect(clampScale(0.5, [1, 8])).toBe(1);
    expect(clampScale(20, [1, 8])).toBe(8);
    expect(clampScale(3, [1, 8])).toBe(3);
  });
});

describe('constrainTransform', () => {
  const view: Extent = [
    [0, 0],
    [600, 1],
  ];
  it('stops a pan past the start or the end of the content', () => {
    // Zoomed in 4×: the content is 2400 px wide, so x runs from -1800 to 0.
    expect(constrainTransform({ k: 4, x: 150, y: 0 }, view, view).x).toBeCloseTo(0, 9);
    expect(constrainTransform({ k: 4, x: -2000, y: 0 }, view, view).x).toBeCloseTo(-1800, 9);
    expect(constrainTransform({ k: 4, x: -900, y: 0 }, view, view).x).toBe(-900);
  });
  it('centres content smaller than the view', () => {
    const t = constrainTransform(
      { k: 0.5, x: 0, y: 0 },
      [
        [0, 0],
        [600, 400],
      ],
      [
        [0, 0],
        [600, 400],
      ],
    );
    expect(t.x).toBeCloseTo(150, 9);
    expect(t.y).toBeCloseTo(100, 9);
  });
  it('leaves a transform alone when panning is unbounded', () => {
    const t = { k: 3, x: -12345, y: 678 };
    expect(
      constrainTransform(
        t,
        [
          [0, 0],
          [600, 400],
        ],
        UNBOUNDED,
      ),
    ).toBe(t);
  });
});

describe('wheelScaleFactor', () => {
  it('zooms in on a scroll up and out on a scroll down, by 2 to the power of the scroll', () => {
    expect(wheelScaleFactor(-100, 0, false)).toBeCloseTo(2 ** 0.2, 12);
    expect(wheelScaleFactor(100, 0, false)).toBeCloseTo(2 ** -0.2, 12);
  });
  it('counts lines and pages more than pixels, and a touchpad pinch (Ctrl) ten times', () => {
    expect(wheelScaleFactor(-3, 1, false)).toBeCloseTo(2 ** 0.15, 12);
    expect(wheelScaleFactor(-1, 2, false)).toBeCloseTo(2, 12);
    expect(wheelScaleFactor(-10, 0, true)).toBeCloseTo(2 ** 0.2, 12);
  });
});

describe('pinchTransform', () => {
  it('doubles the scale when the fingers move twice as far apart, about their midpoint', () => {
    const t = pinchTransform(IDENTITY, [100, 100], [200, 100], [50, 100], [250, 100], [0.1, 8]);
    close(t, { k: 2, x: -150, y: -100 });
    // The content midpoint stays under the fingers' midpoint.
    expect(applyTransform(t, [150, 100])).toEqual([150, 100]);
  });
  it('holds the scale within its extent', () => {
    expect(pinchTransform(IDENTITY, [0, 0], [10, 0], [0, 0], [1000, 0], [0.1, 8]).k).toBe(8);
  });
  it('keeps the scale while both fingers touch one spot', () => {
    expect(pinchTransform({ k: 3, x: 0, y: 0 }, [5, 5], [5, 5], [15, 15], [15, 15], [0.1, 8]).k).toBe(3);
  });
});

describe('interpolateTransform', () => {
  it('starts at the first transform and ends exactly at the second', () => {
    const a = { k: 1, x: 0, y: 0 };
    const b = { k: 4, x: -300, y: -120 };
    const path = interpolateTransform(a, b);
    close(path(0), a);
    expect(path(1)).toBe(b);
  });
  it('zooms about the point both transforms leave in place, the scale changing geometrically', () => {
    const a = { k: 1, x: 0, y: 0 };
    const b = scaleAbout(a, 16, [120, 80]);
    const mid = interpolateTransform(a, b)(0.5);
    expect(mid.k).toBeCloseTo(4, 9);
    const [x, y] = applyTransform(mid, [120, 80]);
    expect(x).toBeCloseTo(120, 9);
    expect(y).toBeCloseTo(80, 9);
  });
  it('pans in a straight line at an even pace when the scales match', () => {
    const path = interpolateTransform({ k: 2, x: 0, y: 0 }, { k: 2, x: -400, y: 100 });
    close(path(0.25), { k: 2, x: -100, y: 25 });
  });
});

describe('easeCubicInOut', () => {
  it('runs from 0 to 1, slowly at both ends, through the middle at one half', () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(0.5)).toBeCloseTo(0.5, 12);
    expect(easeCubicInOut(0.1)).toBeLessThan(0.1);
    expect(easeCubicInOut(0.9)).toBeGreaterThan(0.9);
  });
});
