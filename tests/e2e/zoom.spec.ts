import type { Page } from '@playwright/test';
import { expect, graph, openApp, test, timeline, untilStill } from './fixtures';

const DAY = 86_400_000;

/** The time window the address bar holds, ms since epoch UTC, or null. */
async function urlWindow(page: Page): Promise<[number, number] | null> {
  const value = new URL(page.url()).searchParams.get('window');
  if (!value) return null;
  const [a, b] = value.split('..').map((s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));
  return a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) ? [a, b] : null;
}

/** Waits until the address bar's window differs from `before`, and returns it. */
async function nextWindow(page: Page, before: [number, number] | null): Promise<[number, number]> {
  await expect.poll(async () => JSON.stringify(await urlWindow(page))).not.toBe(JSON.stringify(before));
  return (await urlWindow(page))!;
}

async function box(page: Page, selector: string) {
  return (await page.locator(selector).boundingBox())!;
}

/** Waits until the graph's zoom transform has stopped changing (its first fit is animated). */
async function graphAtRest(page: Page) {
  await expect(page.locator('svg.graph-chart')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await untilStill(page.locator('svg.graph-chart > g.graph-zoom-layer'), { attribute: 'transform' });
}

/** Sends a two-finger touch gesture through the DevTools protocol: fingers move from `from` to `to` (page px). */
async function pinch(
  page: Page,
  from: [[number, number], [number, number]],
  to: [[number, number], [number, number]],
  steps = 8,
) {
  const cdp = await page.context().newCDPSession(page);
  const points = (t: number) =>
    from.map(([x, y], i) => ({
      x: x + (to[i]![0] - x) * t,
      y: y + (to[i]![1] - y) * t,
      id: i,
      radiusX: 1,
      radiusY: 1,
      force: 1,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let s = 1; s <= steps; s++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(s / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test.describe('zoom and pan', () => {
  test('dragging the timeline pans it, and the settled window goes to the address bar', async ({ page }) => {
    await openApp(page, '?lang=en&time=linear&window=2022-05-01..2022-07-10');
    const before = (await urlWindow(page))!;
    const chart = await box(page, 'svg.timeline-chart');
    // Just above the bottom edge: the axis, not a mark.
    const y = chart.y + chart.height - 12;
    await page.mouse.move(chart.x + chart.width * 0.7, y);
    await page.mouse.down();
    await page.mouse.move(chart.x + chart.width * 0.3, y, { steps: 6 });
    await page.mouse.up();
    const after = await nextWindow(page, before);
    const span = before[1] - before[0];
    // Dragging leftwards by 40 % of the width shows a later stretch, 40 % of the span on.
    expect(after[0] - before[0]).toBeGreaterThan(span * 0.3);
    expect(after[0] - before[0]).toBeLessThan(span * 0.5);
    expect(Math.abs(after[1] - after[0] - span)).toBeLessThan(span * 0.02);
  });

  test('a drag that starts on a mark pans without selecting it; a click still selects', async ({ page }) => {
    await openApp(page, '?lang=en&time=linear&window=2022-06-20..2022-07-03');
    const mark = timeline(page).getByRole('button').first();
    const at = (await mark.boundingBox())!;
    const before = await urlWindow(page);
    await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await page.mouse.down();
    await page.mouse.move(at.x + at.width / 2 - 150, at.y + at.height / 2, { steps: 6 });
    await page.mouse.up();
    await nextWindow(page, before);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 })).toHaveCount(0);
    await timeline(page).getByRole('button').first().click();
    await expect(page).toHaveURL(/event=/);
  });

  test('double-clicking the timeline zooms in around the pointer', async ({ page }) => {
    await openApp(page, '?lang=en&time=linear&window=2021-01-01..2022-07-10');
    const before = (await urlWindow(page))!;
    const chart = await box(page, 'svg.timeline-chart');
    await page.mouse.dblclick(chart.x + chart.width / 2, chart.y + chart.height - 12);
    const after = await nextWindow(page, before);
    const ratio = (after[1] - after[0]) / (before[1] - before[0]);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(0.6);
    // Around the pointer: the middle stays in the middle.
    expect(Math.abs((after[0] + after[1]) / 2 - (before[0] + before[1]) / 2)).toBeLessThan(3 * DAY);
  });

  test('the wheel zooms the timeline out only as far as everything; past that it scrolls the page', async ({
    page,
  }) => {
    await openApp(page, '?lang=en&window=2021-01-01..2022-07-10');
    const before = (await urlWindow(page))!;
    const chart = await box(page, 'svg.timeline-chart');
    await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height - 12);
    await page.mouse.wheel(0, 100);
    const after = await nextWindow(page, before);
    expect(after[1] - after[0]).toBeGreaterThan(before[1] - before[0]);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole('button', { name: 'Fit all events' }).click();
    await nextWindow(page, after);
    const y = await page.evaluate(() => window.scrollY);
    const fitted = await box(page, 'svg.timeline-chart');
    await page.mouse.move(fitted.x + fitted.width / 2, fitted.y + fitted.height - 12);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y);
  });

  test('Back takes the timeline back to the window the earlier step showed', async ({ page }) => {
    await openApp(page, '?lang=en&window=2022-06-01..2022-07-10');
    const treaty = timeline(page).getByRole('button', { name: /Union Treaty/ });
    const missiles = timeline(page).getByRole('button', { name: /Putin says Russia will soon place/ });
    await expect(missiles).toBeVisible();
    await expect(treaty).toHaveCount(0);
    // Chosen in the list, an event out of view is brought into view: a step in the history, with a window of its own.
    await page
      .getByRole('region', { name: 'All events' })
      .getByRole('button', { name: /Union Treaty/ })
      .click();
    await expect(treaty).toBeVisible();
    await expect.poll(async () => (await urlWindow(page))?.[0] ?? 0).toBeLessThan(Date.UTC(2000, 0, 1));
    await page.goBack();
    await expect(missiles).toBeVisible();
    await expect(treaty).toHaveCount(0);
    expect(await urlWindow(page)).toEqual([Date.UTC(2022, 5, 1), Date.UTC(2022, 6, 10)]);
  });

  test('the graph zooms with the wheel and pans with a drag on its background; dragging a node leaves the view alone', async ({
    page,
  }) => {
    await openApp(page, '?lang=en');
    const nato = graph(page).getByRole('button', { name: /\(NATO\)/ });
    const russia = graph(page).getByRole('button', { name: /^Russia/ });
    await expect(nato).toBeVisible();
    await graphAtRest(page);
    const frame = await box(page, 'svg.graph-chart');
    const size0 = (await russia.boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await russia.boundingBox())!.width).toBeGreaterThan(size0.width * 1.2);
    await page.mouse.wheel(0, 200);
    await expect.poll(async () => Math.abs((await russia.boundingBox())!.width - size0.width)).toBeLessThan(1);

    const start = (await russia.boundingBox())!;
    await page.mouse.move(frame.x + 8, frame.y + 8);
    await page.mouse.down();
    await page.mouse.move(frame.x + 88, frame.y + 58, { steps: 5 });
    await page.mouse.up();
    const moved = (await russia.boundingBox())!;
    expect(moved.x - start.x).toBeCloseTo(80, 0);
    expect(moved.y - start.y).toBeCloseTo(50, 0);

    // The view's own transform, which a node drag must leave alone (pinning re-runs the layout, so other nodes may shift).
    const view = page.locator('svg.graph-chart > g.graph-zoom-layer');
    const transform = await view.getAttribute('transform');
    const nb = (await nato.boundingBox())!;
    await page.mouse.move(nb.x + nb.width / 2, nb.y + nb.height / 2);
    await page.mouse.down();
    await page.mouse.move(nb.x + 60, nb.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByRole('button', { name: 'Release pinned actors' })).toBeVisible();
    expect(await view.getAttribute('transform')).toBe(transform);
  });
});

