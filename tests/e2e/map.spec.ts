import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, escapeRegExp, expect, litEventIds, openApp, test, timeline } from './fixtures';

/** The map's chart, where places and states are drawn. */
function map(page: Page) {
  return page.getByRole('group', { name: /^(Map|Peta):/ });
}

/** Opens the bundled story with the map shown, and waits until its places are drawn. */
async function openMap(page: Page, query = '') {
  await openApp(page, `?lang=en&view=map${query}`);
  await expect(map(page).getByRole('button').first()).toBeVisible({ timeout: 20_000 });
}

/** The codes of the countries shaded as states taking part, and of those lit (not faded). */
async function states(page: Page) {
  return page.locator('.map-country.is-state').evaluateAll((els) => ({
    shaded: els.map((e) => e.getAttribute('data-country')).sort(),
    lit: els
      .filter((e) => !e.classList.contains('is-faded'))
      .map((e) => e.getAttribute('data-country'))
      .sort(),
  }));
}

test.describe('the map, linked with the timeline and the graph', () => {
  test('shows where the story happened: its places, named with their events, and the states taking part', async ({
    page,
  }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Map' }).click();
    await expect(page).toHaveURL(/view=map/);
    const places = map(page).getByRole('button');
    await expect(places).toHaveCount(3, { timeout: 20_000 });
    await expect(map(page).getByRole('button', { name: 'Belarus: 4 events' })).toBeVisible();
    await expect(map(page).getByRole('button', { name: 'Ukraine: 1 event' })).toBeVisible();
    await expect(map(page).getByRole('button', { name: 'Moscow, Russia: no events, dateline' })).toBeVisible();
    expect((await states(page)).shaded).toEqual(['BLR', 'RUS', 'UKR']);
    await expect(page.getByText('2 places with events, 3 states taking part')).toBeVisible();
    await expect(page.getByText('Boundaries: Natural Earth')).toBeVisible();
  });

  test('selecting a place lights its events on the timeline and lists them in the detail', async ({ page }) => {
    await openMap(page);
    await map(page)
      .getByRole('button', { name: /^Belarus:/ })
      .click();
    await expect(page).toHaveURL(/place=belarus/);
    const expected = [
      'belarus-protests-2020',
      'lukashenko-allows-russian-base',
      'minsk-crackdown-2020',
      'putin-nuclear-capable-missiles',
    ];
    await expect.poll(() => litEventIds(page).then((ids) => ids.sort())).toEqual(expected);
    const detail = page.getByRole('region', { name: 'Details' });
    await expect(detail.getByRole('heading', { name: 'Belarus' })).toBeVisible();
    await expect(detail.getByText('Events (4)')).toBeVisible();
    await detail.getByRole('button', { name: /Putin says Russia will soon place nuclear-capable missiles/ }).click();
    await expect(page).toHaveURL(/event=putin-nuclear-capable-missiles/);
  });

  test('selecting an event lights its places and its states on the map', async ({ page }) => {
    await openMap(page);
    await timeline(page)
      .getByRole('button', { name: /Russia launches an invasion of Ukraine/ })
      .click();
    await expect(map(page).getByRole('button', { name: /^Ukraine:/ })).not.toHaveClass(/is-faded/);
    await expect(map(page).getByRole('button', { name: /^Belarus:/ })).toHaveClass(/is-faded/);
    await expect.poll(async () => (await states(page)).lit).toEqual(['RUS', 'UKR']);
    // The detail names Ukraine twice: as the invasion's target, and as where it happened.
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Ukraine' })).toHaveCount(2);
  });

  test('clicking a state on the map selects it in the graph and the detail', async ({ page }) => {
    await openMap(page);
    // A point inside Ukraine's outline, away from the mark of the place Ukraine at its centre.
    const point = await page.locator('.map-country[data-country="UKR"]').evaluate((el) => {
      const path = el as SVGPathElement;
      const box = path.getBBox();
      const matrix = path.getScreenCTM()!;
      const svg = path.ownerSVGElement!;
      for (let fy = 0.1; fy < 0.9; fy += 0.05)
        for (let fx = 0.1; fx < 0.4; fx += 0.05) {
          const p = svg.createSVGPoint();
          p.x = box.x + box.width * fx;
          p.y = box.y + box.height * fy;
          if (path.isPointInFill(p)) {
            const on = p.matrixTransform(matrix);
            if (document.elementFromPoint(on.x, on.y) === path) return { x: on.x, y: on.y };
          }
        }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect(page).toHaveURL(/actor=ukraine/);
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Ukraine' })).toBeVisible();
  });

  test('the as-of step builds the map up: Ukraine appears with the invasion', async ({ page }) => {
    await openMap(page, '&asof=4');
    await expect(page.getByText('As of this step: 1 place with events, 2 states taking part')).toBeVisible();
    expect((await states(page)).shaded).toEqual(['BLR', 'RUS']);
    await expect(map(page).getByRole('button', { name: /^Ukraine/ })).toHaveCount(0);
    await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Actors' }).click();
    await page.getByRole('slider', { name: 'Network as of event' }).fill('5');
    await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Map' }).click();
    await expect(page.getByText('As of this step: 2 places with events, 3 states taking part')).toBeVisible();
    await expect(map(page).getByRole('button', { name: 'Ukraine: 1 event' })).toBeVisible();
  });

  test("the timeline's window and the filters decide what the map counts", async ({ page }) => {
    await openMap(page, '&window=2022-06-01..2022-07-02');
    await expect(page.getByText(/^1 place with events, 2 states taking part, in /)).toBeVisible();
    await expect(map(page).getByRole('button', { name: 'Belarus: 1 event' })).toBeVisible();
    await page.goto('./?lang=en&view=map&quads=material-conflict');
    await expect(map(page).getByRole('button', { name: 'Belarus: 3 events' })).toBeVisible({ timeout: 20_000 });
    await expect(map(page).getByRole('button', { name: 'Ukraine: 1 event' })).toBeVisible();
  });

  test('places are reached by keyboard: Tab, arrow keys, Enter, and the keys zoom', async ({ page }) => {
    await openMap(page);
    await map(page)
      .getByRole('button', { name: /^Belarus:/ })
      .focus();
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Belarus: 4 events');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Ukraine: 1 event');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/place=ukraine/);
    const before = await page.locator('svg.map-chart > g').first().getAttribute('transform');
    await page.keyboard.press('+');
    await expect.poll(() => page.locator('svg.map-chart > g').first().getAttribute('transform')).not.toBe(before);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/place=/);
  });

  test('zoom and pan by buttons, wheel and drag, and Fit goes back', async ({ page }) => {
    await openMap(page);
    const layer = page.locator('svg.map-chart > g').first();
    const fitted = await layer.getAttribute('transform');
    await page.getByRole('region', { name: 'Map' }).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => layer.getAttribute('transform')).not.toBe(fitted);
    const zoomed = await layer.getAttribute('transform');
    const box = (await page.locator('.map-frame').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => layer.getAttribute('transform')).not.toBe(zoomed);
    await page.mouse.wheel(0, -200);
    await page.getByRole('region', { name: 'Map' }).getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(() => layer.getAttribute('transform')).toBe(fitted);
  });

  test('a text alternative lists the places, the states and their relations', async ({ page }) => {
    await openMap(page);
    await page.getByText('Places and states as a list').click();
    const places = page.getByRole('table', { name: 'Places' });
    await expect(places.getByRole('row')).toHaveCount(4);
    await expect(places.getByRole('row', { name: /Belarus 4/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'States taking part' }).getByRole('row')).toHaveCount(4);
    await expect(page.getByRole('table', { name: 'Relations between states' })).toContainText('Russia → Ukraine');
    await places.getByRole('button', { name: 'Ukraine' }).click();
    await expect(page).toHaveURL(/place=ukraine/);
  });

  test('the map downloads as an SVG that credits its boundaries', async ({ page }) => {
    await openMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'Map' }).getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('russia-belarus-2022-map.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Russia and Belarus: integration, 1997–2022 — Map');
    expect(svg).toContain('Natural Earth');
    expect(svg).toContain('data-country="BLR"');
  });

  test('has no accessibility violations in English', async ({ page }) => {
    await openMap(page);
    await page.getByText('Places and states as a list').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('speaks Indonesian and has no accessibility violations in it', async ({ page }) => {
    await openApp(page, '?lang=id&view=map');
    await expect(map(page).getByRole('button', { name: 'Belarus: 4 peristiwa' })).toBeVisible({ timeout: 20_000 });
    await expect(
      map(page).getByRole('button', { name: 'Moskow, Rusia: tidak ada peristiwa, tempat berita ditulis' }),
    ).toBeVisible();
    await expect(page.getByRole('group', { name: 'Tampilan' }).getByRole('button', { name: 'Peta' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByText('Tempat dan negara sebagai daftar').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('works on a 375 px phone as a tab of its own', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openApp(page, '?lang=en');
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(map(page).getByRole('button', { name: 'Belarus: 4 events' })).toBeVisible({ timeout: 20_000 });
    const frame = (await page.locator('.map-frame').boundingBox())!;
    expect(frame.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await map(page)
      .getByRole('button', { name: /^Belarus:/ })
      .click();
    await expect(page).toHaveURL(/place=belarus/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('in present mode the map can take the graph’s place, and the choice is in the link', async ({ page }) => {
    await page.goto('./?lang=en&mode=present&step=5');
    const toggle = page.getByRole('button', { name: 'Map', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/view=map/);
    await expect(map(page).getByRole('button', { name: 'Ukraine: 1 event' })).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('ArrowLeft');
    await expect(map(page).getByRole('button', { name: /^Ukraine/ })).toHaveCount(0);
  });

  test('the embed snippet can ask for the map, and the embed then shows it', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('button', { name: 'Embed' }).click();
    const option = page.getByRole('checkbox', { name: 'Show the map under the timeline' });
    await expect(option).not.toBeChecked();
    await option.check();
    const snippet = await page.getByRole('textbox', { name: 'HTML snippet' }).inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(src).toMatch(/embed=1/);
    expect(src).toMatch(/view=map/);
    await page.goto(src.replace(/^https?:\/\/[^/]+/, ''));
    await expect(map(page).getByRole('button', { name: 'Belarus: 4 events' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('group', { name: new RegExp(`^${escapeRegExp('Timeline')} `) })).toBeVisible();
  });
});
