import { expect, openApp, test, timeline } from './fixtures';

async function listedEventTitles(page: import('@playwright/test').Page) {
  return page
    .getByRole('region', { name: /All events|Semua peristiwa/ })
    .getByRole('row')
    .allTextContents();
}

test.describe('filters and search', () => {
  test('a search for "nuklir" finds the same events in English as in Indonesian', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('nuklir');
    await expect(page.getByRole('status').filter({ hasText: 'events match' })).toBeVisible();
    const english = await page
      .locator('.timeline-mark')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')).sort());
    expect(english.length).toBeGreaterThan(0);
    expect(english.length).toBeLessThan(11);
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect(page.getByRole('searchbox', { name: 'Cari peristiwa' })).toHaveValue('nuklir');
    const indonesian = await page
      .locator('.timeline-mark')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')).sort());
    expect(indonesian).toEqual(english);
  });

  test('the runs to jump to and the legend follow a search', async ({ page }) => {
    await openApp(page, '?lang=en');
    const jumps = page.getByRole('group', { name: 'Jump to' }).getByRole('button');
    const legend = page.getByRole('region', { name: 'Timeline' }).getByRole('group', { name: 'Legend' });
    await expect(jumps).toHaveCount(4);
    await expect(legend).toContainText('Material cooperation');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('nuklir');
    // The matches are one run of late June 2022, all of them conflict.
    await expect(jumps).toHaveCount(0);
    await expect(legend).not.toContainText('cooperation');
    await expect(legend).toContainText('Verbal conflict');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('');
    await expect(jumps).toHaveCount(4);
  });

  test('search ignores case and diacritics', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('LUKÄSHENKO');
    await expect(page.getByRole('status').filter({ hasText: 'events match' })).toContainText(/^[1-9]\d* of 11/);
  });

  test('an actor filter updates every view and shows as a removable chip', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('combobox', { name: 'Actor' }).selectOption({ value: 'putin' });
    const chips = page.getByRole('list', { name: 'Active filters' });
    // Named by what it shows (the actor and a count), then by what it does.
    const chip = chips.getByRole('button', { name: /^Vladimir Putin( \(\d+\))?, remove filter$/ });
    await expect(chip).toBeVisible();
    await expect(chip).toHaveText(/^Vladimir Putin/);
    await expect(timeline(page).getByRole('button')).toHaveCount(2);
    expect((await listedEventTitles(page)).length).toBe(3);
    // One relation is left: said in the singular.
    await expect(page.getByText('1 relation among 2 actors')).toBeVisible();
    await chip.click();
    await expect(timeline(page).getByRole('button')).toHaveCount(11);
  });

  test('type and quad filters combine, and an empty result offers to clear', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('button', { name: 'Types and dates' }).click();
    await page.getByRole('checkbox', { name: /Assault/ }).check();
    await expect(timeline(page).getByRole('button')).toHaveCount(1);
    await page.getByRole('checkbox', { name: /Verbal cooperation/ }).check();
    await expect(page.getByRole('alert')).toContainText('No events match');
    await page.getByRole('alert').getByRole('button', { name: 'Clear all filters' }).click();
    await expect(timeline(page).getByRole('button')).toHaveCount(11);
  });

  test('a date range keeps the events that overlap it', async ({ page }) => {
    await openApp(page, '?lang=en');
    await page.getByRole('button', { name: 'Types and dates' }).click();
    await page.getByLabel('From', { exact: true }).fill('2022-06-27');
    await page.getByLabel('To', { exact: true }).fill('2022-06-30');
    await expect(timeline(page).getByRole('button')).toHaveCount(2);
  });
});
