import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hostedTest, openApp, test, timeline } from './fixtures';

const REMOTE = 'https://data.linimasa-test.example';
const HOSTILE = ['payload-script-tags.json', 'payload-event-handlers.json', 'payload-attribute-breakout.json'];

/** Collects every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

// The same checks where the policy comes as a response header (vite preview, as a host that can
// set headers serves the app) and where only the built page's <meta> tag carries it (a plain static
// host, the app in a folder of it).
const setups = [
  { where: 'served with the security headers', headers: true, it: test },
  {
    where: 'published to a folder of a plain static host that sends no headers',
    headers: false,
    it: hostedTest.extend({ baseURL: async ({ plainSite }, provide) => provide(plainSite.url) }),
  },
];

for (const { where, headers, it } of setups) {
  it.describe(`under the Content-Security-Policy, ${where}`, () => {
    it('the built app runs under a strict CSP and triggers no violation', async ({ page }) => {
      const violations = await watchViolations(page);
      const response = await page.goto('./?lang=en');
      const header = response!.headers()['content-security-policy'];
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      for (const csp of headers ? [header!, meta!] : [meta!]) {
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
        expect(csp).toContain("style-src 'self'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("base-uri 'none'");
      }
      if (!headers) expect(header).toBeUndefined();
      await expect(timeline(page).getByRole('button').first()).toBeVisible();
      // Exercise the paths that draw, zoom, open dialogs and export.
      await timeline(page).getByRole('button').nth(4).click();
      await page.getByRole('button', { name: 'Show in article' }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.getByRole('group', { name: 'Jump to' }).getByRole('button').last().click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('region', { name: 'Actors' }).getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      await page.getByRole('button', { name: 'Present' }).click();
      await page.keyboard.press('ArrowRight');
      expect(violations).toEqual([]);
    });

    it('the embed and the presentation run under it too', async ({ page }) => {
      await openApp(page, '?lang=en&embed=1&event=invasion-of-ukraine');
      await expect(page.getByRole('link', { name: /Open in Linimasa/ })).toBeVisible();
    });

    it.describe('a script that finds its way into the page', () => {
      it.use({
        allowedConsoleErrors: [
          /inline script violates the following Content Security Policy directive 'script-src 'self''/,
        ],
      });
      it('is refused by the policy, and hostile datasets stay inert', async ({ page }) => {
        const violations = await watchViolations(page);
        for (const name of HOSTILE) {
          const body = readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), 'utf8');
          await page.route(`${REMOTE}/${name}`, (route) =>
            route.fulfill({ body, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' } }),
          );
          await page.goto(`./?lang=en&data=${encodeURIComponent(`${REMOTE}/${name}`)}`);
          await expect(timeline(page).getByRole('button').first()).toBeVisible();
          await timeline(page).getByRole('button').first().click();
          await page.getByRole('region', { name: 'All events' }).getByRole('button').last().click();
          expect(
            await page.evaluate(() => (window as unknown as { __linimasaPwned?: unknown }).__linimasaPwned),
            name,
          ).toBeUndefined();
        }
        expect(violations).toEqual([]);
        // Were markup ever to become a script element, the policy itself would stop it.
        const ran = await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__linimasaPwned = 1';
          document.head.append(script);
          return (window as unknown as { __linimasaPwned?: unknown }).__linimasaPwned;
        });
        expect(ran).toBeUndefined();
        await expect.poll(() => violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? inline$/));
      });
    });
  });
}
