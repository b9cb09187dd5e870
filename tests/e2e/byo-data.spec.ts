import { readFileSync } from 'node:fs';
import { expect, test, timeline } from './fixtures';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const REMOTE = 'https://data.linimasa-test.example';

/** Serves a file from a pretend remote data host that allows any origin (CORS). */
async function serveRemote(
  page: import('@playwright/test').Page,
  name: string,
  body: string,
  contentType = 'application/json',
) {
  await page.route(`${REMOTE}/${name}`, (route) =>
    route.fulfill({ body, contentType, headers: { 'Access-Control-Allow-Origin': '*' } }),
  );
}

async function pwned(page: import('@playwright/test').Page) {
  return page.evaluate(() => (window as unknown as { __linimasaPwned?: unknown }).__linimasaPwned);
}

test.describe('bringing your own data', () => {
  test('a TimelineJS file opened from the computer is converted, shown and can be downloaded as linimasa/1', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await expect(timeline(page)).toBeVisible();
    await page.getByLabel('Open dataset…').setInputFiles('tests/fixtures/import/timelinejs-basic.json');
    await expect(
      page.getByRole('note').filter({ hasText: 'Opened from your computer: timelinejs-basic.json' }),
    ).toBeVisible();
    await expect(page.getByText('Imported from TimelineJS.')).toBeVisible();
    const raw = JSON.parse(fixture('import/timelinejs-basic.json')) as { events: unknown[] };
    await expect(timeline(page).getByRole('button')).toHaveCount(raw.events.length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a linimasa/1 file' }).click(),
    ]);
    const converted = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string;
      events: unknown[];
    };
    expect(converted.format).toBe('linimasa/1');
    expect(converted.events).toHaveLength(raw.events.length);
  });

  test('a CSV dropped on the page opens', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(timeline(page)).toBeVisible();
    const csv = fixture('import/events.csv');
    const data = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'events.csv', { type: 'text/csv' }));
      return transfer;
    }, csv);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: data });
    await page.dispatchEvent('main', 'drop', { dataTransfer: data });
    await expect(page.getByText('Imported from CSV.')).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'events.csv' })).toBeVisible();
  });

  test('?data= opens a dataset from another origin and says where it comes from', async ({ page }) => {
    await serveRemote(page, 'story.json', readFileSync('data/russia-belarus-2022.json', 'utf8'));
    await serveRemote(
      page,
      'sources/republika-2022-07-01.txt',
      readFileSync('data/sources/republika-2022-07-01.txt', 'utf8'),
      'text/plain',
    );
    await page.goto(`/?lang=en&data=${encodeURIComponent(`${REMOTE}/story.json`)}`);
    await expect(page.getByRole('note').filter({ hasText: 'Data from data.linimasa-test.example.' })).toBeVisible();
    await expect(timeline(page).getByRole('button')).toHaveCount(11);
    await timeline(page).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Show in article' }).first().click();
    await expect(page.getByRole('dialog').locator('mark')).toBeVisible();
  });

  test('?data= refuses other schemes with a notice and shows the bundled story', async ({ page }) => {
    await page.goto(`/?lang=en&data=${encodeURIComponent('javascript:alert(1)')}`);
    await expect(page.getByRole('status').filter({ hasText: 'The data address was not opened' })).toContainText(
      'javascript:',
    );
    await expect(timeline(page).getByRole('button')).toHaveCount(11);
  });

  test.describe('failures', () => {
    test.use({ allowedConsoleErrors: [/404|Failed to load resource/] });
    test('a missing remote file, a file too large and an HTML page each get a clear message', async ({ page }) => {
      // Handing 51 MB through the test's request interception takes a while on a busy machine.
      test.setTimeout(120_000);
      await page.route(`${REMOTE}/missing.json`, (route) =>
        route.fulfill({ status: 404, body: 'no', headers: { 'Access-Control-Allow-Origin': '*' } }),
      );
      await page.goto(`/?lang=en&data=${encodeURIComponent(`${REMOTE}/missing.json`)}`);
      await expect(page.getByRole('alert')).toContainText('not found');
      await serveRemote(page, 'huge.json', `{"x": "${'a'.repeat(51 * 1024 * 1024)}"}`);
      await page.goto(`/?lang=en&data=${encodeURIComponent(`${REMOTE}/huge.json`)}`);
      await expect(page.getByRole('alert')).toContainText('larger than 50 MB', { timeout: 60_000 });
      await serveRemote(page, 'page.json', fixture('hostile/html-error-page.json'), 'text/html');
      await page.goto(`/?lang=en&data=${encodeURIComponent(`${REMOTE}/page.json`)}`);
      await expect(page.getByRole('alert')).toContainText(/not JSON|HTML/);
    });
  });

  test('a broken file lists its errors and the person can go back to what they had', async ({ page }) => {
    await page.goto('/?lang=en&event=invasion-of-ukraine');
    await expect(timeline(page)).toBeVisible();
    await page.getByLabel('Open dataset…').setInputFiles('tests/fixtures/hostile/duplicate-ids.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('events[1].id');
    await alert.getByRole('button', { name: 'Back to the dataset you had' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Details' })
        .getByRole('heading', { name: 'Russia launches an invasion of Ukraine' }),
    ).toBeVisible();
  });
});

const RENDERS = [
  'payload-script-tags.json',
  'payload-event-handlers.json',
  'payload-attribute-breakout.json',
  'unicode-tricks.json',
  'prototype-ids.json',
  'prototype-pollution.json',
  'bom-valid.json',
  'payload-timelinejs.json',
  'payload-in-csv.csv',
];
const REJECTED: Record<string, string> = {
  'javascript-urls.json': 'sources[0].url',
  'data-urls.json': 'sources[0].url',
  'wikidata-urls.json': 'actors[0].wikidata',
  'prototype-ids-invalid.json': 'actors[0].id',
  'prototype-text-keys.json': 'title.__proto__',
  'wrong-types.json': 'events[0].date',
  'dangling-references.json': 'events[0].actors[0]',
  'impossible-dates.json': 'events[0].date',
  'reversed-intervals.json': 'events[0].date',
  'not-json.json': '$',
  'empty.json': '$',
};

test.describe('the hostile corpus in the browser', () => {
  for (const name of RENDERS) {
    test(`${name} renders as text and runs nothing`, async ({ page }) => {
      await serveRemote(
        page,
        name,
        fixture(`hostile/${name}`),
        name.endsWith('.csv') ? 'text/csv' : 'application/json',
      );
      await page.goto(`/?lang=en&data=${encodeURIComponent(`${REMOTE}/${name}`)}`);
      await expect(timeline(page)).toBeVisible();
      await timeline(page).getByRole('button').first().click();
      await page.getByRole('region', { name: 'All events' }).getByRole('button').last().click();
      await page.getByRole('button', { name: 'Present' }).click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      expect(await pwned(page)).toBeUndefined();
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    });
  }
  for (const [name, path] of Object.entries(REJECTED)) {
    test(`${name} is rejected with an error at ${path}`, async ({ page }) => {
      await serveRemote(page, name, fixture(`hostile/${name}`));
      await page.goto(`/?lang=en&data=${encodeURIComponent(`${REMOTE}/${name}`)}`);
      await expect(page.getByRole('alert')).toContainText(path);
      expect(await pwned(page)).toBeUndefined();
    });
  }
});
