import { expect, openApp, test } from './fixtures';

test.describe('"Jump to" on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('is a menu the keyboard opens, uses and closes, its buttons named as on a wide screen', async ({ page }) => {
    await openApp(page, '?lang=en&layout=timeline');
    const menu = page.getByRole('button', { name: 'Jump to', exact: true });
    const jumps = page.getByRole('group', { name: 'Jump to' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(jumps).toBeHidden();
    // Closed, it leaves the chart higher up than the four jump buttons in rows would.
    const chartTop = (await page.locator('svg.timeline-chart').boundingBox())!.y;
    const menuBottom = (await menu.boundingBox())!;
    expect(chartTop - (menuBottom.y + menuBottom.height)).toBeLessThan(80);

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(jumps.getByRole('button')).toHaveCount(4);
    await expect(jumps.getByRole('button', { name: /^Jun 20 – Jul 1, 2022 · 5 events$/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(jumps).toBeHidden();
    await expect(menu).toBeFocused();

    // Chosen by keyboard, a jump moves the view, closes the menu and gives the focus back to its button.
    const caption = page.getByText(/^Showing /);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(jumps.getByRole('button', { name: /^Jun 20 – Jul 1, 2022/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(jumps).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(caption).toContainText('Jun');
    await expect(caption).not.toContainText('1996');
  });
});
