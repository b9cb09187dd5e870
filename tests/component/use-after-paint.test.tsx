// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '@/components/use-after-paint';

function Shown({ value, seen }: { readonly value: string; readonly seen: string[] }) {
  const shown = useAfterPaint(value);
  seen.push(shown);
  return <p>{shown}</p>;
}

afterEach(cleanup);

describe('useAfterPaint', () => {
  it('gives the first value at once, and a change only after the next frame', async () => {
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      const { rerender, container } = render(<Shown value="a" seen={seen} />);
      expect(container.textContent).toBe('a');
      rerender(<Shown value="b" seen={seen} />);
      // The render that brought "b" still shows "a": the frame with the change elsewhere comes first.
      expect(container.textContent).toBe('a');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(50);
      });
      expect(container.textContent).toBe('b');
      expect(seen.at(-1)).toBe('b');
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes on only the latest of several quick changes', async () => {
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      const { rerender, container } = render(<Shown value="a" seen={seen} />);
      rerender(<Shown value="b" seen={seen} />);
      rerender(<Shown value="c" seen={seen} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(50);
      });
      expect(container.textContent).toBe('c');
      expect(seen).not.toContain('b');
    } finally {
      vi.useRealTimers();
    }
  });
});
