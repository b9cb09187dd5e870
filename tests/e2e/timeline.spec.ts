import { bundled, escapeRegExp, expect, openApp, test, timeline } from './fixtures';

test.describe('the timeline', () => {
  test('shows every event of the dataset as a mark named by its title, then its date', async ({ page }) => {
    await openApp(page, '?lang=en');
    const chart = timeline(page);
    for (const event of bundled.events) {
      await expect(
        chart.getByRole('button', { name: new RegExp(`^${escapeRegExp(event.title.en!)}, \\S`) }),
      ).toBeVisible();
    }
  });

  test('the overview strip marks the whole story, follows a search, and a click there moves the view', async ({
    page,
  }) => {
    await openApp(page, '?lang=en');
    // A picture for pointers (hidden from screen readers, whom the jump buttons serve): its ticks are path segments.
    const ticks = () =>
      page
        .locator('svg.overview-strip path')
        .evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0));
    await expect.poll(ticks).toBeGreaterThan(4);
    const all = await ticks();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('nuklir');
    await expect.poll(ticks).toBeLessThan(all);
    await expect.poll(ticks).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('');
    await expect.poll(ticks).toBe(all);
    // Zoomed in, a click near the start moves the view there. The caption names the window once a move has
    // arrived; each press waits for that, so the chart, whose height follows the lanes in view, has stopped
    // changing (and the strip under it moving) before the strip is clicked.
    const panel = page.getByRole('region', { name: 'Timeline' });
    const caption = panel.locator('.window-caption');
    for (let press = 0; press < 2; press++) {
      const shown = await caption.textContent();
      await panel.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await expect(caption).not.toHaveText(shown!);
    }
    await expect(caption).not.toContainText('199');
    const strip = page.locator('svg.overview-strip');
    const { width, height } = (await strip.boundingBox())!;
    await strip.click({ position: { x: width * 0.02, y: height / 2 } });
    await expect(caption).toContainText('199');
  });

  // Every label and mark is its event's click target: the label (found by the text it shows) at its first
  // letters, its middle and its end, and the mark itself; on a wide and on a phone-sized screen; and where the
  // browser draws text wider than the page measured it, as a font other than the one measured may.
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 800 },
  ]) {
    for (const font of ['as measured', 'wider than measured'] as const) {
      test(`each label and mark selects its event and shows its quote, at ${viewport.width} px, text ${font}`, async ({
        page,
      }) => {
        test.slow();
        await page.setViewportSize(viewport);
        await openApp(page, '?lang=en&layout=timeline');
        if (font === 'wider than measured') {
          await page.evaluate(() => {
            const sheet = [...document.styleSheets].find((s) => s.href !== null)!;
            sheet.insertRule('.timeline-label { letter-spacing: 1px }', sheet.cssRules.length);
          });
        }
        const chart = timeline(page);
        const detail = page.getByRole('region', { name: 'Details' });
        const labels = await chart.locator('.timeline-label').allTextContents();
        const shows = async (event: (typeof bundled.events)[number]) => {
          await expect(detail.getByRole('heading', { name: event.title.en })).toBeVisible();
          await expect(detail.locator('blockquote').first()).toContainText(event.evidence[0]!.quote);
        };
        // Round by round, each click selects another event than the one before, so a click that misses shows.
        for (const where of ['start', 'middle', 'end', 'mark'] as const) {
          for (const event of bundled.events) {
            // What the label shows: the title, or its start cut short with an ellipsis.
            const shown = labels.find((l) => l === event.title.en || event.title.en!.startsWith(l.replace(/…$/, '')));
            expect(shown, `the label of ${event.id}`).toBeDefined();
            const label = chart.getByText(shown!, { exact: true });
            if (where === 'mark') {
              const mark = chart.getByRole('button', { name: new RegExp(`^${escapeRegExp(event.title.en!)}, `) });
              await mark.locator('circle, rect:not(.mark-hit):not(.mark-focus-ring)').first().click();
            } else {
              const box = (await label.boundingBox())!;
              const x = where === 'start' ? 2 : where === 'middle' ? box.width / 2 : box.width - 2;
              await label.click({ position: { x, y: box.height / 2 } });
            }
            await shows(event);
          }
        }
      });
    }
  }

  test('selecting an event shows its quote from the source', async ({ page }) => {
    await openApp(page, '?lang=en');
    const event = bundled.events.find((e) => e.id === 'putin-nuclear-capable-missiles')!;
    await timeline(page)
      .getByRole('button', { name: new RegExp(escapeRegExp(event.title.en!)) })
      .click();
    const detail = page.getByRole('region', { name: 'Details' });
    await expect(detail.getByRole('heading', { name: event.title.en })).toBeVisible();
    await expect(detail.locator('blockquote')).toContainText(event.evidence[0]!.quote);
    await expect(detail.getByText('26 June 2022')).toBeVisible();
  });

  test('"Show in article" opens the source with the sentence highlighted', async ({ page }) => {
    await openApp(page, '?lang=en&event=lukashenko-ready-for-nuclear-threats');
    const event = bundled.events.find((e) => e.id === 'lukashenko-ready-for-nuclear-threats')!;
    await page.getByRole('button', { name: 'Show in article' }).first().click();
    const dialog = page.getByRole('dialog', { name: /Source text/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('mark')).toHaveText(event.evidence[0]!.quote);
    await expect(dialog.locator('mark')).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('zooming in changes the tick level from years to days, in true time', async ({ page }) => {
    // With the story's long empty stretches cut short, the whole story already reads in months (see readable.spec.ts).
    await openApp(page, '?lang=en&time=linear');
    const axis = page.locator('[data-tick-level]');
    const before = await axis.getAttribute('data-tick-level');
    expect(['year', 'decade']).toContain(before);
    await page.getByRole('group', { name: 'Jump to' }).getByRole('button').last().click();
    await expect(axis).toHaveAttribute('data-tick-level', /day|week/);
    await page.getByRole('button', { name: 'Fit all events' }).click();
    await expect(axis).toHaveAttribute('data-tick-level', before!);
    const zoomIn = page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Zoom in', exact: true });
    for (let i = 0; i < 4; i++) await zoomIn.click();
    await expect(axis).not.toHaveAttribute('data-tick-level', before!);
  });

  test('the mouse wheel zooms the timeline', async ({ page }) => {
    await openApp(page, '?lang=en');
    const axis = page.locator('[data-tick-level]');
    const box = (await page.locator('svg.timeline-chart').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
    await expect(axis).toHaveAttribute('data-tick-level', /month|week|day/);
  });

  test('the keyboard moves between events, selects and zooms', async ({ page }) => {
    await openApp(page, '?lang=en');
    const chart = timeline(page);
    await chart.getByRole('button').first().focus();
    const first = bundled.events[0]!;
    const second = bundled.events[1]!;
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(escapeRegExp(first.title.en!)));
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(escapeRegExp(second.title.en!)));
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: second.title.en }),
    ).toBeVisible();
    await page.keyboard.press('End');
    const last = bundled.events.at(-1)!;
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(escapeRegExp(last.title.en!)));
    const axis = page.locator('[data-tick-level]');
    const level = await axis.getAttribute('data-tick-level');
    for (let i = 0; i < 5; i++) await page.keyboard.press('+');
    await expect(axis).not.toHaveAttribute('data-tick-level', level!);
    await page.keyboard.press('0');
    await expect(axis).toHaveAttribute('data-tick-level', level!);
  });

  test('a mark shows a tooltip on hover', async ({ page }) => {
    await openApp(page, '?lang=en');
    const event = bundled.events.find((e) => e.id === 'union-treaty-signed')!;
    await timeline(page)
      .getByRole('button', { name: new RegExp(escapeRegExp(event.title.en!)) })
      .hover();
    await expect(page.getByRole('tooltip')).toContainText(event.title.en!);
  });

  test('the event list holds every event in time order and selects on click', async ({ page }) => {
    await openApp(page, '?lang=en');
    const list = page.getByRole('region', { name: 'All events' });
    const rows = list.getByRole('row');
    await expect(rows).toHaveCount(bundled.events.length + 1);
    for (const [i, event] of bundled.events.entries()) {
      await expect(rows.nth(i + 1)).toContainText(event.title.en!);
    }
    await list.getByRole('button', { name: bundled.events[4]!.title.en }).click();
    await expect(page.getByRole('region', { name: 'Details' }).locator('blockquote').first()).toContainText(
      bundled.events[4]!.evidence[0]!.quote,
    );
  });
});
