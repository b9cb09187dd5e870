import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { registerEdtfGrammar } from '../../src/domain/dates/edtf';
import { edtfGrammar } from '../../src/domain/dates/edtf-grammar';
import type { ParseResult } from '../../src/domain/dataset/model';
import { parseDataset } from '../../src/domain/dataset/parse-dataset';
import { axeViolations, expect, test } from './fixtures';
import { unzipDownload } from './editor-helpers';

registerEdtfGrammar(edtfGrammar);

/** Parses a dataset file and the source texts it names, as `npm run validate` does; the dataset as comparable data. */
function parseFile(path: string) {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { sources: { id: string; text?: string }[] };
  const sourceTexts = new Map<string, string>();
  for (const s of raw.sources) if (s.text) sourceTexts.set(s.id, readFileSync(join(path, '..', s.text), 'utf8'));
  const result: ParseResult = parseDataset(raw, { sourceTexts });
  if (!result.ok) return result.problems;
  return { ...result.value, sourceTexts: Object.fromEntries(result.value.sourceTexts) };
}

async function openEditor(page: Page, lang = 'en') {
  await page.goto(`/?lang=${lang}&mode=edit`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function waitSaved(page: Page) {
  await expect(page.locator('.ed-save')).toHaveText('Saved in this browser', { timeout: 10_000 });
}

test.describe('the story editor', () => {
  test.describe.configure({ timeout: 120_000 });

  test('editing the bundled story and publishing it unchanged gives the same dataset, and the preview and the form follow each other', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await page.getByRole('button', { name: 'Write or edit' }).click();
    await page.getByRole('button', { name: /^Edit this story: Russia and Belarus/ }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Editor' });
    await expect(toolbar.getByRole('button', { name: 'No problems' })).toBeVisible({ timeout: 15_000 });

    // A mark on the preview's timeline opens its event in the form, and the form's choice lights the mark.
    const mark = page.locator('.timeline-mark[data-event-id="putin-nuclear-capable-missiles"]');
    await mark.click();
    await expect(page.getByLabel('Title (English)')).toHaveValue(
      /^Putin says Russia will soon place nuclear-capable missiles/,
    );
    await page.getByRole('button', { name: /^1\. Belarus signs the Union Treaty/ }).click();
    await expect(page.locator('.timeline-mark[data-event-id="union-treaty-signed"]')).toHaveClass(/is-selected/);

    await toolbar.getByRole('button', { name: 'Publish…' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download russia-belarus-2022.zip' }).click();
    const { folder, files } = await unzipDownload(await downloading);
    expect(files.sort()).toEqual(['russia-belarus-2022.json', 'sources/republika-2022-07-01.txt']);
    const data = new URL('../../data/', import.meta.url).pathname;
    expect(parseFile(join(folder, 'russia-belarus-2022.json'))).toEqual(
      parseFile(join(data, 'russia-belarus-2022.json')),
    );
    expect(readFileSync(join(folder, 'sources/republika-2022-07-01.txt'), 'utf8')).toBe(
      readFileSync(join(data, 'sources/republika-2022-07-01.txt'), 'utf8'),
    );

    // The embed snippet for where it will be hosted, resolved against the app's own address.
    await page.getByLabel('Address of the dataset once it is online').fill('https://example.org/stories/rb.json');
    const snippet = page.getByLabel('HTML snippet');
    await expect(snippet).toHaveValue(
      /src="http:\/\/127\.0\.0\.1:\d+\/\?data=https%3A%2F%2Fexample\.org%2Fstories%2Frb\.json/,
    );
    await expect(snippet).toHaveValue(/embed=1/);

    // Open in the viewer: the draft, marked as one, with the way back.
    await page.getByRole('button', { name: 'Open in the viewer' }).click();
    await expect(page.getByRole('note')).toContainText('A draft from this browser.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia and Belarus: integration, 1997–2022');
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    await expect(page.getByRole('toolbar', { name: 'Editor' })).toBeVisible();
  });

  test('undo reaches back across a reload, and a draft file moves a draft to another browser', async ({ page }) => {
    await openEditor(page);
    await page.getByRole('button', { name: 'New story' }).click();
    const title = page.getByLabel('Title of the story (English)');
    await title.fill('Before');
    await page.getByLabel('Id of the story').fill('moved-story');
    await title.fill('After');
    await waitSaved(page);
    await page.reload();
    await expect(title).toHaveValue('After');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(title).toHaveValue('Before');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(title).toHaveValue('After');
    await waitSaved(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Download draft' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('moved-story.linimasa-draft.json');
    const file = await download.path();

    await page.getByRole('button', { name: 'Close the editor' }).click();
    await page.getByRole('button', { name: 'Write or edit' }).click();
    await page.getByLabel('Open a draft file…').setInputFiles(file);
    await expect(title).toHaveValue('After');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(title).toHaveValue('Before');
    await page.getByRole('button', { name: 'Close the editor' }).click();
    await page.getByRole('button', { name: 'Write or edit' }).click();
    await expect(page.getByRole('row', { name: /Before/ })).toHaveCount(1);
    await expect(page.getByRole('row', { name: /After/ })).toHaveCount(1);
  });

  test('two tabs on one draft: the second is told and can take over, and the first then saves nothing', async ({
    page,
    context,
  }) => {
    await openEditor(page);
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByLabel('Title of the story (English)').fill('Two tabs');
    await waitSaved(page);

    const second = await context.newPage();
    await second.goto(page.url());
    await expect(second.getByRole('alert')).toContainText('This draft is open in another tab');
    await expect(second.getByLabel('Title of the story (English)')).toHaveValue('Two tabs');
    await second.getByRole('button', { name: 'Take over here' }).click();
    await expect(page.getByRole('alert')).toContainText('Another tab has taken this draft over');
    await expect(second.getByRole('alert')).toHaveCount(0);

    await second.getByLabel('Title of the story (English)').fill('Two tabs, written in the second');
    await waitSaved(second);
    await page.getByRole('button', { name: 'Reload the draft' }).click();
    await expect(page.getByLabel('Title of the story (English)')).toHaveValue('Two tabs, written in the second');
    // The first tab's form is out of reach (inert) until it takes the draft back.
    await expect(page.locator('.ed-workspace')).toHaveAttribute('inert', '');
    await expect(second.locator('.ed-workspace')).not.toHaveAttribute('inert');
  });

  test('when the browser refuses storage, the editor says so and the draft can still be downloaded', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await openEditor(page);
    await expect(page.getByRole('alert')).toContainText('This browser keeps no drafts here');
    await page.getByRole('button', { name: 'New story' }).click();
    const warning = page.getByRole('toolbar', { name: 'Editor' }).getByRole('alert');
    await expect(warning).toContainText('Not saved: this browser keeps no drafts here (SecurityError');
    await page.getByLabel('Title of the story (English)').fill('Kept by downloading');
    const downloading = page.waitForEvent('download');
    await warning.getByRole('button', { name: 'Download draft' }).click();
    const download = await downloading;
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({
      format: 'linimasa-draft',
      draft: { story: { title: { en: 'Kept by downloading' } } },
    });
  });

  test('evidence picked from text with emoji and right-to-left script keeps exact offsets', async ({ page }) => {
    const text = 'Rusia 🇷🇺 dan Belarus 👨‍👩‍👧 bersatu.\nقال بوتين إن روسيا ستزود بيلاروسيا بصواريخ.';
    await openEditor(page);
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.getByLabel('Text of the source').fill(text);
    await page.getByRole('radio', { name: 'Words' }).check();
    const words = page.getByLabel(/^Text of .*, to select words/);
    await words.focus();
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+End');
    const first = text.indexOf('dan');
    const firstEnd = text.indexOf('\n');
    await expect(page.locator('.ed-pick-quote')).toContainText(`characters ${first}–${firstEnd}`);
    await expect(page.locator('.ed-pick-quote q')).toHaveText(text.slice(first, firstEnd));
    // The text takes no edits, though its caret moves.
    await page.keyboard.type('x');
    await expect(words).toHaveValue(text);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    const arabic = text.indexOf('قال');
    await expect(page.locator('.ed-pick-quote')).toContainText(`characters ${arabic}–${text.length}`);
    await page.getByRole('button', { name: 'New event from this' }).click();
    await expect(page.getByRole('region', { name: 'From the source (1)' }).locator('blockquote')).toHaveText(
      text.slice(arabic),
    );
    await expect(page.getByRole('region', { name: 'From the source (1)' })).toContainText(
      `characters ${arabic}–${text.length}`,
    );
  });

  for (const lang of ['en', 'id']) {
    test(`the editor passes axe with the label-in-name rule in ${lang === 'en' ? 'English' : 'Indonesian'}`, async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? 'Write or edit' : 'Tulis atau sunting' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: lang === 'en' ? /^Edit this story/ : /^Sunting kisah ini/ }).click();
      await expect(page.getByRole('toolbar')).toBeVisible();
      await expect(page.locator('svg.graph-chart')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('tab', { name: lang === 'en' ? /^Actors/ : /^Aktor/ }).click();
      await page.getByRole('tab', { name: lang === 'en' ? /^Story/ : /^Kisah/ }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByRole('toolbar')
        .getByRole('button', { name: lang === 'en' ? 'Publish…' : 'Terbitkan…' })
        .click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('at 375 px the panes stack and nothing is wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?lang=en');
    await page.getByRole('button', { name: 'Write or edit' }).click();
    await page.getByRole('button', { name: /^Edit this story/ }).click();
    const sources = page.getByRole('region', { name: 'Sources' });
    const story = page.getByRole('region', { name: 'Story' });
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview).toBeVisible();
    const [a, b, c] = await Promise.all([sources.boundingBox(), story.boundingBox(), preview.boundingBox()]);
    expect(a && b && c).toBeTruthy();
    if (!a || !b || !c) return;
    expect(Math.abs(a.x - b.x)).toBeLessThan(2);
    expect(b.y).toBeGreaterThan(a.y + a.height - 1);
    expect(c.y).toBeGreaterThan(b.y + b.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
