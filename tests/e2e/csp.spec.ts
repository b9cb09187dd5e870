import { expect, openApp, test, timeline } from './fixtures';

test.describe('under the Content-Security-Policy', () => {
  test('the built app is served with a strict CSP and triggers no violation', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    const response = await page.goto('/?lang=en');
    const csp = response!.headers()['content-security-policy']!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
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

  test('the embed and the presentation run under it too', async ({ page }) => {
    await openApp(page, '?lang=en&embed=1&event=invasion-of-ukraine');
    await expect(page.getByRole('link', { name: /Open in Linimasa/ })).toBeVisible();
  });
});