test.describe('pinch zoom on a touch screen', () => {
  test.use({ hasTouch: true });

  test('pinching the timeline zooms it in', async ({ page }) => {
    await openApp(page, '?lang=en&time=linear&window=2021-01-01..2022-07-10');
    const before = (await urlWindow(page))!;
    const chart = await box(page, 'svg.timeline-chart');
    const y = chart.y + chart.height - 12;
    const mid = chart.x + chart.width / 2;
    await pinch(
      page,
      [
        [mid - 60, y],
        [mid + 60, y],
      ],
      [
        [mid - 180, y],
        [mid + 180, y],
      ],
    );
    const after = await nextWindow(page, before);
    const ratio = (after[1] - after[0]) / (before[1] - before[0]);
    expect(ratio).toBeGreaterThan(0.25);
    expect(ratio).toBeLessThan(0.45);
  });

  test('pinching the graph zooms it', async ({ page }) => {
    await openApp(page, '?lang=en');
    const russia = graph(page).getByRole('button', { name: /^Russia/ });
    await expect(russia).toBeVisible();
    await graphAtRest(page);
    const size0 = (await russia.boundingBox())!;
    const frame = await box(page, 'svg.graph-chart');
    const cx = frame.x + 20;
    const cy = frame.y + frame.height / 2;
    await pinch(
      page,
      [
        [cx, cy - 40],
        [cx, cy + 40],
      ],
      [
        [cx, cy - 100],
        [cx, cy + 100],
      ],
    );
    await expect.poll(async () => (await russia.boundingBox())!.width).toBeGreaterThan(size0.width * 1.8);
  });
});
