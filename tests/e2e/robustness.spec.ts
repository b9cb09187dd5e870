import { expect, openApp, test } from './fixtures';

test.describe('when things go wrong', () => {
  test('a dataset with errors shows what is wrong and where, never a blank page', async ({ page }) => {
    await page.route('**/data/russia-belarus-2022.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ format: 'linimasa/1', id: 'Bad Id', events: 'none' }),
      }),
    );
    await page.goto('/?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be opened');
    await expect(alert).toContainText('events');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('a dataset that is not JSON says so', async ({ page }) => {
    await page.route('**/data/russia-belarus-2022.json', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Error</title><h1>502</h1>' }),
    );
    await page.goto('/?lang=en');
    await expect(page.getByRole('alert')).toContainText(/JSON/);
  });

  test.describe('with the dataset missing', () => {
    test.use({ allowedConsoleErrors: [/404/] });
    test('a missing dataset file names the failure', async ({ page }) => {
      await page.route('**/data/russia-belarus-2022.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
      await page.goto('/?lang=en');
      await expect(page.getByRole('alert')).toContainText('404');
    });
  });

  test('broken link parameters are ignored with a notice', async ({ page }) => {
    await openApp(page, '?lang=xx&event=%3Cscript%3E');
    await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText('lang');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  test('the page fits 320 px without sideways scrolling and events stay reachable', async ({ page }) => {
    await openApp(page, '?lang=en');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const list = page.getByRole('region', { name: 'All events' });
    await list.getByRole('button').first().click();
    await expect(page.getByRole('region', { name: 'Details' }).locator('blockquote').first()).toBeVisible();
  });
});
