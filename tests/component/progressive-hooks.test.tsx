// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressiveCount } from '@/components/use-progressive-count';
import { useStaggered } from '@/components/use-staggered';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const frame = () => act(() => vi.advanceTimersToNextFrame());

describe('useStaggered', () => {
  it('hands a new value to one part a frame, in order', () => {
    const { result, rerender } = renderHook(({ value }) => useStaggered(value, 3), { initialProps: { value: 'a' } });
    expect(result.current).toEqual(['a', 'a', 'a']);
    rerender({ value: 'b' });
    expect(result.current).toEqual(['a', 'a', 'a']);
    frame();
    expect(result.current).toEqual(['b', 'a', 'a']);
    frame();
    expect(result.current).toEqual(['b', 'b', 'a']);
    frame();
    expect(result.current).toEqual(['b', 'b', 'b']);
  });

  it('gives parts added later the value at once, and keeps the array while nothing changes', () => {
    const { result, rerender } = renderHook(({ parts }) => useStaggered('a', parts), { initialProps: { parts: 1 } });
    rerender({ parts: 3 });
    expect(result.current).toEqual(['a', 'a', 'a']);
    const before = result.current;
    rerender({ parts: 3 });
    expect(result.current).toBe(before);
  });
});

describe('useProgressiveCount', () => {
  it('grows by a step a frame up to the total, and never shrinks', () => {
    const { result, rerender } = renderHook(({ total }) => useProgressiveCount(total, 100), {
      initialProps: { total: 250 },
    });
    expect(result.current).toBe(100);
    frame();
    expect(result.current).toBe(200);
    frame();
    expect(result.current).toBe(250);
    rerender({ total: 50 });
    expect(result.current).toBe(50);
    rerender({ total: 250 });
    expect(result.current).toBe(250);
  });
});
