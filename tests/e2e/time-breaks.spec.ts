import type { Page } from '@playwright/test';
import { bundled, escapeRegExp, expect, openApp, test, timeline } from './fixtures';

/** The treaty of 1997 and the five events of 20 June – 1 July 2022: the story's two far-apart ends. */
const FAR_APART = bundled.events.filter(
  (e) => e.date.startsWith('1997') || (e.date >= '2022-06-20' && e.date <= '2022-07-01'),
);

type Box = { x: number; y: number; width: number; height: number };
/** The box of a line of SVG text takes in the font's leading above and below its letters: this much of it, px. */
const LEADING = 3;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width &&
  b.x < a.x + a.width &&
  a.y + LEADING < b.y + b.height - LEADING &&
  b.y + LEADING < a.y + a.height - LEADING;

/** Each break drawn on the axis, in page px: its band's left and right edges and the length written under it. */
async function axisBreaks(page: Page) {
  return page.locator('.axis-break').evaluateAll((groups) =>
    groups.map((g) => {
      const band = g.querySelector('rect')!.getBoundingClientRect();
      return { left: band.left, right: band.right, length: g.querySelector('text')?.textContent ?? '' };
    }),
  );
}

/** Where each tick line of the axis stands, page px. */
async function tickPositions(page: Page) {
  return page.locator('.time-axis .tick line').evaluateAll((lines) => lines.map((l) => l.getBoundingClientRect().left));
}

test.describe('a time axis with breaks', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the first view shows the 1997 treaty and the five events of late June 2022 side by side, each label legible', async ({
    page,
  }) => {
    expect(FAR_APART).toHaveLength(6);
    await openApp(page, '?lang=en&layout=timeline');
    const chart = timeline(page);
    const frame = (await page.locator('svg.timeline-chart').boundingBox())!;
    const boxes: Box[] = [];
    for (const event of FAR_APART) {
      const mark = chart.getByRole('button', { name: new RegExp(`^${escapeRegExp(event.title.en!)}, `) });
      await expect(mark).toBeInViewport();
      const label = mark.locator('.timeline-label');
      const text = (await label.textContent())!;
      // The label shows the title, or a good part of its start (no fewer than 24 letters), never a stub.
      expect(event.title.en!.startsWith(text.replace(/…$/, '')), `${event.id} shows "${text}"`).toBe(true);
      expect(text.replace(/…$/, '').length, `${event.id} shows "${text}"`).toBeGreaterThanOrEqual(
        Math.min(24, event.title.en!.length),
      );
      const box = (await label.boundingBox())!;
      // Inside the chart, at the size the rest of the page's small text has.
      expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
      expect(box.height).toBeGreaterThanOrEqual(12);
      boxes.push(box);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(boxes[i]!, boxes[j]!), `${FAR_APART[i]!.id} and ${FAR_APART[j]!.id}`).toBe(false);
    // Side by side: the late-June marks are spread apart on the axis, not piled on a few px.
    const xs = await Promise.all(
      FAR_APART.slice(1).map(async (event) => {
        const mark = chart.getByRole('button', { name: new RegExp(`^${escapeRegExp(event.title.en!)}, `) });
        const shape = (await mark.locator('circle, rect:not(.mark-hit):not(.mark-focus-ring)').first().boundingBox())!;
        return shape.x;
      }),
    );
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(60);
  });

  test('the axis shows each break with its length, and no tick falls inside a break', async ({ page }) => {
    await openApp(page, '?lang=en&layout=timeline');
    await expect(page.locator('.axis-break')).not.toHaveCount(0);
    const breaks = await axisBreaks(page);
    // 1997 to 2020: 22 years with nothing in the story.
    expect(breaks.map((b) => b.length)).toContain('22 yrs');
    for (const b of breaks) expect(b.length).toMatch(/^\d+ \S+$/);
    const inside = (ticks: number[]) => ticks.filter((t) => breaks.some((b) => t > b.left + 0.5 && t < b.right - 0.5));
    expect(await tickPositions(page)).not.toHaveLength(0);
    expect(inside(await tickPositions(page))).toEqual([]);
    // Zoomed in once, what is left of a break in view holds no tick either.
    const caption = page.getByRole('region', { name: 'Timeline' }).locator('.window-caption');
    const shown = await caption.textContent();
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect(caption).not.toHaveText(shown!);
    const zoomed = await axisBreaks(page);
    const ticks = await tickPositions(page);
    expect(ticks.filter((t) => zoomed.some((b) => t > b.left + 0.5 && t < b.right - 0.5))).toEqual([]);
  });

  test('"True time scale" shows time evenly and back, and the choice is kept in the address', async ({ page }) => {
    await openApp(page, '?lang=en&layout=timeline');
    const toggle = page.getByRole('button', { name: 'True time scale' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.overview-break')).not.toHaveCount(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]time=linear(&|$)/);
    await expect(page.locator('.axis-break')).toHaveCount(0);
    await expect(page.locator('.overview-break')).toHaveCount(0);
    // On true time the five late-June events sit in the last few px of a 1996–2022 axis.
    await page.reload();
    await expect(page.getByRole('button', { name: 'True time scale' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.axis-break')).toHaveCount(0);
    await page.getByRole('button', { name: 'True time scale' }).click();
    await expect(page).not.toHaveURL(/time=linear/);
    await expect(page.locator('.axis-break')).not.toHaveCount(0);
  });

  test('dragging pans across a break', async ({ page }) => {
    await openApp(page, '?lang=en&layout=timeline&window=2022-02-01..2022-07-02');
    const caption = page.getByRole('region', { name: 'Timeline' }).locator('.window-caption');
    const shown = await caption.textContent();
    const chart = (await page.locator('svg.timeline-chart').boundingBox())!;
    const y = chart.y + chart.height - 12;
    await page.mouse.move(chart.x + chart.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(chart.x + chart.width * 0.7, y, { steps: 6 });
    await page.mouse.up();
    // Dragging rightwards shows earlier time: across the break of a year, into 2020 or 2021.
    await expect(caption).not.toHaveText(shown!);
    await expect(caption).toContainText(/202[01]/);
  });
});
