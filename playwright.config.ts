import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium-args.mjs';

const PORT = Number(process.env.LINIMASA_E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.LINIMASA_HOST_PORT ?? 4174);

// Browser tests run the built app (`vite preview` serves dist/) in Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    trace: 'off',
    // Requests a service worker makes pass by page.route(), which many tests use to serve data:
    // the offline worker is tested on its own in publish.spec.ts, which allows it.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A second origin, for a host page that embeds the app.
      command: `node tests/e2e/host-server.mjs`,
      url: `http://127.0.0.1:${HOST_PORT}/explainer`,
      env: { LINIMASA_HOST_PORT: String(HOST_PORT), LINIMASA_APP_ORIGIN: `http://127.0.0.1:${PORT}` },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
