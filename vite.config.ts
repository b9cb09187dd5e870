import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { bundledDataPlugin } from './scripts/vite/bundled-data-plugin.ts';
import { compileHints } from './scripts/vite/compile-hints.ts';
import { offlinePlugin } from './scripts/vite/offline-plugin.ts';
import { pagePolicyPlugin } from './scripts/vite/page-policy-plugin.ts';
import { preloadAppStart } from './scripts/vite/preload-app-start.ts';
import { SECURITY_HEADERS } from './scripts/vite/security-headers.ts';

// One config for the app build and the unit tests: the `@/` alias means `src/`.
export default defineConfig({
  // Every address in the build is relative to the page, so dist/ works from any folder of any host.
  base: './',
  plugins: [
    react(),
    bundledDataPlugin('data'),
    pagePolicyPlugin(),
    offlinePlugin(),
    preloadAppStart('src/app/start.tsx'),
    compileHints(['src/app/start.tsx', 'src/data/dataset-reader.ts']),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The manifest lets scripts/check-bundle-size.mjs follow the entry's static imports.
  build: { target: 'es2022', sourcemap: true, manifest: true },
  // Workers are ES modules with chunks of their own, so the validation worker fetches the EDTF
  // grammar only for a dataset whose dates need it.
  worker: { format: 'es' },
  // The built app is previewed (and tested) under its production headers, CSP included.
  preview: { port: 4173, strictPort: true, host: '127.0.0.1', headers: { ...SECURITY_HEADERS } },
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Sized for a busy 2-core machine: property tests that take 5 s when it is loaded must not fail
    // for it, while a runaway (quadratic) path, which takes far longer, still fails.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
