#!/usr/bin/env node
/**
 * `npm run bench:react-floor`: the least a React page can do to draw a
 * timeline's first marks (scripts/bench/react-floor/: fetch, parse, one dot
 * and title per event; no checks, no shell), measured beside vis-timeline by
 * the anchor benchmark (../shared/bench-anchors), in the slot of its Linimasa
 * page: the rows it prints as `linimasa` are this page. It shows what
 * Linimasa's own first render at story size is up against (docs/benchmarks.md,
 * "Story sizes").
 *
 *   npm run bench:react-floor                       10 and 100 events, 5 runs each
 *   npm run bench:react-floor -- --ns=10,100,1000 --reps=7 --anchors=../shared/bench-anchors
 *
 * The anchors' packages must be installed once: `npm --prefix ../shared/bench-anchors install`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const match = /^--([\w-]+)=(.*)$/.exec(arg);
    if (!match) {
      process.stderr.write(`bench:react-floor: unknown argument ${arg} (use --anchors=DIR, --ns=10,100, --reps=5)\n`);
      process.exit(2);
    }
    return [match[1], match[2]];
  }),
);
const anchors = resolve(options.anchors ?? join(ROOT, '..', 'shared', 'bench-anchors'));
if (!existsSync(join(anchors, 'run.mjs')) || !existsSync(join(anchors, 'node_modules', 'playwright-core'))) {
  process.stderr.write(
    `bench:react-floor: no installed anchor benchmark at ${anchors}: run \`npm --prefix ${anchors} install\`, or give --anchors=DIR\n`,
  );
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'react-floor-'));
const dist = join(out, 'dist');
// The anchors' Linimasa page serves a build at /linimasa/ and reads its index.html for the entry.
await build({
  root: join(ROOT, 'scripts', 'bench', 'react-floor'),
  configFile: false,
  base: '/linimasa/',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: dist, emptyOutDir: true },
});
process.stderr.write(`bench:react-floor: built the floor page into ${dist}; its rows are the ones named linimasa\n`);
const ns = options.ns ?? '10,100';
const run = spawnSync(
  process.execPath,
  [
    join(anchors, 'run.mjs'),
    '--libs=vis-timeline,linimasa',
    `--ns=vis-timeline=${ns};linimasa=${ns}`,
    `--reps=${options.reps ?? 5}`,
    '--no-variant',
    `--linimasa-dist=${dist}`,
    `--out=${join(out, 'react-floor.json')}`,
  ],
  { stdio: 'inherit', cwd: ROOT },
);
process.exit(run.status ?? 1);
