import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startPlainHost, type PlainHost } from './plain-host';

/** The bundled dataset as raw JSON, to check the app against what the data says. */
export interface RawEvent {
  id: string;
  date: string;
  title: Record<string, string>;
  evidence: { quote: string }[];
}
export const bundled = JSON.parse(
  readFileSync(new URL('../../data/russia-belarus-2022.json', import.meta.url), 'utf8'),
) as {
  title: Record<string, string>;
  events: RawEvent[];
};

/** Every browser test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  // A test that provokes a failure on purpose (a 404) names the console message it expects.
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(
        errors.filter((e) => !allowedConsoleErrors.some((r) => r.test(e))),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The folder of the plain static host that the built site is published to in the tests. */
export const SITE_FOLDER = '/graphics/linimasa/';

/** Tests that also get the built site (dist/) served from SITE_FOLDER of a plain static host, one per test worker. */
export const hostedTest = test.extend<object, { plainSite: PlainHost }>({
  plainSite: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startPlainHost('dist', SITE_FOLDER);
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
});

/** The story layout's list of events (shown below 720 px unless the link chooses the timeline). */
export function storyList(page: Page) {
  return page.getByRole('list', { name: /^(The story in time order|Cerita menurut urutan waktu)/ });
}

/**
 * Opens the app and waits until the timeline (or, on a narrow screen, the story list) is drawn, and the actor graph too when it is on screen (its code loads on demand).
 * The address is relative to the test's base URL, so the same test runs where the app sits in a folder of its host.
 */
export async function openApp(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('group', { name: /^(Timeline|Linimasa) / }).or(storyList(page))).toBeVisible();
  await expect(page.locator('.graph-placeholder')).toHaveCount(0);
}

/** The timeline chart, where event marks live. */
export function timeline(page: Page) {
  return page.getByRole('group', { name: /^(Timeline|Linimasa) / });
}

/** The rule for WCAG 2.5.3 (Label in Name): a control's accessible name contains the text it shows. */
const LABEL_IN_NAME = 'label-content-name-mismatch';

/**
 * The axe rules every browser test runs: WCAG 2.0 and 2.1, A and AA, and Label in Name, which axe tags
 * experimental and so leaves out of a run by tags unless it is enabled by name.
 */
export const AXE_OPTIONS = {
  runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: { [LABEL_IN_NAME]: { enabled: true } },
};

/** Time one axe run over the whole page may take on a slow, busy 2-core machine, ms: added to the test's timeout. */
export const AXE_TIMEOUT = 90_000;

/**
 * Runs axe over the page with AXE_OPTIONS (the one place the rule set is chosen) and returns what it found,
 * one line per rule with the elements: every violation, and the controls whose name axe could not match to
 * their visible text ("needs review" for Label in Name, as for a sign such as "+" shown as text). Each call
 * adds AXE_TIMEOUT to the running test's timeout.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const info = test.info();
  if (info.timeout > 0) info.setTimeout(info.timeout + AXE_TIMEOUT);
  const result = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
  const found = [...result.violations, ...result.incomplete.filter((r) => r.id === LABEL_IN_NAME)];
  return found.map((r) => `${r.id}: ${r.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The actor graph, where actor nodes live. */
export function graph(page: Page) {
  return page.getByRole('group', { name: /^(Actor graph|Grafik aktor):/ });
}

/** Ids of the events whose timeline marks are drawn without fading. */
export async function litEventIds(page: Page): Promise<string[]> {
  return page
    .locator('.timeline-mark:not(.is-dimmed)')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
}

/** How many animation frames in a row a thing must stay put to count as at rest. */
const STILL_FRAMES = 10;

/**
 * Waits until the element's box (`'box'`) or one of its attributes stays the same for STILL_FRAMES animation
 * frames in a row: an animated move (a fit, a layout) has come to rest. Counted in frames, not milliseconds, so a
 * slow machine, on which a move takes more time but as many frames, waits longer instead of looking too early.
 */
export async function untilStill(locator: Locator, what: 'box' | { readonly attribute: string }): Promise<void> {
  for (;;) {
    const outcome = await locator.evaluate(
      (el, { what, frames }) =>
        new Promise<'still' | 'replaced'>((resolve) => {
          let last: string | null = null;
          let same = 0;
          const look = () => {
            if (!el.isConnected) return resolve('replaced');
            const r = el.getBoundingClientRect();
            const now = what === 'box' ? `${r.x.toFixed(1)} ${r.y.toFixed(1)}` : el.getAttribute(what.attribute);
            same = now === last ? same + 1 : 0;
            last = now;
            if (same >= frames) resolve('still');
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }),
      { what, frames: STILL_FRAMES },
    );
    // The element was drawn anew while it moved: look at the new one.
    if (outcome === 'still') return;
  }
}

/** The element's box once the graph's layout has settled (it is no longer busy) and the element has come to rest. */
export async function restingBox(locator: Locator) {
  await expect(locator.page().locator('svg.graph-chart')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await untilStill(locator, 'box');
  return (await locator.boundingBox())!;
}

/** The JSON text of a story made by the generator (`npm run generate`), for tests at scale. */
export function generateDataset(options: {
  readonly events: number;
  readonly actors: number;
  readonly seed: number;
}): string {
  const out = join(mkdtempSync(join(tmpdir(), 'linimasa-generated-')), 'generated.json');
  const args = [
    '--events',
    String(options.events),
    '--actors',
    String(options.actors),
    '--seed',
    String(options.seed),
    '--out',
    out,
  ];
  execFileSync('npx', ['tsx', 'scripts/generate.ts', ...args], { stdio: 'ignore' });
  return readFileSync(out, 'utf8');
}

/** Opens the app on dataset text served at `/bench-data/<name>.json`. */
export async function openDataset(page: Page, name: string, body: string): Promise<void> {
  await page.route(
    (url) => url.pathname === `/bench-data/${name}.json`,
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto(`/?lang=en&data=/bench-data/${name}.json`);
}
