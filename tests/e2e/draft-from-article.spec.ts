import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test, timeline } from './fixtures';
import { retype, tabTo } from './editor-helpers';

/**
 * Republika's report of 1 July 2022 as a page gives it: the article, then from "Rekomendasi" on the
 * page's furniture (other stories' headlines and dates), which must yield no proposal.
 */
const PAGE_TEXT = readFileSync(new URL('../fixtures/extract/republika-2022-07-01.txt', import.meta.url), 'utf8');
const FURNITURE = PAGE_TEXT.slice(PAGE_TEXT.indexOf('Rekomendasi'));

/** Reading an article in the worker on a busy machine, then drawing its proposals. */
const DRAFTING_TIMEOUT = 60_000;

/** With the keyboard: opens "Draft from article", pastes the page's text and gives its day and publisher. */
async function draftFromPage(page: Page, lang: 'en' | 'id') {
  const words =
    lang === 'en'
      ? { write: 'Write or edit', draft: 'Draft from article', text: 'Article text', day: 'Publication date' }
      : { write: 'Tulis atau sunting', draft: 'Draf dari artikel', text: 'Teks artikel', day: 'Tanggal terbit' };
  await page.goto(`/?lang=${lang}`);
  await tabTo(page, page.getByRole('button', { name: words.write }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: words.draft }));
  await page.keyboard.press('Enter');
  // Pasted whole, furniture and all, as a person copies a page.
  await page.getByLabel(words.text).fill(PAGE_TEXT);
  await expect(page.getByLabel(lang === 'en' ? 'Language of the article' : 'Bahasa artikel')).toHaveValue('id');
  await tabTo(page, page.getByLabel(words.day));
  await retype(page, '2022-07-01');
  await tabTo(page, page.getByLabel(lang === 'en' ? 'Publisher' : 'Penerbit'));
  await retype(page, 'Republika');
  await tabTo(page, page.getByRole('button', { name: lang === 'en' ? 'Draft the story' : 'Buat draf kisah' }));
  await page.keyboard.press('Enter');
  const list = page.getByRole('list', { name: lang === 'en' ? 'Proposals' : 'Usulan' });
  await expect(list).toBeVisible({ timeout: DRAFTING_TIMEOUT });
  await expect(
    page.getByRole('heading', { name: lang === 'en' ? 'Proposals from the article' : 'Usulan dari artikel' }),
  ).toBeFocused();
  return list;
}

