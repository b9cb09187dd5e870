// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS } from '@/domain/dates/day';
import { useTimelineZoom } from '@/views/timeline/use-timeline-zoom';

const DOMAIN: readonly [number, number] = [0, 1000 * DAY_MS];
const WIDTH = 400;

function setup(stored: readonly [number, number] | null) {
  const element = document.createElement('div');
  document.body.append(element);
  const ref = { current: element as unknown as SVGSVGElement };
  const onSettle = vi.fn();
  // The store, as far as the hook sees it: what it settles on is stored; `store` stores from elsewhere.
  const hook = renderHook(() => {
    const [window, setWindow] = useState(stored);
    const zoom = useTimelineZoom(ref, DOMAIN, WIDTH, window, (w) => {
      onSettle(w);
      setWindow(w);
    });
    return { zoom, store: setWindow };
  });
  const store = (w: readonly [number, number] | null) => act(() => hook.result.current.store(w));
  // jsdom gives every element a box at (0, 0), so client coordinates are chart px.
  const wheel = (deltaY: number, x: number) =>
    act(() => {
      element.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: x, bubbles: true, cancelable: true }));
    });
  const pointer = (type: string, x: number) =>
    act(() => {
      element.dispatchEvent(
        new PointerEvent(type, { pointerId: 1, clientX: x, clientY: 0, button: 0, bubbles: true, cancelable: true }),
      );
    });
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return {
    zoom: () => hook.result.current.zoom,
    store,
    onSettle,
    wheel,
    pointer,
    wait,
    window: () => hook.result.current.zoom.window,
  };
}

/** Rounds a window to whole minutes, so float noise does not count. */
const minutes = ([a, b]: readonly [number, number]) => [Math.round(a / 60_000), Math.round(b / 60_000)];

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
});
afterEach(() => {
  cleanup();
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('useTimelineZoom', () => {
  it('draws the stored window, and the whole domain without one', () => {
    expect(minutes(setup([100 * DAY_MS, 200 * DAY_MS]).window())).toEqual(minutes([100 * DAY_MS, 200 * DAY_MS]));
    expect(setup(null).window()).toEqual(DOMAIN);
  });

  it('draws a stored window within the domain and at least two days wide, and stores nothing for that', () => {
    const before = setup([-50 * DAY_MS, 20 * DAY_MS]);
    expect(minutes(before.window())).toEqual(minutes([0, 70 * DAY_MS]));
    const narrow = setup([500 * DAY_MS, 500 * DAY_MS + 1000]);
    const [a, b] = narrow.window();
    expect(b - a).toBeCloseTo(2 * DAY_MS, -3);
    // Another dataset's window, wholly outside this one's: the whole domain.
    const outside = setup([2000 * DAY_MS, 2100 * DAY_MS]);
    expect(outside.window()).toEqual(DOMAIN);
    for (const { wait } of [before, narrow, outside]) wait(500);
    for (const { onSettle } of [before, narrow, outside]) expect(onSettle).not.toHaveBeenCalled();
  });

  it('keeps the frames of a wheel gesture to the view and stores the window once, where the wheel rests', () => {
    const { window, onSettle, wheel, wait } = setup(null);
    wheel(-500, 100);
    const zoomed = window();
    expect(zoomed[1] - zoomed[0]).toBeCloseTo((DOMAIN[1] - DOMAIN[0]) / 2, -3);
    wheel(-100, 100);
    expect(window()[1] - window()[0]).toBeLessThan(zoomed[1] - zoomed[0]);
    expect(onSettle).not.toHaveBeenCalled();
    wait(200);
    expect(onSettle).toHaveBeenCalledTimes(1);
    expect(minutes(onSettle.mock.calls[0]![0])).toEqual(minutes(window()));
    // At rest the view draws what it stored.
    expect(window()).toEqual(onSettle.mock.calls[0]![0]);
  });

  it('stores nothing for a click that moves nothing', () => {
    const { onSettle, pointer, wait } = setup([100 * DAY_MS, 200 * DAY_MS]);
    pointer('pointerdown', 100);
    pointer('pointerup', 100);
    wait(500);
    expect(onSettle).not.toHaveBeenCalled();
  });

  it('glides to a window stored from elsewhere (Back, a link), without storing it again', () => {
    const first: [number, number] = [100 * DAY_MS, 200 * DAY_MS];
    const later: [number, number] = [600 * DAY_MS, 620 * DAY_MS];
    const { store, window, onSettle, wheel, wait } = setup(first);
    store(later);
    // It sets off from where it was…
    expect(minutes(window())).toEqual(minutes(first));
    wait(100);
    expect(window()[0]).toBeGreaterThan(first[0]);
    expect(window()[0]).toBeLessThan(later[0]);
    // …and arrives.
    wait(400);
    expect(minutes(window())).toEqual(minutes(later));
    expect(onSettle).not.toHaveBeenCalled();
    // The next gesture starts from there.
    wheel(-500, 200);
    const [a, b] = window();
    expect(a).toBeGreaterThan(later[0]);
    expect(b).toBeLessThan(later[1]);
  });

  it('moves from the stored window on a button and stores where the move arrives', () => {
    const { zoom, onSettle, wait } = setup([100 * DAY_MS, 200 * DAY_MS]);
    act(() => zoom().zoomBy(2));
    act(() => zoom().panBy(0.5));
    expect(onSettle).not.toHaveBeenCalled();
    wait(500);
    expect(onSettle).toHaveBeenCalledTimes(1);
    // Twice as close around the middle (125–175), then half a window on: quick presses add up.
    expect(minutes(onSettle.mock.calls[0]![0])).toEqual(minutes([150 * DAY_MS, 200 * DAY_MS]));
  });
});
