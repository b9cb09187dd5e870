// Takes screenshots of the built app in Debian's Chromium: `node scripts/screenshot.mjs <url> <out.png> [width] [height] [clicks…]`.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-args.mjs';

const [url, out, width = '1280', height = '900', ...actions] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 800));
for (const action of actions) {
  const [kind, arg] = action.split(':');
  if (kind === 'click') await page.getByRole('button', { name: arg }).first().click();
  if (kind === 'key') await page.keyboard.press(arg);
  await page.waitForTimeout(500);
}
await page.screenshot({ path: out, fullPage: process.env.FULLPAGE !== '0' });
await browser.close();
