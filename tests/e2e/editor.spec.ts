import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { arrowToOption, retype, servePublished, tabTo, unzipDownload, validateFile } from './editor-helpers';

/** Two paragraphs of Republika's report of 1 July 2022 (data/sources/republika-2022-07-01.txt), as a journalist pastes them. */
const PARAGRAPH = [
  'Awal pekan ini, para pemimpin negara Kelompok Tujuh (G7) dan Organisasi Perjanjian Atlantik Utara (NATO), mengecam integrasi militer Belarus dengan Moskow dalam kerangka strategis baru. Integrasi ini merupakan ancaman langsung bagi perdamaian dan stabilitas di kawasan.',
  'Pekan lalu, Menteri Pertahanan Rusia Sergei Shoigu mengatakan, Rusia dan Belarus harus mengambil tindakan bersama untuk meningkatkan kemampuan pertahanan dan kesiapan tempur pasukan mereka. Pada Ahad (26/6/2022) Putin mengatakan, Rusia akan segera menempatkan rudal yang mampu membawa hulu ledak nuklir di Belarus. Sementara pada Kamis (30/6/2022) Lukashenko mengatakan, Rusia “harus siap” menanggapi ancaman nuklir dari kekuatan Barat.',
].join('\n');

/** The editor's main parts, found as a person finds them. */
function editor(page: Page) {
  return {
    sentences: page.getByRole('listbox', { name: /^Sentences of / }),
    newEventFromPick: page.getByRole('button', { name: 'New event from this' }),
    save: page.locator('.ed-save'),
    tab: (name: RegExp) => page.getByRole('tab', { name }),
  };
}

/** With the keyboard: picks the sentence holding `text` and makes a new event of it; the focus lands in its title. */
async function newEventFromSentence(page: Page, text: string) {
  const { sentences, newEventFromPick } = editor(page);
  await tabTo(page, sentences);
  await arrowToOption(page, sentences, text);
  await page.keyboard.press('Enter');
  await expect(page.locator('.ed-pick-quote q')).toContainText(text);
  await tabTo(page, newEventFromPick);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title (English)')).toBeFocused();
}

