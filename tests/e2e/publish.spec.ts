// The built site published as a person publishes it: dist/ copied into a folder of a plain static
// host (tests/e2e/plain-host.ts: files only, no fallback page, no headers of ours), as a newsroom
// bucket, a project site on a code host or a school's web space serves it. The build is the one
// `npm test` made; these tests start their own hosts and allow the offline service worker.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, bundled, escapeRegExp, expect, SITE_FOLDER, test, timeline } from './fixtures';
import { copyOfBuild, startPlainHost, type PlainHost } from './plain-host';

test.use({ serviceWorkers: 'allow' });
// The worker is registered in an idle moment after the first render, then installs the whole app.
test.setTimeout(90_000);

const hosts: PlainHost[] = [];
test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

/** Serves `root` from SITE_FOLDER of a new plain static host, closed after the test. */
async function publish(root: string, folder = SITE_FOLDER): Promise<PlainHost> {
  const host = await startPlainHost(root, folder);
  hosts.push(host);
  return host;
}

/** Every address the browser asks for, the service worker's included, and every failed answer. */
function recordTraffic(context: BrowserContext) {
  const requests: string[] = [];
  const failures: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  return { requests, failures };
}

/** Waits until the offline worker controls the page. */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
}

/** The addresses the worker keeps in a cache: this site's datasets and source texts, or other sites' (`?data=`). */
function cachedData(page: Page, cache = 'linimasa-data') {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url), cache);
}

const quoted = bundled.events.find((e) => e.id === 'lukashenko-ready-for-nuclear-threats')!;

