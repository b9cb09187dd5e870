import { expect, openApp, test, timeline } from './fixtures';

test.describe('links that restore the view', () => {
  test('a copied URL opened in a new page restores the same view', async ({ page, context }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Putin');
    await page.getByRole('group', { name: 'Jump to' }).getByRole('button').last().click();
    await timeline(page)
      .getByRole('button', { name: /Putin says Russia will soon place/ })
      .click();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect(page).toHaveURL(/window=/);
    const url = page.url();
    const fresh = await context.newPage();
    await fresh.goto(url);
    await expect(fresh.getByRole('searchbox', { name: 'Cari peristiwa' })).toHaveValue('Putin');
    await expect(
      fresh
        .getByRole('region', { name: 'Rincian' })
        .getByRole('heading', { name: /Putin: Rusia akan segera menempatkan rudal/ }),
    ).toBeVisible();
    await expect(fresh.locator('[data-tick-level]')).toHaveAttribute('data-tick-level', /day|week/);
    expect(await fresh.locator('.timeline-mark').count()).toBe(await page.locator('.timeline-mark').count());
  });

  test('Back and Forward step through selections', async ({ page }) => {
    await openApp(page, '?lang=en');
    const list = page.getByRole('region', { name: 'All events' });
    const detail = page.getByRole('region', { name: 'Details' });
    await list.getByRole('button', { name: 'Russia launches an invasion of Ukraine' }).click();
    await list.getByRole('button', { name: /Putin says Russia will soon place/ }).click();
    await expect(detail.getByRole('heading', { name: /Putin says Russia will soon place/ })).toBeVisible();
    await page.goBack();
    await expect(detail.getByRole('heading', { name: 'Russia launches an invasion of Ukraine' })).toBeVisible();
    await page.goForward();
    await expect(detail.getByRole('heading', { name: /Putin says Russia will soon place/ })).toBeVisible();
  });
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('timeline and graph become tabs', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('tab', { name: 'Actors' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Actors' })).toBeVisible();
    await page.getByRole('button', { name: /^Vladimir Putin/ }).click();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Vladimir Putin' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/view=graph/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
