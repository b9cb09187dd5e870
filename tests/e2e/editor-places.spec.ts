import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { retype, tabTo } from './editor-helpers';

/** The map in the editor's preview, where the story's places are drawn. */
function previewMap(page: Page) {
  return page.getByRole('region', { name: 'Preview' }).getByRole('group', { name: /^(Map|Peta):/ });
}

/** Opens the bundled story in the editor, in `lang`, and shows its first event (which has no place). */
async function editBundledStory(page: Page, lang: 'en' | 'id') {
  await page.goto(`/?lang=${lang}`);
  await page.getByRole('button', { name: lang === 'en' ? 'Write or edit' : 'Tulis atau sunting' }).click();
  await page.getByRole('button', { name: lang === 'en' ? /^Edit this story/ : /^Sunting kisah ini/ }).click();
  await expect(page.getByRole('toolbar')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: /^1\. / }).click();
}

test.describe("an event's places in the editor", () => {
  test.describe.configure({ timeout: 180_000 });

  test('with the keyboard alone: a country picked by name, a city added from its coordinates after clear messages, removed, kept across a reload, drawn on the preview', async ({
    page,
  }) => {
    await editBundledStory(page, 'en');
    const where = page.getByRole('group', { name: 'Where', exact: true });
    await expect(where).toContainText('No place yet.');

    // A country of the story, picked by typing part of its name.
    const picker = page.getByRole('combobox', { name: 'Add a country or a place of the story' });
    await tabTo(page, picker);
    await page.keyboard.type('belar');
    await expect(page.getByRole('listbox', { name: 'Add a country or a place of the story' })).toContainText(
      'BelarusCountry',
    );
    await page.keyboard.press('Enter');
    await expect(where.getByRole('button', { name: 'Remove Belarus from Where' })).toBeVisible();

    // A country the story does not have yet becomes one of its places.
    await tabTo(page, picker);
    await page.keyboard.type('poland');
    await page.keyboard.press('Enter');
    await expect(where.getByRole('button', { name: 'Remove Poland from Where' })).toBeVisible();
    await expect(previewMap(page).getByRole('button', { name: 'Poland: 1 event' })).toBeVisible({ timeout: 20_000 });

    // A city: wrong coordinates are named field by field, the first wrong field gets the focus.
    const city = page.getByText('Add a city with its coordinates', { exact: true });
    await tabTo(page, city);
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Name of the city (English)'));
    await page.keyboard.type('Minsk');
    await tabTo(page, page.getByLabel('Latitude (degrees, north positive)'));
    await page.keyboard.type('153');
    await tabTo(page, page.getByLabel('Longitude (degrees, east positive)'));
    await page.keyboard.type('east');
    await page.keyboard.press('Enter');
    const latitude = page.getByLabel('Latitude (degrees, north positive)');
    await expect(latitude).toBeFocused();
    await expect(latitude).toHaveAttribute('aria-invalid', 'true');
    await expect(latitude).toHaveAccessibleDescription(
      'Latitude 153 is out of range: it runs from −90 (the South Pole) to 90 (the North Pole).',
    );
    await expect(page.getByLabel('Longitude (degrees, east positive)')).toHaveAccessibleDescription(
      '“east” is not a number of degrees: write the longitude as a number such as 27.5667 or −74.',
    );
    expect(await axeViolations(page)).toEqual([]);

    await retype(page, '53.9');
    await tabTo(page, page.getByLabel('Longitude (degrees, east positive)'));
    await retype(page, '27,5667');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Minsk is now a place of this event.' })).toBeVisible();
    await expect(where.getByRole('button', { name: 'Remove Minsk from Where' })).toBeVisible();
    await expect(page.getByLabel('Name of the city (English)')).toHaveValue('');
    await expect(previewMap(page).getByRole('button', { name: 'Minsk: 1 event' })).toBeVisible({ timeout: 20_000 });

    // Removed with the keyboard: off the event, out of the story, off the map.
    await tabTo(page, where.getByRole('button', { name: 'Remove Poland from Where' }));
    await page.keyboard.press('Enter');
    await expect(where.getByRole('button', { name: /^Remove Poland/ })).toHaveCount(0);
    await expect(previewMap(page).getByRole('button', { name: /^Poland:/ })).toHaveCount(0);

    // Saved in the draft: a reload brings the places back.
    await expect(page.locator('.ed-save')).toHaveText('Saved in this browser', { timeout: 10_000 });
    await page.reload();
    await page.getByRole('button', { name: /^1\. / }).click();
    await expect(where.locator('.ed-chip')).toHaveText(['Belarus', 'Minsk']);
    await expect(previewMap(page).getByRole('button', { name: 'Minsk: 1 event' })).toBeVisible({ timeout: 20_000 });
  });

  test('countries are offered and named in Indonesian when the interface is', async ({ page }) => {
    await editBundledStory(page, 'id');
    const picker = page.getByRole('combobox', { name: 'Tambah negara atau tempat dalam kisah ini' });
    await picker.fill('polan');
    await expect(page.getByRole('listbox', { name: 'Tambah negara atau tempat dalam kisah ini' })).toContainText(
      'PolandiaNegara, POL',
    );
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('group', { name: 'Tempat', exact: true })
        .getByRole('button', { name: 'Hapus Polandia dari Tempat' }),
    ).toBeVisible();
  });
});
