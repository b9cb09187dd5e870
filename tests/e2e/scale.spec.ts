import { expect, generateDataset, openDataset, test, timeline } from './fixtures';

// A generated story of 3,000 events: more than the timeline draws one by one.
let body = '';
test.beforeAll(() => {
  // The generator runs in its own process: seconds on a busy machine.
  test.setTimeout(120_000);
  body = generateDataset({ events: 3000, actors: 300, seed: 7 });
});

test.describe('a larger story', () => {
  // 3,000 events to check, index and draw: heavy work, given three times the usual time.
  test.slow();
  test('the timeline shows density when zoomed out and single events when zoomed in; the list stays reachable', async ({
    page,
  }) => {
    await openDataset(page, 'scale', body);
    const density = timeline(page).getByRole('button', { name: /events in view, too many to show one by one/ });
    await expect(density).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.timeline-bin').first()).toBeVisible();
    await page.locator('.timeline-bin').nth(3).click();
    await expect(page.locator('.timeline-mark').first()).toBeVisible();
    // The list renders only the rows in view, and says how many there are.
    const table = page.getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '3001');
    expect(await table.getByRole('row').count()).toBeLessThan(60);
    await table.getByRole('button').first().click();
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 })).toBeVisible();
  });
});
