import { readFileSync } from 'node:fs';
import { expect, generateDataset, graph, openDataset, restingBox, test } from './fixtures';

// A generated story with more actors than the graph gives an SVG element each: they are drawn on a canvas.
let body = '';
test.beforeAll(() => {
  // The generator runs in its own process: seconds on a busy machine.
  test.setTimeout(120_000);
  body = generateDataset({ events: 3000, actors: 700, seed: 11 });
});

test.describe('a graph of hundreds of actors', () => {
  // Laying out 700 actors and painting them on canvases: heavy work, given three times the usual time.
  test.slow();
  test.beforeEach(async ({ page }) => {
    await openDataset(page, 'actors', body);
    // Only the node in the tab order is a button until a person points at another.
    await expect(graph(page).getByRole('button')).toHaveCount(1, { timeout: 60_000 });
    await expect(page.locator('.graph-frame canvas')).toHaveCount(2);
    await expect(page.getByText(/relations? among/)).toBeVisible();
  });

  test('its actors are reachable by keyboard and by pointer', async ({ page }) => {
    const first = graph(page).getByRole('button');
    const firstName = (await first.getAttribute('aria-label'))!;
    const firstBox = await restingBox(first);
    // Where the first actor sits in the graph (the page may scroll when the details change).
    const chart = page.locator('svg.graph-chart');
    const chartBox = (await chart.boundingBox())!;
    const at = { x: firstBox.x + firstBox.width / 2 - chartBox.x, y: firstBox.y + firstBox.height / 2 - chartBox.y };
    await first.focus();
    // Arrow keys move focus to the nearest actor in that direction: a new button, focused.
    let moved = firstName;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      moved = (await page.locator(':focus').getAttribute('aria-label')) ?? firstName;
      if (moved !== firstName) break;
    }
    expect(moved).not.toBe(firstName);
    await expect(page.locator(':focus')).toHaveAttribute('role', 'button');
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { name: moved.split(' (')[0]! })).toBeVisible();

    // The first actor is now drawn on the canvas only; pointing at it makes it a button, and a click selects it.
    await expect(graph(page).getByRole('button', { name: firstName })).toHaveCount(0);
    const chartNow = (await chart.boundingBox())!;
    await page.mouse.move(chartNow.x + at.x, chartNow.y + at.y);
    await expect(graph(page).getByRole('button', { name: firstName })).toBeVisible();
    await page.mouse.down();
    await page.mouse.up();
    await expect(details.getByRole('heading', { name: firstName.split(' (')[0]! })).toBeVisible();
  });

  test('dragging an actor drawn on the canvas pins it, and a drag beside the actors pans', async ({ page }) => {
    const node = graph(page).getByRole('button');
    const name = (await node.getAttribute('aria-label'))!;
    const box = await restingBox(node);
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 50, y + 30, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByRole('button', { name: 'Release pinned actors' })).toBeVisible();
    const after = (await graph(page).getByRole('button', { name }).boundingBox())!;
    expect(Math.abs(after.x - box.x) + Math.abs(after.y - box.y)).toBeGreaterThan(20);

    // A drag in the empty corner moves the whole view instead.
    const layer = page.locator('.graph-zoom-layer');
    const before = await layer.getAttribute('transform');
    const chart = (await page.locator('svg.graph-chart').boundingBox())!;
    await page.mouse.move(chart.x + 8, chart.y + 8);
    await page.mouse.down();
    await page.mouse.move(chart.x + 48, chart.y + 28, { steps: 5 });
    await page.mouse.up();
    await expect(layer).not.toHaveAttribute('transform', before!);
    await expect(page.getByRole('button', { name: 'Release pinned actors' })).toBeVisible();
  });

  test('the downloaded SVG carries what the canvases draw', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Actors' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg.match(/<image [^>]*href="data:image\/png;base64,/g)).toHaveLength(2);
  });
});
