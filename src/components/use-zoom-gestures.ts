/**
 * Zoom and pan on one element: wheel, drag (pointer capture), two-finger
 * pinch, optional double-click, and smooth animated moves that any gesture
 * interrupts. It only listens on the element and reports transforms; the
 * view draws. The maths is in src/viz/zoom-transform.ts.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import {
  clampScale,
  constrainTransform,
  easeCubicInOut,
  IDENTITY,
  interpolateTransform,
  invertTransform,
  pinchTransform,
  scaleAbout,
  translateTo,
  UNBOUNDED,
  wheelScaleFactor,
  type Extent,
  type Point,
  type ZoomTransform,
} from '@/viz/zoom-transform';

/** Who moved the view: a person's gesture, or the app (a button, a link, a resize). */
export type ZoomSource = 'user' | 'app';

/** How a view zooms. */
export interface ZoomGestureOptions {
  /** The smallest and largest scale gestures reach. */
  readonly scaleExtent: readonly [number, number];
  /** The viewport, screen px; by default the SVG's width and height. */
  readonly extent?: Extent;
  /** Content px the view may not leave; unbounded by default. */
  readonly translateExtent?: Extent;
  /** How far (px) a press may move and still count as a click; a longer drag swallows the click. */
  readonly clickDistance?: number;
  /** Double-click zooms in around the pointer (Shift: out). */
  readonly doubleClickZoom?: boolean;
  /** Which presses may start a pan; by default the main button without Ctrl. The wheel always zooms. */
  readonly filter?: (event: MouseEvent) => boolean;
  /** Hears every change: each frame of a gesture or an animation. */
  readonly onZoom: (t: ZoomTransform, source: ZoomSource) => void;
  /** Hears a gesture's end, an animation that arrived, or a move made at once. */
  readonly onEnd?: (t: ZoomTransform, source: ZoomSource) => void;
}

/** Commands for the view's zoom. */
export interface ZoomControl {
  /** The transform now. */
  transform(): ZoomTransform;
  /** The viewport now, screen px (buttons zoom about its centre). */
  extent(): Extent;
  /** Moves to `t` (panned into the translate extent) over `duration` ms, or at once when that is 0. */
  moveTo(t: ZoomTransform, duration: number): void;
  /**
   * Puts the view at `t` (panned into the translate extent) at once, stopping
   * any animated move and telling neither `onZoom` nor `onEnd`: for a view
   * that already draws `t`, so its next gesture starts from there.
   */
  place(t: ZoomTransform): void;
}

