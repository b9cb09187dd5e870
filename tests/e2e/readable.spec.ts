import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, bundled, expect, storyList, test } from './fixtures';

const REMOTE = 'https://data.linimasa-test.example';
/** A TimelineJS file in news style with a gap of 132 years, 1818–1951. */
const longGap = JSON.parse(
  readFileSync(new URL('../fixtures/import/timelinejs-long-gap.json', import.meta.url), 'utf8'),
) as { events: { text: { headline: string } }[] };

const STORIES = {
  bundled: {
    query: '',
    titles: (lang: 'en' | 'id') => bundled.events.map((e) => e.title[lang]!),
  },
  'a TimelineJS file with a long gap': {
    query: `&data=${encodeURIComponent(`${REMOTE}/long-gap.json`)}`,
    titles: () => longGap.events.map((e) => e.text.headline),
  },
} as const;

async function open(page: Page, query: string) {
  await page.route(`${REMOTE}/long-gap.json`, (route) =>
    route.fulfill({
      body: JSON.stringify(longGap),
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
  await page.goto(`./${query}`);
  await expect(storyList(page)).toBeVisible();
}

/** The titles the story list shows, in order, each with whether the browser cuts or clamps it. */
async function shownTitles(page: Page) {
  return storyList(page)
    .locator('.story-title')
    .evaluateAll((elements) =>
      elements.map((el) => {
        const style = getComputedStyle(el);
        const cut =
          el.scrollWidth > el.clientWidth + 1 ||
          el.scrollHeight > el.clientHeight + 1 ||
          style.textOverflow === 'ellipsis' ||
          (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '') ||
          (el.textContent ?? '').endsWith('…');
        return { text: el.textContent ?? '', cut };
      }),
    );
}

for (const lang of ['en', 'id'] as const) {
  for (const width of [375, 1280]) {
    for (const where of ['app', 'embed'] as const) {
      for (const [name, story] of Object.entries(STORIES)) {
        test(`${where} at ${width} px (${lang}), ${name}: every title in full, in time order, with no axe violations`, async ({
          page,
        }) => {
          test.slow();
          await page.setViewportSize({ width, height: 800 });
          // Below 720 px the story layout is what shows; at 1280 px the link chooses it.
          const layout = width < 720 ? '' : '&layout=story';
          await open(page, `?lang=${lang}${where === 'embed' ? '&embed=1' : ''}${layout}${story.query}`);
          const titles = await shownTitles(page);
          // The bundled story and the fixture are both written in time order.
          expect(titles.map((t) => t.text)).toEqual(story.titles(lang));
          expect(titles.filter((t) => t.cut)).toEqual([]);
          if (where === 'embed' && width === 375) {
            const first = await storyList(page).getByRole('button').first().boundingBox();
            expect(first!.y).toBeLessThanOrEqual(240);
          }
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  }
}

test.describe('the story layout', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('tells how long a long empty stretch is, in both languages', async ({ page }) => {
    await open(page, `?lang=en${STORIES['a TimelineJS file with a long gap'].query}`);
    await expect(storyList(page).getByText('132 years later')).toBeVisible();
    await open(page, '?lang=id');
    await expect(storyList(page).getByText('22 tahun kemudian')).toBeVisible();
  });

  test('arrow keys move between events; Enter opens one in place with its quote and "Show in article"', async ({
    page,
  }) => {
    await open(page, '?lang=en');
    const list = storyList(page);
    const first = list.getByRole('button', { name: bundled.events[0]!.title.en });
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = list.getByRole('button', { name: bundled.events[1]!.title.en });
    await expect(second).toBeFocused();
    await page.keyboard.press('End');
    const last = list.getByRole('button', { name: bundled.events.at(-1)!.title.en });
    await expect(last).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(last).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(new RegExp(`event=${bundled.events.at(-1)!.id}`));
    const more = list.getByRole('region', { name: 'More about this event' });
    await expect(more.locator('blockquote').first()).toContainText(bundled.events.at(-1)!.evidence[0]!.quote);
    await more.getByRole('button', { name: 'Show in article' }).first().click();
    await expect(page.getByRole('dialog').locator('mark').first()).toBeVisible();
  });

  test('the graph\'s "as of" step leaves the events it has not reached faint, as on the timeline', async ({ page }) => {
    await open(page, '?lang=en&asof=4');
    const items = storyList(page).locator('.story-event');
    await expect(items).toHaveCount(bundled.events.length);
    const later = await items.evaluateAll((els) => els.map((el) => el.classList.contains('is-later')));
    expect(later).toEqual(bundled.events.map((_, i) => i >= 4));
    expect(await axeViolations(page)).toEqual([]);
  });

  test('search, a chosen actor and the Story/Timeline choice work with it and are kept in the link', async ({
    page,
  }) => {
    await open(page, '?lang=en');
    await page.getByRole('searchbox').first().fill('nuclear');
    await expect.poll(async () => (await shownTitles(page)).length).toBeLessThan(bundled.events.length);
    for (const { text } of await shownTitles(page)) {
      expect(bundled.events.some((e) => e.title.en === text)).toBe(true);
    }
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(page).toHaveURL(/layout=timeline/);
    await expect(page.getByRole('group', { name: /^Timeline / })).toBeVisible();
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    await expect(page).toHaveURL(/layout=story/);
    await expect(storyList(page)).toBeVisible();
  });
});

test('the embed dialog offers the story layout in the snippet', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = page.getByRole('textbox', { name: 'HTML snippet' });
  await expect(snippet).not.toHaveValue(/layout=/);
  await expect(snippet).toHaveValue(/data-linimasa-max-height="1000"/);
  await page.getByRole('radio', { name: 'Always the story' }).check();
  await expect(snippet).toHaveValue(/layout=story/);
  const src = /src="([^"]+)"/.exec(await snippet.inputValue())![1]!.replace(/&amp;/g, '&');
  await page.goto(src);
  await expect(storyList(page)).toBeVisible();
});