test.describe('published to a folder of a plain static host', () => {
  test('the story, its quotes, present mode and the embed work there, and no request leaves the folder', async ({
    page,
    context,
  }) => {
    const site = copyOfBuild();
    // A dataset of the newsroom's own, beside the app, opened by a relative ?data= address.
    mkdirSync(join(site, 'stories'));
    cpSync(
      new URL('../fixtures/hostile/payload-script-tags.json', import.meta.url),
      join(site, 'stories', 'hostile.json'),
    );
    const app = await publish(site);
    const traffic = recordTraffic(context);

    // The address with index.html, as a bucket's file listing links it.
    const response = await page.goto(`${app.url}index.html?lang=en&event=${quoted.id}`);
    expect(response!.headers()['content-security-policy']).toBeUndefined();
    await expect(
      timeline(page).getByRole('button', { name: new RegExp(escapeRegExp(quoted.title.en!)) }),
    ).toBeVisible();
    await expect(timeline(page).getByRole('button')).toHaveCount(bundled.events.length);
    await expect(page.locator('.graph-placeholder')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show in article' }).first().click();
    const reader = page.getByRole('dialog', { name: /Source text/ });
    await expect(reader.locator('mark')).toHaveText(quoted.evidence[0]!.quote);
    await page.keyboard.press('Escape');

    // The snippet and its links point into the folder.
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.getByRole('textbox', { name: 'HTML snippet' }).inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(src.startsWith(`${app.url}?`), src).toBe(true);
    expect(src).toContain('embed=1');
    expect(snippet).toContain(`<script src="${app.url}embed.js" async></script>`);
    await expect(page.getByRole('link', { name: 'Open the embed on its own' })).toHaveAttribute(
      'href',
      new RegExp(`^${escapeRegExp(app.url)}\\?`),
    );
    await page.getByRole('dialog', { name: 'Embed this view' }).getByRole('button', { name: 'Close' }).click();

    // Present mode steps, in the folder.
    await page.getByRole('button', { name: 'Present' }).click();
    const progress = page.getByText(/^\d+ \/ 11$/);
    await expect(progress).toHaveText('0 / 11');
    await page.keyboard.press('ArrowRight');
    await expect(progress).toHaveText('1 / 11');
    await expect(page.getByRole('heading', { level: 1, name: bundled.events[0]!.title.en })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`${SITE_FOLDER}index.html`);

    // The snippet pasted into a news page on another site: the embed draws, sizes itself and links back into the folder.
    const newsroom = join(copyOfBuild(), 'news');
    mkdirSync(newsroom);
    writeFileSync(
      join(newsroom, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An explainer</title></head><body><h1>An explainer</h1>\n${snippet}\n</body></html>`,
    );
    const news = await publish(newsroom, '/news/');
    const article = await context.newPage();
    await article.goto(news.url);
    const embed = article.frameLocator('iframe[data-linimasa]');
    await expect(embed.getByRole('group', { name: /^Timeline / })).toBeVisible();
    await expect(article.locator('iframe[data-linimasa]')).toHaveAttribute('data-linimasa-height', /\d+/);
    await expect(embed.getByRole('link', { name: /Open in Linimasa/ })).toHaveAttribute(
      'href',
      new RegExp(`^${escapeRegExp(SITE_FOLDER)}\\?`),
    );

    // The folder's own dataset, by a relative address: its markup stays text under the page's meta policy.
    await page.goto(`${app.url}?lang=en&data=stories/hostile.json`);
    await expect(timeline(page).getByRole('button').first()).toBeVisible();
    await timeline(page).getByRole('button').first().click();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByText('<script>', { exact: false }).first(),
    ).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __linimasaPwned?: unknown }).__linimasaPwned),
    ).toBeUndefined();

    // The published JSON Schema is linked inside the folder too.
    const schema = await page
      .getByRole('link', { name: 'Dataset format (JSON Schema)' })
      .evaluate((a) => (a as HTMLAnchorElement).href);
    expect(schema).toBe(`${app.url}schema/linimasa-1.schema.json`);
    expect((await page.request.get(schema)).status()).toBe(200);

    const appRequests = traffic.requests.filter((url) => new URL(url).origin === app.origin);
    expect(appRequests.length).toBeGreaterThan(10);
    expect(appRequests.filter((url) => !new URL(url).pathname.startsWith(SITE_FOLDER))).toEqual([]);
    expect(traffic.failures).toEqual([]);
  });

  test('after one visit the story and its sources come back with no network', async ({ page, context }) => {
    const app = await publish('dist');
    await page.goto(`${app.url}?lang=en&event=${quoted.id}`);
    await expect(
      timeline(page).getByRole('button', { name: new RegExp(escapeRegExp(quoted.title.en!)) }),
    ).toBeVisible();
    await controlledByServiceWorker(page);
    // The dataset and its source text arrived before the worker did; it is asked to keep them.
    await expect
      .poll(() => cachedData(page), { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          `${app.url}data/catalogue.json`,
          `${app.url}data/russia-belarus-2022.json`,
          `${app.url}data/sources/republika-2022-07-01.txt`,
        ]),
      );

    // The network goes: the host stops answering and the browser is offline.
    await app.close();
    await context.setOffline(true);
    await page.reload();
    await expect(timeline(page).getByRole('button')).toHaveCount(bundled.events.length);
    await expect(page.locator('.graph-placeholder')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show in article' }).first().click();
    await expect(page.getByRole('dialog', { name: /Source text/ }).locator('mark')).toHaveText(
      quoted.evidence[0]!.quote,
    );
    await page.keyboard.press('Escape');
    // Code that was never run before the network went: the Indonesian words and present mode.
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect(page.getByRole('button', { name: 'Sematkan' })).toBeVisible();
    await page.getByRole('button', { name: 'Presentasi' }).click();
    await expect(page.getByText('0 / 11')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('1 / 11')).toBeVisible();
    // A fresh link into the folder opens offline too.
    await page.goto(`${app.url}?lang=en&mode=present&step=3`);
    await expect(page.getByRole('heading', { level: 1, name: bundled.events[2]!.title.en })).toBeVisible();
  });

  test('a dataset opened from another site with ?data= comes back offline too, when that site allows reading it', async ({
    page,
    context,
  }) => {
    const app = await publish('dist');
    // A data host of its own that lets any site read its files (CORS), with the story and its source text.
    const store = await startPlainHost('data', '/stories/', { cors: true });
    hosts.push(store);
    const story = `${store.url}russia-belarus-2022.json`;
    await page.goto(`${app.url}?lang=en&event=${quoted.id}&data=${encodeURIComponent(story)}`);
    const banner = page.getByRole('note').filter({ hasText: `Data from ${new URL(store.url).host}.` });
    await expect(banner).toBeVisible();
    await expect(timeline(page).getByRole('button')).toHaveCount(bundled.events.length);
    await controlledByServiceWorker(page);
    await expect
      .poll(() => cachedData(page, 'linimasa-remote-data'), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([story, `${store.url}sources/republika-2022-07-01.txt`]));

    await Promise.all([app.close(), store.close()]);
    await context.setOffline(true);
    await page.reload();
    await expect(banner).toBeVisible();
    await expect(timeline(page).getByRole('button')).toHaveCount(bundled.events.length);
    await page.getByRole('button', { name: 'Show in article' }).first().click();
    await expect(page.getByRole('dialog', { name: /Source text/ }).locator('mark')).toHaveText(
      quoted.evidence[0]!.quote,
    );
  });

  test('a newer version is announced without interrupting, and taken on Reload or on the next visit', async ({
    page,
    context,
  }) => {
    const site = copyOfBuild();
    const app = await publish(site);
    /** Publishes a new version over the old one: a changed page, and its new revision in the worker's list. */
    const release = (version: string) => {
      const html = readFileSync(join(site, 'index.html'), 'utf8')
        .replace(/<meta name="linimasa-build"[^>]*>\s*/, '')
        .replace(/(<title>)/, `<meta name="linimasa-build" content="${version}" />\n    $1`);
      writeFileSync(join(site, 'index.html'), html);
      const revision = createHash('md5').update(html).digest('hex');
      const worker = readFileSync(join(site, 'sw.js'), 'utf8');
      const updated = worker.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`);
      expect(updated).not.toBe(worker);
      writeFileSync(join(site, 'sw.js'), updated);
    };
    const build = (p: Page) => p.locator('meta[name="linimasa-build"]');
    const checkForUpdate = (p: Page) =>
      p.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = (p: Page) =>
      p.getByRole('status').filter({ hasText: 'A newer version of Linimasa is ready.' }).locator('p');

    await page.goto(`${app.url}?lang=en&mode=present&step=2`);
    const progress = page.getByText(/^\d+ \/ 11$/);
    await expect(progress).toHaveText('2 / 11');
    await controlledByServiceWorker(page);

    release('2');
    await checkForUpdate(page);
    await expect(notice(page)).toBeVisible({ timeout: 20_000 });
    // The presentation goes on under the notice, on the version it started with.
    await expect(build(page)).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(progress).toHaveText('3 / 11');
    expect(await axeViolations(page)).toEqual([]);
    await notice(page).getByRole('button', { name: 'Reload' }).click();
    await expect(build(page)).toHaveAttribute('content', '2');
    await expect(progress).toHaveText('3 / 11');
    await expect(notice(page)).toHaveCount(0);

    release('3');
    await checkForUpdate(page);
    await expect(notice(page)).toBeVisible({ timeout: 20_000 });
    await notice(page).getByRole('button', { name: 'Not now' }).click();
    await expect(notice(page)).toHaveCount(0);
    // The next visit, once the old page is closed, opens the new version whole.
    await page.close();
    const next = await context.newPage();
    await next.goto(`${app.url}?lang=en`);
    await expect(build(next)).toHaveAttribute('content', '3');
    await expect(timeline(next).getByRole('button')).toHaveCount(bundled.events.length);
  });
});