/** True when the person asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const WHEEL_IDLE_MS = 150;
const DOUBLE_CLICK_MS = 250;

const defaultFilter = (event: MouseEvent) => !event.ctrlKey && !event.button;

interface Touch {
  screen: Point;
  content: Point;
}

/** Zoom state and listeners for one element at a time; `options` is read fresh on every event. */
function createZoomGestures(options: () => ZoomGestureOptions) {
  let element: Element | null = null;
  let current = IDENTITY;
  let frame = 0;
  let wheel: { anchor: Touch; timer?: ReturnType<typeof setTimeout> } | null = null;
  const pointers = new Map<number, Touch>();
  let press: { x: number; y: number; moved: boolean } | null = null;

  const extent = (): Extent => {
    const given = options().extent;
    if (given) return given;
    if (element instanceof SVGSVGElement)
      return [
        [0, 0],
        [element.width.baseVal.value, element.height.baseVal.value],
      ];
    return [
      [0, 0],
      [element?.clientWidth ?? 0, element?.clientHeight ?? 0],
    ];
  };
  const constrain = (t: ZoomTransform) => constrainTransform(t, extent(), options().translateExtent ?? UNBOUNDED);
  const pointOf = (event: MouseEvent): Point => {
    const box = element?.getBoundingClientRect();
    return [event.clientX - (box?.left ?? 0), event.clientY - (box?.top ?? 0)];
  };
  const emit = (t: ZoomTransform, source: ZoomSource) => {
    if (t.k === current.k && t.x === current.x && t.y === current.y) return;
    current = t;
    options().onZoom(t, source);
  };
  const end = (source: ZoomSource) => options().onEnd?.(current, source);
  const stopAnimation = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };

  const moveTo = (target: ZoomTransform, duration: number, source: ZoomSource) => {
    stopAnimation();
    const to = constrain(target);
    if (duration <= 0 || typeof requestAnimationFrame !== 'function') {
      emit(to, source);
      end(source);
      return;
    }
    const path = interpolateTransform(current, to);
    const start = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, Math.max(0, (now - start) / duration));
      emit(path(easeCubicInOut(progress)), source);
      if (progress < 1) frame = requestAnimationFrame(step);
      else {
        frame = 0;
        end(source);
      }
    };
    frame = requestAnimationFrame(step);
  };

  const onWheel = (event: WheelEvent) => {
    const { scaleExtent } = options();
    const k = clampScale(current.k * wheelScaleFactor(event.deltaY, event.deltaMode, event.ctrlKey), scaleExtent);
    const p = pointOf(event);
    if (wheel) {
      if (p[0] !== wheel.anchor.screen[0] || p[1] !== wheel.anchor.screen[1])
        wheel.anchor = { screen: p, content: invertTransform(current, p) };
    } else if (k === current.k) {
      // At the scale limit the wheel scrolls the page instead.
      return;
    } else {
      stopAnimation();
      wheel = { anchor: { screen: p, content: invertTransform(current, p) } };
    }
    event.preventDefault();
    const gesture = wheel;
    clearTimeout(gesture.timer);
    gesture.timer = setTimeout(() => {
      wheel = null;
      end('user');
    }, WHEEL_IDLE_MS);
    emit(constrain(translateTo({ ...current, k }, gesture.anchor.screen, gesture.anchor.content)), 'user');
  };

  const swallowClick = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const preventSelection = (event: Event) => event.preventDefault();

  const onPointerDown = (event: PointerEvent) => {
    const { filter = defaultFilter } = options();
    if (!filter(event) || pointers.size >= 2) return;
    stopAnimation();
    const p = pointOf(event);
    pointers.set(event.pointerId, { screen: p, content: invertTransform(current, p) });
    if (pointers.size === 1) {
      press = { x: event.clientX, y: event.clientY, moved: false };
      // Heard on the window, so a press let go just outside the element (before any capture) still ends.
      for (const [type, listener] of gestureListeners) window.addEventListener(type, listener, true);
    } else {
      // A pinch is never a click.
      if (press) press.moved = true;
      for (const id of pointers.keys()) capture(id);
    }
  };
  const capture = (pointerId: number) => {
    try {
      element?.setPointerCapture?.(pointerId);
    } catch {
      // The pointer is already gone; its up or cancel event ends the gesture.
    }
  };
  const onPointerMove = (event: PointerEvent) => {
    const touch = pointers.get(event.pointerId);
    if (!touch) return;
    touch.screen = pointOf(event);
    if (press && !press.moved) {
      const distance = options().clickDistance ?? 0;
      if ((event.clientX - press.x) ** 2 + (event.clientY - press.y) ** 2 > distance * distance) {
        press.moved = true;
        // Captured only now, so a plain click still reaches the mark under it.
        capture(event.pointerId);
      }
    }
    const [a, b] = [...pointers.values()];
    if (!a) return;
    const next = b
      ? pinchTransform(current, a.content, b.content, a.screen, b.screen, options().scaleExtent)
      : translateTo(current, a.screen, a.content);
    emit(constrain(next), 'user');
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    // The finger left on the screen grabs what is under it now.
    for (const touch of pointers.values()) touch.content = invertTransform(current, touch.screen);
    if (pointers.size > 0) return;
    for (const [type, listener] of gestureListeners) window.removeEventListener(type, listener, true);
    if (press?.moved) {
      // The click that ends a drag is not a click on what lies under it.
      window.addEventListener('click', swallowClick, true);
      setTimeout(() => window.removeEventListener('click', swallowClick, true), 0);
    }
    press = null;
    end('user');
  };

  const onDoubleClick = (event: MouseEvent) => {
    const { filter = defaultFilter, doubleClickZoom, scaleExtent } = options();
    if (!doubleClickZoom || !filter(event)) return;
    event.preventDefault();
    const k = clampScale(current.k * (event.shiftKey ? 0.5 : 2), scaleExtent);
    moveTo(scaleAbout(current, k, pointOf(event)), prefersReducedMotion() ? 0 : DOUBLE_CLICK_MS, 'user');
  };

  const listeners: [string, EventListener, AddEventListenerOptions][] = [
    ['wheel', onWheel as EventListener, { passive: false }],
    ['pointerdown', onPointerDown as EventListener, {}],
    ['dblclick', onDoubleClick as EventListener, {}],
  ];
  // On the window while a pointer is down.
  const gestureListeners: [string, EventListener][] = [
    ['pointermove', onPointerMove as EventListener],
    ['pointerup', onPointerUp as EventListener],
    ['pointercancel', onPointerUp as EventListener],
    ['selectstart', preventSelection],
  ];

  const control: ZoomControl = {
    transform: () => current,
    extent,
    moveTo: (t, duration) => moveTo(t, duration, 'app'),
    place: (t) => {
      stopAnimation();
      current = constrain(t);
    },
  };
  const attach = (target: Element) => {
    element = target;
    for (const [type, listener, opts] of listeners) target.addEventListener(type, listener, opts);
    return () => {
      for (const [type, listener, opts] of listeners) target.removeEventListener(type, listener, opts);
      stopAnimation();
      if (wheel) clearTimeout(wheel.timer);
      wheel = null;
      pointers.clear();
      press = null;
      for (const [type, listener] of gestureListeners) window.removeEventListener(type, listener, true);
      element = null;
    };
  };
  return { control, attach };
}

/**
 * Zoom and pan gestures on the element in `ref`, attached while it is
 * mounted. The transform stays here and in what `onZoom` is told, never in
 * the store; the returned commands are stable across renders.
 */
export function useZoomGestures(ref: RefObject<Element | null>, options: ZoomGestureOptions): ZoomControl {
  const latest = useRef(options);
  latest.current = options;
  const [gestures] = useState(() => createZoomGestures(() => latest.current));
  useLayoutEffect(() => {
    const element = ref.current;
    return element ? gestures.attach(element) : undefined;
  }, [ref, gestures]);
  return gestures.control;
}