/** With the keyboard: adds an actor (existing or new, by the option's visible text) through an actor picker. */
async function pickActor(page: Page, picker: string, typed: string, option: string | RegExp) {
  await tabTo(page, page.getByRole('combobox', { name: picker }));
  await page.keyboard.type(typed);
  const list = page.getByRole('listbox', { name: picker });
  for (let i = 0; i < 10; i += 1) {
    const active = list.locator('[role="option"][aria-selected="true"]');
    const name = (await active.textContent()) ?? '';
    if (typeof option === 'string' ? name.startsWith(option) : option.test(name)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

/** With the keyboard: picks an event type by typing part of its name. */
async function pickType(page: Page, typed: string, expected: string) {
  await tabTo(page, page.getByRole('combobox', { name: 'Type' }));
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue(new RegExp(`^${expected}`));
}

async function waitSaved(page: Page) {
  await expect(editor(page).save).toHaveText('Saved in this browser', { timeout: 10_000 });
}

test.describe('the story editor', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a three-event story from a pasted Indonesian paragraph, with the keyboard alone: saved, undone, checked, published and read back', async ({
    page,
  }) => {
    const started = Date.now();
    await page.goto('/?lang=en');
    await tabTo(page, page.getByRole('button', { name: 'Write or edit' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'New story' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/mode=edit&draft=draft-/);

    // The story.
    await tabTo(page, page.getByLabel('Title of the story (English)'));
    await page.keyboard.type('Russia and Belarus, June 2022');
    await tabTo(page, page.getByLabel('Id of the story'));
    await retype(page, 'russia-belarus-june-2022');

    // The source and its text, pasted.
    await tabTo(page, page.getByRole('button', { name: 'Add a source' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Publisher'));
    await page.keyboard.type('Republika');
    await tabTo(page, page.getByLabel('Date of publication'));
    await page.keyboard.type('2022-07-01');
    await tabTo(page, page.getByLabel('Language of the text'));
    await retype(page, 'id');
    await tabTo(page, page.getByLabel('Text of the source'));
    await page.keyboard.insertText(PARAGRAPH);
    await expect(editor(page).sentences.getByRole('option')).toHaveCount(5);

    // Event 1: "Pekan lalu" resolves against the publication date.
    await newEventFromSentence(page, 'Pekan lalu, Menteri Pertahanan');
    await page.keyboard.type('Shoigu says Russia and Belarus must act together on defence');
    await tabTo(page, page.getByLabel('Date', { exact: true }));
    await page.keyboard.type('pekan lalu');
    await expect(page.locator('.ed-date-reading')).toContainText(/June 20\s*–\s*26, 2022/);
    await expect(page.locator('.ed-date-reading')).toContainText('stored as 2022-06-20/2022-06-26');
    await expect(page.getByRole('radio', { name: 'Worked out from the publication date' })).toBeChecked();
    await tabTo(page, page.getByLabel('Date as the source words it (English)'));
    await page.keyboard.type('last week');
    await expect(page.getByLabel('Date as the source words it (Indonesian)')).toHaveValue('pekan lalu');
    await pickType(page, 'agree', 'Agree');
    await pickActor(page, 'Add someone who acts', 'Sergei Shoigu', 'New Person: Sergei Shoigu');
    await pickActor(page, 'Add someone acted upon', 'Belarus', 'New State: Belarus');

    // Event 2: a stated day.
    await newEventFromSentence(page, 'Pada Ahad (26/6/2022)');
    await page.keyboard.type('Putin says Russia will soon place nuclear-capable missiles in Belarus');
    await tabTo(page, page.getByLabel('Date', { exact: true }));
    await page.keyboard.type('2022-06-26');
    await expect(page.locator('.ed-date-reading')).toHaveText('Reads as: June 26, 2022');
    await pickType(page, 'mobil', 'Mobilize');
    await pickActor(page, 'Add someone who acts', 'Vladimir Putin', 'New Person: Vladimir Putin');

    // Reloading mid-way loses nothing.
    await waitSaved(page);
    await page.reload();
    await expect(editor(page).tab(/^Events \(2\)/)).toBeVisible();
    await editor(page)
      .tab(/^Events/)
      .focus();
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: /^1\. Shoigu says/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Date', { exact: true })).toHaveValue('pekan lalu');
    await expect(page.getByLabel('Date as the source words it (English)')).toHaveValue('last week');
    await expect(page.getByRole('group', { name: 'Who acts' })).toContainText('Sergei Shoigu');
    await expect(page.getByRole('group', { name: 'Towards whom' })).toContainText('Belarus');
    await expect(page.getByRole('region', { name: 'From the source (1)' })).toContainText(
      'Pekan lalu, Menteri Pertahanan Rusia Sergei Shoigu mengatakan',
    );

    // Event 3: two new organisations act towards an actor that exists.
    await newEventFromSentence(page, 'Awal pekan ini');
    await page.keyboard.type('G7 and NATO leaders condemn Belarus’s military integration with Moscow');
    await tabTo(page, page.getByLabel('Date', { exact: true }));
    await page.keyboard.type('awal pekan ini');
    await expect(page.locator('.ed-date-reading')).toContainText(/June 27\s*–\s*29, 2022/);
    await tabTo(page, page.getByLabel('Date as the source words it (English)'));
    await page.keyboard.type('earlier this week');
    await pickType(page, 'condemn', 'Accuse');
    await pickActor(page, 'Add someone who acts', 'G7', 'New Organisation: G7');
    await pickActor(page, 'Add someone who acts', 'NATO', 'New Organisation: NATO');
    await pickActor(page, 'Add someone acted upon', 'Belar', 'Belarus');
    await expect(
      page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'No problems' }),
    ).toBeVisible();

    // An error shows at its field and in the list, which goes to the field; undo takes it away, redo brings it back.
    const date = page.getByLabel('Date', { exact: true });
    await tabTo(page, date);
    await retype(page, '2022-02-30');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.ed-date .ed-field-problems')).toContainText('February 2022 has no day 30');
    await tabTo(page, page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: '1 problem' }));
    await page.keyboard.press('Enter');
    const problem = page.getByRole('button', { name: /^Event 3 \(G7 and NATO .*\): .*February 2022 has no day 30/ });
    await tabTo(page, problem);
    await page.keyboard.press('Enter');
    await expect(date).toBeFocused();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(date).toHaveValue('awal pekan ini');
    await expect(
      page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'No problems' }),
    ).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(date).toHaveValue('2022-02-30');
    await tabTo(page, page.getByRole('button', { name: 'Undo' }));
    await page.keyboard.press('Enter');
    await expect(date).toHaveValue('awal pekan ini');
    await expect(
      page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'No problems' }),
    ).toBeVisible();

    // Publish: one zip, which the validator passes and ?data= serves.
    await tabTo(page, page.getByRole('button', { name: 'Publish…' }));
    await page.keyboard.press('Enter');
    const downloadButton = page.getByRole('button', { name: 'Download russia-belarus-june-2022.zip' });
    await tabTo(page, downloadButton);
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const { folder, files } = await unzipDownload(await downloading);
    const seconds = (Date.now() - started) / 1000;
    test.info().annotations.push({ type: 'three-event story', description: `${seconds.toFixed(1)} s` });
    console.log(`three-event story, from the start to the published zip: ${seconds.toFixed(1)} s`);

    expect(files.sort()).toEqual(['russia-belarus-june-2022.json', 'sources/republika-2022-07-01.txt']);
    expect(readFileSync(join(folder, 'sources/republika-2022-07-01.txt'), 'utf8')).toBe(PARAGRAPH);
    expect(validateFile(join(folder, 'russia-belarus-june-2022.json'))).toMatch(/valid \(3 events, 5 actors\)/);
    const published = JSON.parse(readFileSync(join(folder, 'russia-belarus-june-2022.json'), 'utf8'));
    expect(published.events).toHaveLength(3);
    expect(published.events[0]).toMatchObject({
      date: '2022-06-20/2022-06-26',
      dateBasis: 'relative',
      dateText: { en: 'last week', id: 'pekan lalu' },
      type: 'AGREE',
    });

    await servePublished(page, folder);
    await page.goto('/?lang=en&data=/published/russia-belarus-june-2022.json&event=event-3');
    const detail = page.getByRole('region', { name: 'Details' });
    await expect(detail).toContainText('G7 and NATO leaders condemn');
    await expect(detail.locator('blockquote')).toContainText(
      'Awal pekan ini, para pemimpin negara Kelompok Tujuh (G7) dan Organisasi Perjanjian Atlantik Utara (NATO)',
    );
  });
});