test.describe('drafting a story from an article', () => {
  test.describe.configure({ timeout: 240_000 });

  test('pasted with its page furniture, drafted, reviewed and all accepted, the story shows the 1997 treaty and late June 2022 on its timeline', async ({
    page,
  }) => {
    const list = await draftFromPage(page, 'en');
    // The article was read in a worker of its own.
    expect(page.workers().filter((w) => w.url().includes('extract.worker'))).toHaveLength(1);
    const items = list.getByRole('listitem');
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(8);
    // Nothing from the furniture: no other story's headline or date is proposed.
    for (const line of FURNITURE.split('\n').filter((l) => l.length > 12)) await expect(list).not.toContainText(line);
    await expect(list).not.toContainText('2025');

    // The first proposal, in time order, is the 1997 treaty: its sentence marked in the text with its cues.
    await expect(page.getByRole('tab', { name: `Proposals (${count})` })).toHaveAttribute('aria-selected', 'true');
    await expect(items.first().getByRole('button')).toHaveAttribute('aria-current', 'true');
    await expect(items.first()).toContainText('1997');
    const text = page.getByRole('region', { name: 'Source text, evidence marked' });
    await expect(text.locator('mark.ed-evidence')).toContainText(
      'Belarus telah bergerak untuk berintegrasi dengan Rusia sejak menandatangani perjanjian pada 1997',
    );
    await expect(text.locator('.ed-cue-date')).toContainText('1997');
    await expect(text.locator('.ed-cue-verb')).toContainText('menandatangani');
    await expect(text.locator('.ed-cue-actor').first()).toContainText('Belarus');
    const detail = page.locator('.ed-proposal-facts');
    await expect(detail).toContainText('Stated in the text');
    await expect(detail).toContainText('Title (English)missing: to translate');

    // A relative date says what it was worked out from.
    await tabTo(page, list.getByRole('button', { name: /^Para pemimpin negara Kelompok Tujuh/ }));
    await page.keyboard.press('Enter');
    await expect(detail).toContainText('(2022-06-27/2022-06-29)');
    await expect(detail).toContainText('Date as the text words it: “Awal pekan ini”');
    await expect(detail).toContainText('Worked out from the publication date, July 1, 2022');
    await expect(text.locator('mark.ed-evidence')).toContainText('mengecam integrasi militer Belarus');
    await expect(text.locator('.ed-cue-verb')).toContainText('mengecam');
    expect(await axeViolations(page)).toEqual([]);

    // "Edit" accepts the proposal and opens it in the event form.
    await tabTo(page, list.getByRole('button', { name: /^Putin: Rusia akan segera menempatkan rudal/ }));
    await page.keyboard.press('Enter');
    await expect(detail).toContainText('Date as the text words it: “Pada Ahad (26/6/2022)”');
    await tabTo(page, page.getByRole('button', { name: 'Edit in the event form' }));
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Title (Indonesian)')).toBeFocused();
    await expect(page.getByLabel('Title (Indonesian)')).toHaveValue(/^Putin: Rusia akan segera menempatkan rudal/);
    await expect(page.getByRole('tab', { name: 'Events (1)' })).toHaveAttribute('aria-selected', 'true');

    // Back in the proposals (the tabs are one stop, moved along with the arrow keys), accept all the others that
    // have a date and an actor.
    await tabTo(page, page.getByRole('tab', { name: 'Events (1)' }));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: `Proposals (${count})` })).toHaveAttribute('aria-selected', 'true');
    await expect(
      list.getByRole('button', { name: /^Putin: Rusia akan segera menempatkan rudal.*, accepted$/ }),
    ).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: /^Accept all with a date and an actor \(\d+\)$/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(new RegExp(`^${count} proposals: ${count} accepted, 0 to review`))).toBeVisible();
    await expect(page.getByRole('tab', { name: `Events (${count})` })).toBeVisible();
    await expect(page.getByText(/^\d+ texts of the story still to write in English/)).toBeVisible();

    // Saved like any edit: a reload finds every accepted event, and the review as it was left.
    await expect(page.locator('.ed-save')).toHaveText('Saved in this browser', { timeout: 10_000 });
    await page.reload();
    await expect(page.getByRole('tab', { name: `Events (${count})` })).toBeVisible({ timeout: DRAFTING_TIMEOUT });
    await expect(page.getByRole('tab', { name: `Proposals (${count})` })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText(new RegExp(`^${count} proposals: ${count} accepted, 0 to review`))).toBeVisible();

    // Published: the viewer draws the story, from the 1997 treaty to the end of June 2022.
    await tabTo(page, page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Publish…' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Open in the viewer' }));
    await page.keyboard.press('Enter');
    const chart = timeline(page);
    await expect(chart).toBeVisible({ timeout: DRAFTING_TIMEOUT });
    // The extractor's worker stops with the editor.
    await expect.poll(() => page.workers().filter((w) => w.url().includes('extract.worker')).length).toBe(0);
    await expect(
      chart.getByRole('button', { name: /^Belarus telah bergerak untuk berintegrasi dengan Rusia.*, 1997/ }),
    ).toHaveCount(1);
    await expect(
      chart.getByRole('button', { name: /^Putin: Rusia akan segera menempatkan rudal.*June 26, 2022/ }),
    ).toHaveCount(1);
    await expect(chart.getByRole('button', { name: /^Lukashenko: Rusia “harus siap”.*June 30, 2022/ })).toHaveCount(1);
    await expect(
      chart.getByRole('button', { name: /^Para pemimpin negara Kelompok Tujuh \(G7\).*, June 27 – 29, 2022$/ }),
    ).toHaveCount(1);
  });

  test('the review passes axe with the label-in-name rule in Indonesian, and a rejected proposal stays out', async ({
    page,
  }) => {
    const list = await draftFromPage(page, 'id');
    const items = list.getByRole('listitem');
    await expect(items.first()).toContainText('1997');
    expect(await axeViolations(page)).toEqual([]);
    const count = await items.count();
    await tabTo(page, page.getByRole('button', { name: 'Tolak', exact: true }));
    await page.keyboard.press('Enter');
    await expect(items.first().getByRole('button')).toHaveAccessibleName(/, ditolak$/);
    // The focus stays on the actions, now for the next proposal.
    await expect(page.getByRole('button', { name: 'Tolak', exact: true })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: /^Terima semua yang bertanggal dan berpelaku/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: `Peristiwa (${count - 1})` })).toBeVisible();
    await expect(items.first().getByRole('button')).toHaveAccessibleName(/, ditolak$/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
