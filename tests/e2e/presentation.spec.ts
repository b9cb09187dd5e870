import { bundled, expect, test } from './fixtures';

test.describe('classroom presentation', () => {
  test('steps through the story with the keys a clicker sends, the step in the URL', async ({ page }) => {
    await page.goto('/?lang=en&mode=present');
    const progress = page.getByText(/^\d+ \/ 11$/);
    await expect(progress).toHaveText('0 / 11');
    await page.keyboard.press('ArrowRight');
    await expect(progress).toHaveText('1 / 11');
    await expect(page.getByRole('heading', { level: 1, name: bundled.events[0]!.title.en })).toBeVisible();
    await expect(page).toHaveURL(/step=1/);
    await page.keyboard.press(' ');
    await expect(progress).toHaveText('2 / 11');
    await page.keyboard.press('PageDown');
    await expect(progress).toHaveText('3 / 11');
    await page.keyboard.press('ArrowLeft');
    await expect(progress).toHaveText('2 / 11');
    await page.keyboard.press('PageUp');
    await expect(progress).toHaveText('1 / 11');
    await page.keyboard.press('End');
    await expect(progress).toHaveText('11 / 11');
    await expect(page.getByRole('heading', { level: 1, name: bundled.events[10]!.title.en })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(progress).toHaveText('0 / 11');
  });

  test('opens at the step in the link, with the quote and the graph as of that step', async ({ page }) => {
    await page.goto('/?lang=en&mode=present&step=5');
    const event = bundled.events[4]!;
    await expect(page.getByRole('heading', { level: 1, name: event.title.en })).toBeVisible();
    await expect(page.locator('.slide-quote blockquote')).toContainText(event.evidence[0]!.quote);
    await expect(page.getByText(/As of this step/)).toBeVisible();
    // By step 5 the protesters, Belarus, Russia and Ukraine have appeared; Putin has not.
    await expect(page.getByRole('button', { name: /^Ukraine/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Vladimir Putin/ })).toHaveCount(0);
  });

  test('F asks for fullscreen and Esc leaves the presentation', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { fullscreenAsked: number }).fullscreenAsked = 0;
      Element.prototype.requestFullscreen = () => {
        (window as unknown as { fullscreenAsked: number }).fullscreenAsked++;
        return Promise.resolve();
      };
    });
    await page.goto('/?lang=en&mode=present&step=2');
    await expect(page.getByText('2 / 11')).toBeVisible();
    await page.keyboard.press('f');
    expect(await page.evaluate(() => (window as unknown as { fullscreenAsked: number }).fullscreenAsked)).toBe(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('group', { name: /^Timeline / })).toBeVisible();
    await expect(page).not.toHaveURL(/mode=present/);
  });

  test('the Present button enters presentation mode', async ({ page }) => {
    await page.goto('/?lang=en');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByText('0 / 11')).toBeVisible();
    await expect(page).toHaveURL(/mode=present/);
  });

  test('prints a handout with every event, its date, quote and source', async ({ page }) => {
    await page.goto('/?lang=en&mode=present');
    await expect(page.getByText('0 / 11')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    await expect(handout).toBeVisible();
    await expect(handout.locator('.handout-event')).toHaveCount(11);
    await expect(handout).toContainText(bundled.events[3]!.evidence[0]!.quote);
    await expect(handout).toContainText('Republika');
    await expect(page.locator('.presentation')).toBeHidden();
  });
});

test.describe('on a 1280×720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the slide, graph and strip fit on one screen', async ({ page }) => {
    await page.goto('/?lang=en&mode=present&step=7');
    await expect(page.getByText('7 / 11')).toBeVisible();
    const strip = (await page.getByRole('navigation', { name: 'Steps of the story' }).boundingBox())!;
    expect(strip.y + strip.height).toBeLessThanOrEqual(740);
    const size = await page.locator('.slide-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(36);
  });
});
