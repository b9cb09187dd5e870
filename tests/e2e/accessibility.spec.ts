import type { Page } from '@playwright/test';
import { axeViolations, expect, openApp, test, timeline } from './fixtures';

// Every view and state a person reaches, in both languages, checked by axe with Label in Name on (see
// axeViolations, which also gives each run its time). One test per view and language, so none runs long.

/** The words a test needs to reach a state, in each language. */
const WORDS = {
  en: {
    actors: 'Actors',
    showInArticle: 'Show in article',
    source: /Source text/,
    progress: '3 / 11',
    highContrast: 'High contrast',
  },
  id: {
    actors: 'Aktor',
    showInArticle: 'Tampilkan di artikel',
    source: /Teks sumber/,
    progress: '3 / 11',
    highContrast: 'Kontras tinggi',
  },
} as const;

type Lang = keyof typeof WORDS;

/** A state to check: how to reach it from a fresh page. */
interface View {
  readonly name: string;
  readonly viewport?: { width: number; height: number };
  readonly open: (page: Page, lang: Lang) => Promise<void>;
}

const VIEWS: readonly View[] = [
  { name: 'the default view', open: (page, lang) => openApp(page, `?lang=${lang}`) },
  {
    name: 'an event selected',
    open: async (page, lang) => {
      await openApp(page, `?lang=${lang}&event=lukashenko-ready-for-nuclear-threats`);
      await expect(page.getByRole('button', { name: WORDS[lang].showInArticle }).first()).toBeVisible();
    },
  },
  {
    name: 'an event selected with its source open',
    open: async (page, lang) => {
      await openApp(page, `?lang=${lang}&event=lukashenko-ready-for-nuclear-threats`);
      await page.getByRole('button', { name: WORDS[lang].showInArticle }).first().click();
      await expect(page.getByRole('dialog', { name: WORDS[lang].source }).locator('mark')).toBeVisible();
    },
  },
  {
    name: 'an actor selected',
    open: async (page, lang) => {
      await openApp(page, `?lang=${lang}&actor=lukashenko`);
      await expect(page.locator('.graph-node.is-selected')).toHaveCount(1);
    },
  },
  {
    name: 'a relation selected',
    open: async (page, lang) => {
      await openApp(page, `?lang=${lang}&relation=russia-%3Eukraine`);
      await expect(page.getByRole('heading', { name: /^(Russia|Rusia) → (Ukraine|Ukraina)$/ })).toBeVisible();
    },
  },
  {
    name: 'after a search, with filter chips',
    open: async (page, lang) => {
      await openApp(page, `?lang=${lang}&q=nuklir&actors=lukashenko`);
      await expect(timeline(page).getByRole('button')).toHaveCount(1);
      // The chips show their counts once these are worked out, after the first drawing.
      await expect(page.locator('.chip').filter({ hasText: /Lukashenko \(1\)/ })).toBeVisible();
    },
  },
  {
    name: 'zoomed in, with the buttons to the events outside the view',
    open: async (page, lang) => {
      await openApp(page, `?lang=${lang}&window=2022-06-24..2022-06-28`);
      await expect(page.locator('.timeline-edges button')).toHaveCount(2);
    },
  },
  {
    name: 'no event matching the filters',
    open: async (page, lang) => {
      await openApp(page, `?lang=${lang}&types=ASSAULT&quads=verbal-cooperation`);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'present mode',
    open: async (page, lang) => {
      await page.goto(`/?lang=${lang}&mode=present&step=3`);
      await expect(page.getByText(WORDS[lang].progress, { exact: true })).toBeVisible();
    },
  },
  {
    name: 'present mode in high contrast',
    open: async (page, lang) => {
      await page.goto(`/?lang=${lang}&mode=present&step=3`);
      await page.getByRole('button', { name: WORDS[lang].highContrast }).click();
      await expect(page).toHaveURL(/contrast=high/);
      await expect(page.getByText(WORDS[lang].progress, { exact: true })).toBeVisible();
    },
  },
  {
    name: 'the embed',
    viewport: { width: 640, height: 800 },
    open: async (page, lang) => {
      await openApp(page, `?lang=${lang}&embed=1&layout=timeline&event=putin-nuclear-capable-missiles&q=nuklir`);
      await expect(page.getByRole('button', { name: WORDS[lang].showInArticle }).first()).toBeVisible();
      await expect(page.locator('.timeline-mark')).toHaveCount(2);
    },
  },
  {
    name: 'the actor graph on a phone-sized screen',
    viewport: { width: 375, height: 800 },
    open: async (page, lang) => {
      await page.goto(`/?lang=${lang}&actor=russia`);
      await page.getByRole('tab', { name: WORDS[lang].actors }).click();
      await expect(page.locator('svg.graph-chart')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
    },
  },
  {
    name: 'a phone-sized screen',
    viewport: { width: 375, height: 800 },
    open: (page, lang) => openApp(page, `?lang=${lang}&event=invasion-of-ukraine`),
  },
];

for (const lang of Object.keys(WORDS) as Lang[]) {
  test.describe(`accessibility (${lang})`, () => {
    for (const view of VIEWS) {
      test(`${view.name} has no axe violations, Label in Name included`, async ({ page }) => {
        if (view.viewport) await page.setViewportSize(view.viewport);
        await view.open(page, lang);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('the printed handout has no axe violations, Label in Name included', async ({ page }) => {
      await page.goto(`/?lang=${lang}&mode=present`);
      await expect(page.getByText('0 / 11', { exact: true })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.handout')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
