import { expect, test } from './fixtures';

/** The host page on a second origin (tests/e2e/host-server.mjs), embedding the app. */
const HOST = `http://127.0.0.1:${process.env.LINIMASA_HOST_PORT ?? 4174}/explainer`;

for (const width of [320, 1280]) {
  test.describe(`the embed at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    test('resizes its iframe on the host page to its content and fits the width', async ({ page }) => {
      await page.goto(HOST);
      const frame = page.frameLocator('#story');
      // Below 720 px the embed reads the story as a list; wider, as a timeline.
      if (width < 720) await expect(frame.getByRole('list', { name: /^The story in time order/ })).toBeVisible();
      else await expect(frame.getByRole('group', { name: /^Timeline / })).toBeVisible();
      const iframe = page.locator('#story');
      await expect(iframe).toHaveAttribute('data-linimasa-height', /\d+/);
      const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
      await expect
        .poll(async () => Number(await iframe.getAttribute('data-linimasa-height')))
        .toBe(Math.max(120, inner));
      const box = (await iframe.boundingBox())!;
      expect(Math.abs(box.height - inner)).toBeLessThanOrEqual(2);
      const overflow = await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(frame.getByRole('link', { name: /Open in Linimasa/ })).toHaveAttribute('href', /^\/\?(?!.*embed=1)/);
    });
  });
}

test.describe('the embed protocol', () => {
  test('the host can select an event, and a forged resize from elsewhere is ignored', async ({ page }) => {
    await page.goto(HOST);
    const frame = page.frameLocator('#story');
    await expect(frame.getByRole('group', { name: /^Timeline / })).toBeVisible();
    const iframe = page.locator('#story');
    await expect(iframe).toHaveAttribute('data-linimasa-height', /\d+/);
    const height = await iframe.getAttribute('data-linimasa-height');
    // A forged message, then one of the test's own: messages to a window arrive in order, so once the second
    // is heard, the first has been handled (and ignored).
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const heard = (event: MessageEvent) => {
            if (event.data !== 'after-the-forgery') return;
            window.removeEventListener('message', heard);
            resolve();
          };
          window.addEventListener('message', heard);
          window.postMessage({ source: 'linimasa', version: 1, type: 'resize', height: 9000 }, '*');
          window.postMessage('after-the-forgery', '*');
        }),
    );
    expect(await iframe.getAttribute('data-linimasa-height')).toBe(height);
    await page.evaluate(() => {
      const w = window as unknown as { Linimasa: { select: (f: Element, id: string) => boolean } };
      w.Linimasa.select(document.getElementById('story')!, 'invasion-of-ukraine');
    });
    await expect(frame.getByRole('heading', { name: 'Russia launches an invasion of Ukraine' })).toBeVisible();
  });

  test('the embed dialog writes a snippet that opens the same view', async ({ page, context }) => {
    await page.goto('/?lang=id&event=putin-nuclear-capable-missiles&q=nuklir');
    await page.getByRole('button', { name: 'Sematkan' }).click();
    const snippet = await page.getByRole('textbox', { name: 'Potongan HTML' }).inputValue();
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('sandbox="');
    expect(snippet).toMatch(/title="Rusia dan Belarus/);
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(src).toContain('embed=1');
    const embed = await context.newPage();
    await embed.goto(src);
    await expect(embed.getByRole('heading', { name: /Putin: Rusia akan segera menempatkan rudal/ })).toBeVisible();
    await expect(embed.locator('.timeline-mark')).toHaveCount(2);
  });
});
