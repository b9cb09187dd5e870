import type { Page, Request, Route } from '@playwright/test';
import { expect, graph, openApp, test, timeline } from './fixtures';

const isGraphCode = (request: Request) => /\/assets\/graph-view-[^/]*\.js$/.test(request.url());

/** Holds back the script files matching `pattern` until the returned function is called. */
async function holdScripts(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}
/**
 * Holds the bundled dataset's answer until a request matching `isCode` has
 * been made (or 5 s have passed); the returned function says, once the
 * dataset has been answered, whether that request came first.
 */
async function requestedBeforeData(page: Page, isCode: (request: Request) => boolean): Promise<() => boolean> {
  let seen: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (seen = resolve));
  page.on('request', (request) => {
    if (isCode(request)) seen();
  });
  let before = false;
  await page.route('**/data/russia-belarus-2022.json', async (route) => {
    before = await Promise.race([
      requested.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), 5000)),
    ]);
    await route.continue();
  });
  return () => before;
}
const holdGraphCode = (page: Page) => holdScripts(page, /\/assets\/graph-view-[^/]*\.js$/);
const INDONESIAN_WORDS = /\/assets\/messages-id-[^/]*\.js$/;

test.describe('the actor graph loads on demand', () => {
  test('on a wide screen its code is fetched while the dataset is still loading', async ({ page }) => {
    const graphBeforeData = await requestedBeforeData(page, isGraphCode);
    await openApp(page, '?lang=en');
    expect(graphBeforeData()).toBe(true);
    await expect(graph(page).getByRole('button', { name: /^Russia/ })).toBeVisible();
  });

  test('once its code has arrived, the graph draws without a frame of placeholder', async ({ page }) => {
    await page.addInitScript(() => {
      const seen = window as unknown as { sawPlaceholder?: boolean };
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes)
            if (n instanceof Element && (n.matches('.graph-placeholder') || n.querySelector('.graph-placeholder')))
              seen.sawPlaceholder = true;
        }
      }).observe(document, { subtree: true, childList: true });
    });
    const graphCode = page.waitForResponse((response) => isGraphCode(response.request()));
    await page.route('**/data/russia-belarus-2022.json', async (route) => {
      await graphCode;
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await openApp(page, '?lang=en');
    await expect(graph(page).getByRole('button', { name: /^Russia/ })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sawPlaceholder?: boolean }).sawPlaceholder ?? false)).toBe(
      false,
    );
  });

  test('a placeholder of the same size says it is loading, in either language', async ({ page }) => {
    const release = await holdGraphCode(page);
    // Not openApp: it waits for the graph, which is held back here.
    await page.goto('/?lang=id');
    await expect(timeline(page)).toBeVisible();
    const panel = page.locator('.panel-graph');
    await expect(panel.getByRole('status')).toHaveText('Memuat grafik aktor…');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(panel.getByRole('status')).toHaveText('Loading the actor graph…');
    const placeholder = (await page.locator('.graph-placeholder').boundingBox())!;
    release();
    await expect(graph(page).getByRole('button', { name: /^Russia/ })).toBeVisible();
    await expect(page.locator('.graph-placeholder')).toHaveCount(0);
    const drawn = (await page.locator('.graph-view').boundingBox())!;
    expect(Math.abs(drawn.width - placeholder.width)).toBeLessThan(1);
    expect(Math.abs(drawn.height - placeholder.height)).toBeLessThan(6);
  });

  test('on a narrow screen its code waits until the Actors tab is chosen', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (isGraphCode(request)) requests.push(request.url());
    });
    await openApp(page, '?lang=en');
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    const release = await holdGraphCode(page);
    await page.getByRole('tab', { name: 'Actors' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the actor graph…' })).toBeVisible();
    const placeholder = (await page.locator('.graph-placeholder').boundingBox())!;
    release();
    await expect(graph(page).getByRole('button', { name: /^Russia/ })).toBeVisible();
    expect(requests).toHaveLength(1);
    const drawn = (await page.locator('.graph-view').boundingBox())!;
    expect(Math.abs(drawn.height - placeholder.height)).toBeLessThan(6);
  });
});

test.describe('the Indonesian words load on demand', () => {
  test('the toggle waits for them, then switches the whole page at once', async ({ page }) => {
    const release = await holdScripts(page, INDONESIAN_WORDS);
    await openApp(page, '?lang=en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.waitForTimeout(300);
    await expect(page.getByRole('button', { name: 'Fit all events' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
    release();
    await expect(page.getByRole('button', { name: 'Tampilkan semua peristiwa' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Linimasa', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    await expect(page).toHaveURL(/lang=id/);
  });

  test('a page that opens in Indonesian never shows English words first', async ({ page }) => {
    await page.addInitScript(() => {
      const seen = window as unknown as { englishSeen?: string };
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            const text = n.textContent ?? '';
            if (/Loading the dataset|Fit all events|Open dataset/.test(text)) seen.englishSeen = text.slice(0, 80);
          }
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await openApp(page, '?lang=id');
    await expect(page.getByRole('button', { name: 'Tampilkan semua peristiwa' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { englishSeen?: string }).englishSeen ?? null)).toBeNull();
  });
});

test.describe('the validation worker loads alongside the data', () => {
  const PARSER = /\/assets\/validate-dataset\.worker-[^/]*\.js$/;

  test('its code is fetched before the dataset has arrived', async ({ page }) => {
    const parserBeforeData = await requestedBeforeData(page, (request) => PARSER.test(request.url()));
    await openApp(page, '?lang=en');
    expect(parserBeforeData()).toBe(true);
  });

  test.describe('when its code cannot be fetched', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module|worker/i] });
    test('the page says so, and Try again opens the dataset once it can', async ({ page }) => {
      let offline = true;
      await page.route(PARSER, (route) => (offline ? route.abort() : route.continue()));
      await page.goto('/?lang=en');
      await expect(page.getByRole('heading', { name: 'This dataset could not be opened' })).toBeVisible();
      offline = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(timeline(page)).toBeVisible();
    });
  });
});
