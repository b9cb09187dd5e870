import { bundled, escapeRegExp, expect, openApp, test, timeline } from './fixtures';

test.describe('languages', () => {
  test('?lang=id shows the interface and the dataset in Indonesian with Indonesian month names', async ({ page }) => {
    await openApp(page, '?lang=id&event=putin-western-pressure-integration');
    await expect(page.getByRole('heading', { level: 1, name: bundled.title.id })).toBeVisible();
    for (const event of bundled.events) {
      await expect(
        timeline(page).getByRole('button', { name: new RegExp(escapeRegExp(event.title.id!)) }),
      ).toBeVisible();
    }
    const detail = page.getByRole('region', { name: 'Rincian' });
    await expect(detail.getByText('1 Juli 2022', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tampilkan di artikel' }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  test('the toggle switches language and keeps the selection', async ({ page }) => {
    await openApp(page, '?lang=en&event=invasion-of-ukraine');
    const event = bundled.events.find((e) => e.id === 'invasion-of-ukraine')!;
    await expect(page.getByRole('heading', { name: event.title.en })).toBeVisible();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect(page.getByRole('heading', { name: event.title.id })).toBeVisible();
    await expect(page.getByText('24 Februari 2022').first()).toBeVisible();
    await expect(page).toHaveURL(/lang=id/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: event.title.en })).toBeVisible();
  });
});

test.describe('first visit with an Indonesian browser', () => {
  test.use({ locale: 'id-ID' });
  test('speaks Indonesian without being asked', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: bundled.title.id })).toBeVisible();
  });
});
