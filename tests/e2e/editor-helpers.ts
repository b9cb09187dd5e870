import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/**
 * Moves the focus to `target` with the Tab key alone (forwards, then backwards), as a person
 * without a mouse does; fails when it cannot be reached that way.
 */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  await expect(target).toBeVisible();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** Selects what a focused text field holds and types `text` over it. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

/** In a focused listbox that follows `aria-activedescendant`, presses ↓ until the active option's text contains `text`. */
export async function arrowToOption(page: Page, listbox: Locator, text: string, max = 80): Promise<void> {
  await page.keyboard.press('Home');
  for (let i = 0; i < max; i += 1) {
    const active = await listbox.evaluate((el) => {
      const id = el.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
    if (active.includes(text)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option with "${text}"`);
}

/** Saves a download and unzips it into a fresh folder; returns the folder and the names of the files in it. */
export async function unzipDownload(download: Download): Promise<{ folder: string; files: string[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'linimasa-published-'));
  const zipPath = join(folder, download.suggestedFilename());
  await download.saveAs(zipPath);
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  for (const [name, bytes] of Object.entries(entries)) {
    const path = join(folder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  return { folder, files: Object.keys(entries) };
}

/** Runs `npm run validate` (scripts/validate.ts) on a file; returns its output, or throws with it when the file has errors. */
export function validateFile(path: string): string {
  try {
    return execFileSync('npx', ['tsx', 'scripts/validate.ts', path], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run validate failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** Serves the files of a folder at `/published/…`, as a web server would once the zip is unpacked there. */
export async function servePublished(page: Page, folder: string): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith('/published/'),
    (route) => {
      const path = join(
        folder,
        decodeURIComponent(new URL(route.request().url()).pathname.slice('/published/'.length)),
      );
      try {
        const body = readFileSync(path);
        const type = path.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
        return route.fulfill({ body, contentType: type });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    },
  );
}
