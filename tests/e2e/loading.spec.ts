import type { Page, Request, Route } from '@playwright/test';
import { expect, generateDataset, graph, openApp, openDataset, test, timeline } from './fixtures';

const isGraphCode = (request: Request) => /\/assets\/graph-view-[^/]*\.js$/.test(request.url());

/**
 * Holds back the script files matching `pattern` until `release` is called; `requested` settles once the page
 * has asked for one of them.
 */
async function holdScripts(page: Page, pattern: RegExp): Promise<{ release: () => void; requested: Promise<void> }> {
  let release: () => void = () => undefined;
  let asked: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(pattern, async (route: Route) => {
    asked();
    await released;
    await route.continue();
  });
  return { release, requested };
}
/**
 * Holds the bundled dataset's answer until a request matching `isCode` has been made; the returned function
 * says whether it has. The page cannot go on without its data, so a page that asked for the code only once the
 * data had come would never ask: the test waits for the request as for any condition, and fails if it never comes.
 */
async function requestedBeforeData(page: Page, isCode: (request: Request) => boolean): Promise<() => boolean> {
  let seen = false;
  let markSeen: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (markSeen = resolve));
  page.on('request', (request) => {
    if (!isCode(request)) return;
    seen = true;
    markSeen();
  });
  await page.route('**/data/russia-belarus-2022.json', async (route) => {
    await requested;
    await route.continue();
  });
  return () => seen;
}
const holdGraphCode = (page: Page) => holdScripts(page, /\/assets\/graph-view-[^/]*\.js$/);
const INDONESIAN_WORDS = /\/assets\/messages-id-[^/]*\.js$/;

test.describe('the actor graph loads on demand', () => {
  test('on a wide screen its code is fetched while the dataset is still loading', async ({ page }) => {
    const graphBeforeData = await requestedBeforeData(page, isGraphCode);
    await page.goto('/?lang=en');
    await expect
      .poll(graphBeforeData, { message: 'the graph code is asked for before the data comes', timeout: 30_000 })
      .toBe(true);
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
      // The data comes once the graph's code has not only arrived but run: importing the same module again
      // settles only once it has been evaluated, and after the page's own import of it.
      const code = await graphCode;
      await page.evaluate((url) => import(url).then(() => true), code.url());
      await route.continue();
    });
    await openApp(page, '?lang=en');
    await expect(graph(page).getByRole('button', { name: /^Russia/ })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sawPlaceholder?: boolean }).sawPlaceholder ?? false)).toBe(
      false,
    );
  });

  test('a placeholder of the same size says it is loading, in either language', async ({ page }) => {
    const { release } = await holdGraphCode(page);
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
    // The other language's words are fetched once the page has settled, as the graph's code would be if it
    // were fetched without being asked for: by the time they are asked for, the graph's code has not been.
    const settled = page.waitForRequest(INDONESIAN_WORDS);
    await openApp(page, '?lang=en');
    await settled;
    expect(requests).toEqual([]);
    const { release } = await holdGraphCode(page);
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
    const { release, requested } = await holdScripts(page, INDONESIAN_WORDS);
    await openApp(page, '?lang=en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    // The words are on their way and held back: the page waits for them, still all in English.
    await requested;
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

test.describe('the code that reads a dataset loads alongside the data', () => {
  const READER = /\/assets\/dataset-reader-[^/]*\.js$/;
  const WORKER = /\/assets\/validate-dataset\.worker-[^/]*\.js$/;

  test('the dataset is asked for as the page starts, and the reading code before the dataset has arrived', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const readerBeforeData = await requestedBeforeData(page, (request) => READER.test(request.url()));
    await openApp(page, '?lang=en');
    await expect
      .poll(readerBeforeData, { message: 'the reading code is asked for before the data comes', timeout: 30_000 })
      .toBe(true);
    // The catalogue and the story are asked for before the app's own code has run (it asks for the graph's code).
    const graphCode = requested.findIndex((path) => /\/assets\/graph-view-/.test(path));
    for (const path of ['/data/catalogue.json', '/data/russia-belarus-2022.json']) {
      expect(requested.indexOf(path), path).toBeGreaterThan(-1);
      expect(graphCode === -1 || requested.indexOf(path) < graphCode, path).toBe(true);
    }
  });

  test('a story is checked on the page, without starting a worker', async ({ page }) => {
    const workers: string[] = [];
    page.on('request', (request) => {
      if (WORKER.test(request.url())) workers.push(request.url());
    });
    await openApp(page, '?lang=en');
    expect(workers).toEqual([]);
  });

  test('a large download is checked in a worker while the page builds it', async ({ page }) => {
    test.setTimeout(120_000);
    const body = generateDataset({ events: 5000, actors: 300, seed: 3 });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const worker = page.waitForRequest((request) => WORKER.test(request.url()));
    await openDataset(page, 'large', body);
    await worker;
    await expect(page.locator('.timeline-bin').first()).toBeVisible({ timeout: 60_000 });
  });

  test.describe('when its code cannot be fetched', () => {
    test.use({
      allowedConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module|dataset/i],
    });
    test('the page says so, and Try again opens the dataset once it can', async ({ page }) => {
      let offline = true;
      await page.route(READER, (route) => (offline ? route.abort() : route.continue()));
      await page.goto('/?lang=en');
      await expect(page.getByRole('heading', { name: 'This dataset could not be opened' })).toBeVisible();
      offline = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(timeline(page)).toBeVisible();
    });
  });
});
