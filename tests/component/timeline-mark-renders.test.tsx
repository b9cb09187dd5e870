// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildValidDataset } from '@/domain/dataset/build-dataset';
import { createAppStore } from '@/store/create-app-store';
import { AppStoreProvider } from '@/store/store-context';
import { TimelineMark } from '@/views/timeline/timeline-mark';
import { TimelineView } from '@/views/timeline/timeline-view';

const story = buildValidDataset(JSON.parse(readFileSync(resolve('data/russia-belarus-2022.json'), 'utf8')));
const LAST_WEEKS: [number, number] = [Date.UTC(2022, 5, 15), Date.UTC(2022, 6, 5)];

// The memo's inner component, wrapped by a spy for the test only, before anything renders: every call is one render of one mark.
type MarkProps = Parameters<typeof TimelineMark.type>[0];
const renders = vi.spyOn(TimelineMark as unknown as { type: (props: MarkProps) => unknown }, 'type');
const renderedIds = () => renders.mock.calls.map(([props]) => props.datum.event.id).sort();

// jsdom has no canvas: labels are measured by their length, as the app does without one.
vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

afterEach(cleanup);

async function drawTimeline(selected: string) {
  const store = createAppStore({
    timeWindow: LAST_WEEKS,
    selection: { kind: 'event', id: selected },
    language: 'en',
  });
  render(
    <AppStoreProvider store={store}>
      <TimelineView dataset={story} />
    </AppStoreProvider>,
  );
  const mark = (name: RegExp) => screen.getByRole('button', { name });
  await screen.findByRole('button', { name: /Putin says Russia will soon place/ });
  // Whatever follows the first drawing (the strip, the legend) has come in.
  await act(() => new Promise((done) => setTimeout(done, 50)));
  return { store, mark };
}

describe('TimelineView', () => {
  it('re-renders only the marks whose state a hover changes', async () => {
    const { mark } = await drawTimeline('putin-nuclear-capable-missiles');
    const drawn = document.querySelectorAll('.timeline-mark').length;
    expect(drawn).toBeGreaterThan(3);

    renders.mockClear();
    fireEvent.mouseEnter(mark(/Lukashenko says Russia “must be ready”/));
    // The hovered mark lights up (and gets the tooltip); the selected one, lit until now, fades like the rest.
    expect(renderedIds()).toEqual(['lukashenko-ready-for-nuclear-threats', 'putin-nuclear-capable-missiles']);

    renders.mockClear();
    fireEvent.mouseLeave(mark(/Lukashenko says Russia “must be ready”/));
    fireEvent.mouseEnter(mark(/G7 and NATO leaders condemn/));
    expect(new Set(renderedIds())).toEqual(
      new Set([
        'lukashenko-ready-for-nuclear-threats',
        'putin-nuclear-capable-missiles',
        'g7-nato-condemn-military-integration',
      ]),
    );
  });

  it('re-renders only the marks that an arrow key moves focus from and to', async () => {
    const { mark } = await drawTimeline('putin-nuclear-capable-missiles');
    const from = mark(/G7 and NATO leaders condemn/);
    act(() => from.focus());
    renders.mockClear();
    fireEvent.keyDown(from, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(mark(/Lukashenko says Russia “must be ready”/));
    // Each leaves or takes the tab stop, the focus and the tooltip.
    expect(new Set(renderedIds())).toEqual(
      new Set(['g7-nato-condemn-military-integration', 'lukashenko-ready-for-nuclear-threats']),
    );
  });
});
