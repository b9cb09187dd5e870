// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useZoomGestures, type ZoomGestureOptions, type ZoomSource } from '@/components/use-zoom-gestures';
import type { ZoomTransform } from '@/viz/zoom-transform';

// jsdom gives every element a box at (0, 0), so client coordinates are element coordinates.
function setup(options: Partial<ZoomGestureOptions> = {}) {
  const element = document.createElement('div');
  const node = document.createElement('span');
  node.className = 'node';
  element.append(node);
  document.body.append(element);
  const zooms: [ZoomTransform, ZoomSource][] = [];
  const ends: [ZoomTransform, ZoomSource][] = [];
  const ref = { current: element };
  const { result } = renderHook(() =>
    useZoomGestures(ref, {
      scaleExtent: [1, 8],
      extent: [
        [0, 0],
        [400, 1],
      ],
      onZoom: (t, source) => zooms.push([t, source]),
      onEnd: (t, source) => ends.push([t, source]),
      ...options,
    }),
  );
  const clicks = vi.fn();
  element.addEventListener('click', clicks);
  const pointer = (type: string, x: number, id = 1, target: Element = element) =>
    target.dispatchEvent(
      new PointerEvent(type, { pointerId: id, clientX: x, clientY: 0, button: 0, bubbles: true, cancelable: true }),
    );
  return { element, node, control: result.current, zooms, ends, clicks, pointer };
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
});
afterEach(() => {
  cleanup();
  // Timers left over (such as the one that stops swallowing the click after a drag) run before the next test.
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('useZoomGestures', () => {
  it('zooms in about the pointer on a wheel scroll up, and ends the gesture once the wheel rests', () => {
    const { element, zooms, ends } = setup();
    const wheel = new WheelEvent('wheel', { deltaY: -500, clientX: 100, bubbles: true, cancelable: true });
    element.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    expect(zooms).toEqual([[{ k: 2, x: -100, y: 0 }, 'user']]);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(ends).toEqual([[{ k: 2, x: -100, y: 0 }, 'user']]);
  });

  it('leaves the wheel to the page at the scale limit', () => {
    const { element, zooms } = setup();
    const wheel = new WheelEvent('wheel', { deltaY: 100, clientX: 100, bubbles: true, cancelable: true });
    element.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(false);
    expect(zooms).toEqual([]);
  });

  it('pans with a drag, within the translate extent, and swallows the click that ends the drag', () => {
    const { element, control, zooms, ends, clicks, pointer } = setup({
      translateExtent: [
        [0, 0],
        [400, 1],
      ],
    });
    control.moveTo({ k: 2, x: -200, y: 0 }, 0);
    pointer('pointerdown', 100);
    pointer('pointermove', 40);
    expect(zooms.at(-1)).toEqual([{ k: 2, x: -260, y: 0 }, 'user']);
    pointer('pointermove', -400);
    // The content ends at 800 px: the view stops there.
    expect(control.transform().x).toBe(-400);
    pointer('pointerup', -400);
    expect(ends.at(-1)).toEqual([{ k: 2, x: -400, y: 0 }, 'user']);
    element.click();
    expect(clicks).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    element.click();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('follows a press outside the element, and ends it where it is let go', () => {
    const { control, ends, pointer } = setup();
    const outside = document.createElement('p');
    document.body.append(outside);
    pointer('pointerdown', 100);
    pointer('pointermove', 160, 1, outside);
    expect(control.transform().x).toBe(60);
    pointer('pointerup', 160, 1, outside);
    expect(ends).toEqual([[{ k: 1, x: 60, y: 0 }, 'user']]);
    // Over: later moves outside pan nothing.
    pointer('pointermove', 300, 1, outside);
    expect(control.transform().x).toBe(60);
  });

  it('lets a press that moves less than the click distance click', () => {
    const { element, clicks, pointer } = setup({ clickDistance: 4 });
    pointer('pointerdown', 100);
    pointer('pointermove', 103);
    pointer('pointerup', 103);
    element.click();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('leaves presses its filter refuses to their target', () => {
    const { node, zooms, pointer } = setup({
      filter: (e) => !(e.target instanceof Element && e.target.closest('.node')),
    });
    pointer('pointerdown', 100, 1, node);
    pointer('pointermove', 40, 1, node);
    expect(zooms).toEqual([]);
  });

  it('zooms with two pointers moving apart, about their midpoint', () => {
    const { control, pointer } = setup();
    pointer('pointerdown', 100, 1);
    pointer('pointerdown', 200, 2);
    pointer('pointermove', 300, 2);
    expect(control.transform()).toEqual({ k: 2, x: -100, y: 0 });
    pointer('pointerup', 300, 2);
    // The finger left pans on from where it is.
    pointer('pointermove', 150, 1);
    expect(control.transform()).toEqual({ k: 2, x: -50, y: 0 });
  });

  it('glides to a target over the duration, eased, and ends there', () => {
    const { control, zooms, ends } = setup();
    const target = { k: 4, x: -600, y: 0 };
    control.moveTo(target, 300);
    vi.advanceTimersByTime(150);
    const [midway, source] = zooms.at(-1)!;
    expect(source).toBe('app');
    expect(midway.k).toBeGreaterThan(1.5);
    expect(midway.k).toBeLessThan(3);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(zooms.at(-1)).toEqual([target, 'app']);
    expect(ends).toEqual([[target, 'app']]);
  });

  it('stops a glide when a gesture starts', () => {
    const { control, zooms, ends, pointer } = setup();
    control.moveTo({ k: 4, x: -600, y: 0 }, 300);
    vi.advanceTimersByTime(100);
    pointer('pointerdown', 100);
    const framesBefore = zooms.length;
    vi.advanceTimersByTime(500);
    expect(zooms.length).toBe(framesBefore);
    expect(ends).toEqual([]);
    expect(control.transform().k).toBeLessThan(4);
  });

  it('zooms in around the pointer on a double-click when asked to, at once under reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    const { element, control, ends } = setup({ doubleClickZoom: true });
    element.dispatchEvent(new MouseEvent('dblclick', { clientX: 100, bubbles: true, cancelable: true }));
    expect(control.transform()).toEqual({ k: 2, x: -100, y: 0 });
    expect(ends).toEqual([[{ k: 2, x: -100, y: 0 }, 'user']]);
  });

  it('ignores a double-click unless asked to zoom on it', () => {
    const { element, zooms } = setup();
    element.dispatchEvent(new MouseEvent('dblclick', { clientX: 100, bubbles: true, cancelable: true }));
    vi.advanceTimersByTime(500);
    expect(zooms).toEqual([]);
  });

  it('places the view at a transform silently, stopping a glide, and the next gesture starts there', () => {
    const { element, control, zooms, ends } = setup();
    control.moveTo({ k: 4, x: -600, y: 0 }, 300);
    vi.advanceTimersByTime(50);
    const framesBefore = zooms.length;
    control.place({ k: 2, x: -100, y: 0 });
    vi.advanceTimersByTime(500);
    expect(zooms.length).toBe(framesBefore);
    expect(ends).toEqual([]);
    expect(control.transform()).toEqual({ k: 2, x: -100, y: 0 });
    element.dispatchEvent(new WheelEvent('wheel', { deltaY: -500, clientX: 0, bubbles: true, cancelable: true }));
    expect(zooms.at(-1)).toEqual([{ k: 4, x: -200, y: 0 }, 'user']);
  });
});
