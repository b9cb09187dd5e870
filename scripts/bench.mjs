#!/usr/bin/env node
/**
 * `npm run bench`: how fast Linimasa loads, draws, zooms, searches and lays out
 * its graph on the bundled dataset and on generated ones of 1,000, 10,000 and
 * 100,000 events, and how soon a story of 10 or 100 events is drawn, measured
 * in headless Chromium. See docs/benchmarks.md.
 *
 *   npm run bench                          build, then every dataset, 3 runs each (5 for story sizes)
 *   npm run bench -- --only bundled,1k,10k --runs 2
 *   npm run bench -- --no-build            use the dist/ already built
 *   options: --timeout <s per step, 120>  --budget <min for all runs, 8>  --markdown
 *            --port <the server's port; default: any free one>
 *
 * Prints a table (median and min–max over the runs, with the targets) and
 * saves everything to bench-results/bench-<date>.json. Always exits 0 once it
 * has measured, missed targets included; 2 on a usage error, 1 when it cannot
 * run at all (build failed, no browser).
 */
// The arrow functions given to page.evaluate / waitForFunction run in the page.
/* global window, document */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-args.mjs';
import { armUpdate, collect, installProbe, startFrames, stopFrames, stopProbe, watchMap } from './bench/probe.mjs';
import { startServer } from './bench/server.mjs';
import { formatMarkdownTable, formatTable, longTasksIn, median, quantile } from './bench/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = CHROMIUM_PATH;
// The flags the browser tests use, plus exact heap figures.
const BENCH_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];
const VIEWPORT = { width: 1280, height: 900 };

/**
 * The datasets, smallest first. `query` matches a part of the events (about 7% of generated ones).
 * `storyOnly`: only loaded, for the story-size figure (navigation → first mark), at least 5 runs.
 */
const DATASETS = [
  { key: '10', label: '10', events: 10, actors: 8, query: 'accuses', storyOnly: true },
  { key: '100', label: '100', events: 100, actors: 30, query: 'accuses', storyOnly: true },
  { key: 'bundled', label: 'bundled', query: 'putin' },
  { key: '1k', label: '1k', events: 1_000, actors: 200, query: 'accuses' },
  { key: '10k', label: '10k', events: 10_000, actors: 500, query: 'accuses' },
  { key: '100k', label: '100k', events: 100_000, actors: 2_000, query: 'accuses' },
];

const USAGE = `usage: npm run bench -- [--no-build] [--runs N] [--only ${DATASETS.map((d) => d.key).join(',')}] [--timeout SECONDS] [--budget MINUTES] [--markdown] [--port PORT]`;
/** Runs of a story-size dataset, at least: its figure is a few hundred ms and noisy. */
const STORY_RUNS = 5;
/** The datasets of the story-size table, in its order. */
const STORY_KEYS = ['10', '100', '1k', 'bundled'];

function usageError(message) {
  process.stderr.write(`bench: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArguments(argv) {
  const options = {
    build: true,
    runs: 3,
    only: DATASETS.map((d) => d.key),
    timeout: 120,
    budget: 8,
    markdown: false,
    port: 0,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') usageError(`${flag} needs a value`);
      return v;
    };
    const positive = (v) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) usageError(`${flag} needs a positive number, got ${JSON.stringify(v)}`);
      return n;
    };
    switch (flag) {
      case '--no-build':
        options.build = false;
        break;
      case '--runs':
        options.runs = Math.round(positive(value()));
        break;
      case '--timeout':
        options.timeout = positive(value());
        break;
      case '--budget':
        options.budget = positive(value());
        break;
      case '--markdown':
        options.markdown = true;
        break;
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 1 || port > 65535) usageError(`--port needs a port number, got ${port}`);
        options.port = port;
        break;
      }
      case '--only': {
        const keys = value()
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean);
        const unknown = keys.filter((k) => !DATASETS.some((d) => d.key === k));
        if (unknown.length > 0 || keys.length === 0)
          usageError(`--only takes ${DATASETS.map((d) => d.key).join(', ')}; got ${unknown.join(', ') || 'nothing'}`);
        options.only = keys;
        break;
      }
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        usageError(`unknown argument ${JSON.stringify(argv[i])}`);
    }
  }
  return options;
}

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (v, digits = 0) => (v === null || v === undefined ? v : Math.round(v * 10 ** digits) / 10 ** digits);

class StepTimeout extends Error {
  constructor(step, ms) {
    super(`${step}: no result within ${ms / 1000} s`);
    this.step = step;
  }
}

/** Runs `promise`, or rejects with StepTimeout after `ms`. */
function withTimeout(promise, ms, step) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new StepTimeout(step, ms)), ms);
    }),
  ]);
}

function machine(browserVersion, loadAverage) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
  return {
    cpu: model,
    cores: cpus().length,
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    chromium: browserVersion,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    // Other work on the machine makes figures noisy; this says how busy it was when the benchmark started.
    loadAverage: loadAverage.map((v) => round(v, 2)),
  };
}

function run(command, args, what) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    log(`${what} failed (${result.error?.message ?? `exit ${result.status}`})`);
    process.exit(1);
  }
  return Date.now() - started;
}

/** Writes the generated datasets into `dir`; returns each dataset's URL path and sizes. */
function prepareDatasets(selected, dir, distDir) {
  return selected.map((d) => {
    if (d.key === 'bundled') {
      const catalogue = JSON.parse(readFileSync(join(distDir, 'data', 'catalogue.json'), 'utf8'));
      const entries = Array.isArray(catalogue) ? catalogue : catalogue.datasets;
      const file = entries?.[0]?.file;
      if (!file) throw new Error('dist/data/catalogue.json names no dataset');
      const body = readFileSync(join(distDir, 'data', file));
      const json = JSON.parse(body.toString('utf8'));
      // The app's own route: the first catalogue entry, with its source texts beside it.
      return {
        ...d,
        url: '/?lang=en',
        dataPath: `/data/${file}`,
        events: json.events.length,
        actors: json.actors.length,
        bytes: body.length,
        gzipBytes: gzipSync(body).length,
      };
    }
    const out = join(dir, `${d.key}.json`);
    const ms = run(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['scripts/generate.ts', '--events', String(d.events), '--actors', String(d.actors), '--seed', '1', '--out', out],
      `generating ${d.key}`,
    );
    const body = readFileSync(out);
    log(`generated ${d.key} in ${(ms / 1000).toFixed(1)} s`);
    return {
      ...d,
      url: `/?data=/bench-data/${d.key}.json&lang=en`,
      dataPath: `/bench-data/${d.key}.json`,
      bytes: body.length,
      gzipBytes: gzipSync(body).length,
    };
  });
}

const gzipCache = new Map();
/** Gzipped size of a file of the build, by URL path; null if it is not one. */
function gzippedDistFile(distDir, path) {
  if (!gzipCache.has(path)) {
    const file = resolve(distDir, `.${path}`);
    gzipCache.set(
      path,
      file.startsWith(resolve(distDir)) && existsSync(file)
        ? { raw: readFileSync(file).length, gzip: gzipSync(readFileSync(file)).length }
        : null,
    );
  }
  return gzipCache.get(path);
}

/** The app's JS and CSS among `resources` (Resource Timing entries), gzipped from the build, KB. */
function loadedCode(resources, origin, distDir) {
  let js = 0;
  let jsRaw = 0;
  let css = 0;
  for (const r of resources) {
    const url = new URL(r.name);
    if (url.origin !== origin || !/\.(js|css)$/.test(url.pathname)) continue;
    const size = gzippedDistFile(distDir, url.pathname);
    if (!size) continue;
    if (url.pathname.endsWith('.js')) {
      js += size.gzip;
      jsRaw += size.raw;
    } else css += size.gzip;
  }
  return { jsGzKB: js / 1024, jsKB: jsRaw / 1024, cssGzKB: css / 1024 };
}

/**
 * Zooms and pans over the element at `selector` as a person would, about one
 * input a frame: 30 wheel steps in, a drag 300 px right and back in 60 steps,
 * 30 wheel steps out, recording every frame. `view` (run in the page) tells
 * what the element shows, to check that the gestures moved it.
 */
async function zoomAndPan(page, selector, view, what, notes, timeoutMs) {
  const chart = page.locator(selector).first();
  await chart.scrollIntoViewIfNeeded({ timeout: timeoutMs });
  const box = await chart.boundingBox();
  if (!box) throw new Error(`${what} has no box`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 80);
  await page.mouse.move(x, y);
  const before = await page.evaluate(view);
  const start = await page.evaluate(startFrames);
  // About one input per frame (60 Hz), as a wheel or a drag sends them; slower when the page is.
  let last = Date.now();
  const pace = async () => {
    await sleep(Math.max(0, 16 - (Date.now() - last)));
    last = Date.now();
  };
  for (let i = 0; i < 30; i += 1) {
    await page.mouse.wheel(0, -50);
    await pace();
  }
  const zoomed = await page.evaluate(view);
  let panned = zoomed;
  await page.mouse.move(x - 150, y);
  await page.mouse.down();
  for (let i = 0; i < 60; i += 1) {
    await page.mouse.move(x - 150 + (i < 30 ? i + 1 : 59 - i) * 10, y);
    await pace();
    if (i === 29) panned = await page.evaluate(view);
  }
  await page.mouse.up();
  for (let i = 0; i < 30; i += 1) {
    await page.mouse.wheel(0, 50);
    await pace();
  }
  const { end, frames } = await page.evaluate(stopFrames);
  if (zoomed === before) notes.push(`zoom/pan: the wheel did not change ${what}`);
  if (panned === zoomed) notes.push(`zoom/pan: the drag did not change ${what}`);
  return { start, end, frames };
}

/** Frame figures from requestAnimationFrame timestamps: median, p95 and longest interval, and the share of time in slow frames. */
function frameFigures(frames) {
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  // rAF intervals undercount stalls (one 500 ms stall is one interval), so also: the share of the time spent in slow frames.
  const total = intervals.reduce((sum, d) => sum + d, 0);
  return {
    frameMedian: median(intervals),
    frameP95: quantile(intervals, 0.95),
    frameMax: Math.max(...intervals),
    slowFrameShare: total > 0 ? (100 * intervals.filter((d) => d > 33.4).reduce((sum, d) => sum + d, 0)) / total : 0,
  };
}

/**
 * One run on one dataset in the page of a fresh context. Returns the figures
 * (numbers, or { status } when a step timed out or failed), notes, the run's
 * status and whether the browser still answers.
 */
async function measure(context, page, origin, dataset, { timeoutMs, distDir }) {
  const figures = {};
  const notes = [];
  const missing = (keys, status) =>
    keys.forEach((k) => {
      if (!(k in figures)) figures[k] = { status };
    });
  const step = (name, fn) => withTimeout(fn(), timeoutMs, name);
  const alive = true;
  let probe = null;
  let dataArrived = null;
  try {
    // 1. Load: navigation start → first frame with a timeline mark (or a load error).
    await step('load', async () => {
      await page.goto(`${origin}${dataset.url}`, { waitUntil: 'commit', timeout: timeoutMs });
      await page.waitForFunction(
        () => window.__bench && (window.__bench.firstRender !== null || window.__bench.error !== null),
        null,
        { polling: 50, timeout: timeoutMs },
      );
    });
    probe = await step('collect', () => page.evaluate(collect));
    const fetches = probe.resources.filter(
      (r) => r.initiatorType === 'fetch' && (probe.firstRender === null || r.responseEnd <= probe.firstRender),
    );
    dataArrived = fetches.length > 0 ? Math.max(...fetches.map((r) => r.responseEnd)) : null;
    const dataEntry = probe.resources.find((r) => new URL(r.name).pathname === dataset.dataPath);
    if (dataArrived !== null) figures.dataArrived = dataArrived;
    if (dataEntry) figures.dataFetch = dataEntry.responseEnd - dataEntry.startTime;
    if (probe.firstRender === null) {
      notes.push(`load error: ${probe.error?.text ?? 'unknown'}`);
      return { figures, notes, alive, status: 'error', error: probe.error?.text ?? null };
    }
    figures.firstRender = probe.firstRender;
    if (dataArrived !== null) figures.dataToRender = probe.firstRender - dataArrived;
    if (dataset.storyOnly) {
      Object.assign(figures, loadedCode(probe.resources, origin, distDir));
      return { figures, notes, alive, status: 'ok' };
    }

    // 2. Graph: first frame with a node, then wait until its SVG and the main thread have been quiet for 1 s.
    let graphSettled = null;
    try {
      await step('graph', async () => {
        await page.waitForFunction(() => window.__bench.graphFirstFrame !== null, null, {
          polling: 50,
          timeout: timeoutMs,
        });
        const settled = await page.waitForFunction(
          () => {
            const b = window.__bench;
            const taskEnd = (b.longTasks ?? []).reduce((end, [s, d]) => Math.max(end, s + d), 0);
            const last = Math.max(b.graphLastMutation ?? 0, taskEnd, b.graphFirstFrame ?? 0);
            return performance.now() - last > 1000
              ? { graphLastMutation: b.graphLastMutation, quietFrom: last }
              : false;
          },
          null,
          { polling: 100, timeout: timeoutMs },
        );
        graphSettled = await settled.jsonValue();
      });
    } catch (error) {
      if (!(error instanceof StepTimeout)) throw error;
      notes.push(error.message);
      missing(['graphFirstNode', 'graphFromData', 'graphSettled', 'graphLayoutTasks', 'graphLayoutMaxTask'], 'timeout');
    }
    await page.evaluate(stopProbe);
    probe = await step('collect', () => page.evaluate(collect));
    if (probe.graphFirstFrame !== null) {
      figures.graphFirstNode = probe.graphFirstFrame;
      if (dataArrived !== null) figures.graphFromData = probe.graphFirstFrame - dataArrived;
    }
    if (graphSettled) {
      // The layout runs from the graph panel's mount (in its render, or in a worker it starts) until the graph stops changing.
      const settledAt = Math.max(graphSettled.graphLastMutation ?? 0, probe.graphFirstFrame);
      if (dataArrived !== null) figures.graphSettled = settledAt - dataArrived;
      if (probe.longTasks && probe.graphMount !== null) {
        const during = longTasksIn(probe.longTasks, probe.graphMount, settledAt);
        figures.graphLayoutTasks = during.count;
        figures.graphLayoutMaxTask = during.max;
      }
    }

    // 3. After load: long tasks so far, and the heap after a garbage collection.
    const loadEnd = probe.now;
    const cdp = await context.newCDPSession(page);
    await step('gc', () => cdp.send('HeapProfiler.collectGarbage'));
    const heap = await step('heap', () =>
      page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : null)),
    );
    if (heap !== null) figures.heapMB = heap / 1024 / 1024;
    if (probe.longTasks) {
      const load = longTasksIn(probe.longTasks, 0, loadEnd);
      figures.loadTasks = load.count;
      figures.loadTaskMs = load.total;
    }

    // 4. Zoom and pan over the timeline: 30 wheel steps in, 60 drag steps (30 right, 30 back), 30 wheel steps out.
    const timelineView = () => document.querySelector('svg.timeline-chart')?.textContent ?? '';
    const interaction = await step('zoom/pan', () =>
      zoomAndPan(page, 'svg.timeline-chart', timelineView, 'the timeline', notes, timeoutMs),
    );
    Object.assign(figures, frameFigures(interaction.frames));
    figures.interactionMs = interaction.end - interaction.start;
    const tasksNow = (await step('collect', () => page.evaluate(collect))).longTasks;
    if (tasksNow) {
      const during = longTasksIn(tasksNow, interaction.start, interaction.end);
      figures.interactionTasks = during.count;
      figures.interactionTaskMs = during.total;
    }

    // 5. Search: the input event → the first frame after the timeline (and list) show the matches; then clearing it.
    const search = page.getByRole('searchbox', { name: 'Search events' });
    for (const [key, text] of [
      ['searchMs', dataset.query],
      ['clearMs', ''],
    ]) {
      const result = await step(key === 'searchMs' ? 'search' : 'clear search', async () => {
        await page.evaluate(armUpdate);
        await search.fill(text, { timeout: timeoutMs });
        return page.evaluate(() => window.__benchUpdate);
      });
      figures[key] = result.frameAt - result.inputAt;
    }

    // 6. Filter: tick one quad class (about a quarter of the events), then untick it.
    await step('open filters', () =>
      page.getByRole('button', { name: 'Types and dates' }).click({ timeout: timeoutMs }),
    );
    const quad = page.getByRole('checkbox', { name: /^Material conflict/ });
    for (const [key, checked] of [
      ['filterMs', true],
      ['unfilterMs', false],
    ]) {
      const result = await step(checked ? 'filter' : 'clear filter', async () => {
        await page.evaluate(armUpdate);
        await quad.setChecked(checked, { timeout: timeoutMs });
        return page.evaluate(() => window.__benchUpdate);
      });
      figures[key] = result.frameAt - result.inputAt;
    }

    // 7. The map: its tab pressed → the first frame with its places (its code, the boundaries and their
    // projection in a worker all load then); the longest task until it rests; then zoom and pan over it.
    try {
      const map = await step('map', async () => {
        const startAt = await page.evaluate(watchMap);
        await page
          .getByRole('group', { name: 'Views' })
          .getByRole('button', { name: 'Map' })
          .click({ timeout: timeoutMs });
        await page.waitForFunction(() => window.__benchMap.firstFrame !== null, null, {
          polling: 50,
          timeout: timeoutMs,
        });
        const rest = await page.waitForFunction(
          () => {
            const b = window.__benchMap;
            return performance.now() - Math.max(b.lastMutation ?? 0, b.firstFrame ?? 0) > 1000
              ? { firstFrame: b.firstFrame, lastMutation: b.lastMutation }
              : false;
          },
          null,
          { polling: 100, timeout: timeoutMs },
        );
        return { startAt, ...(await rest.jsonValue()) };
      });
      figures.mapFirstRender = map.firstFrame - map.startAt;
      const restedAt = Math.max(map.lastMutation ?? 0, map.firstFrame);
      const tasks = (await step('collect', () => page.evaluate(collect))).longTasks;
      if (tasks) figures.mapMaxTask = longTasksIn(tasks, map.startAt, restedAt).max;
      const mapView = () =>
        `${document.querySelector('.map-layers')?.getAttribute('style') ?? ''} ${document.querySelector('svg.map-chart g')?.getAttribute('transform') ?? ''}`;
      const gestures = await step('map zoom/pan', () =>
        zoomAndPan(page, '.map-frame', mapView, 'the map', notes, timeoutMs),
      );
      const mapFrames = frameFigures(gestures.frames);
      figures.mapFrameMedian = mapFrames.frameMedian;
      figures.mapFrameP95 = mapFrames.frameP95;
      const after = (await step('collect', () => page.evaluate(collect))).longTasks;
      if (after) figures.mapGestureMaxTask = longTasksIn(after, gestures.start, gestures.end + 1000).max;
    } catch (error) {
      if (!(error instanceof StepTimeout)) throw error;
      notes.push(error.message);
      missing(['mapFirstRender', 'mapMaxTask', 'mapFrameMedian', 'mapFrameP95', 'mapGestureMaxTask'], 'timeout');
    }

    // 8. What loaded: the app's JS and CSS, gzipped from the build.
    const final = await step('collect', () => page.evaluate(collect));
    Object.assign(figures, loadedCode(final.resources, origin, distDir));
    if (final.measures.length > 0 || final.marks.length > 0)
      notes.push(`user timing: ${JSON.stringify({ marks: final.marks, measures: final.measures })}`);
    return { figures, notes, alive, status: 'ok' };
  } catch (error) {
    if (error instanceof StepTimeout) {
      notes.push(error.message);
      return { figures, notes, alive: false, status: 'timeout', timedOutStep: error.step };
    }
    notes.push(`failed: ${error.message.split('\n')[0]}`);
    return { figures, notes, alive, status: 'error', error: error.message.split('\n')[0] };
  }
}

/** `measure` in a fresh context, closed afterwards; a page stuck in a long task may not close quickly, and then the browser is replaced. */
async function runOnce(browser, origin, dataset, settings) {
  // No offline service worker: installing it (and keeping the dataset it was opened on) would
  // run beside the measurements; tests/e2e/publish.spec.ts tests it.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const result = await measure(context, page, origin, dataset, settings);
  const closed = await withTimeout(context.close(), 15_000, 'close').then(
    () => true,
    () => false,
  );
  return { ...result, alive: result.alive && closed };
}

/** Every figure: its label, unit, how to print it, and the target (for the datasets it applies to). */
const METRICS = [
  { key: 'firstRender', label: 'load → first render', unit: 'ms' },
  { key: 'dataArrived', label: 'load → data arrived', unit: 'ms' },
  {
    key: 'dataToRender',
    label: 'data arrived → first render',
    unit: 'ms',
    target: { '100k': ['≤ 1500 ms', (v) => v <= 1500] },
  },
  { key: 'loadTasks', label: 'long tasks during load (count)', unit: '' },
  { key: 'loadTaskMs', label: 'long tasks during load (total)', unit: 'ms' },
  { key: 'heapMB', label: 'JS heap after load (after GC)', unit: 'MB', digits: 1 },
  { key: 'graphFirstNode', label: 'load → first graph node', unit: 'ms' },
  { key: 'graphFromData', label: 'data arrived → first graph node', unit: 'ms' },
  { key: 'graphSettled', label: 'data arrived → graph settled', unit: 'ms' },
  { key: 'graphLayoutTasks', label: 'graph layout: long tasks (count)', unit: '' },
  {
    key: 'graphLayoutMaxTask',
    label: 'graph layout: longest task',
    unit: 'ms',
    target: { '100k': ['≤ 50 ms (none)', (v) => v <= 50] },
  },
  { key: 'frameMedian', label: 'zoom/pan frame time (median)', unit: 'ms', digits: 1 },
  {
    key: 'frameP95',
    label: 'zoom/pan frame time (p95)',
    unit: 'ms',
    digits: 1,
    target: { '100k': ['< 33 ms', (v) => v < 33] },
  },
  { key: 'frameMax', label: 'zoom/pan frame time (max)', unit: 'ms', digits: 1 },
  { key: 'slowFrameShare', label: 'zoom/pan time in frames > 33 ms', unit: '%', digits: 1 },
  { key: 'interactionMs', label: 'zoom/pan: 120 steps took', unit: 'ms' },
  { key: 'interactionTasks', label: 'long tasks during zoom/pan (count)', unit: '' },
  { key: 'interactionTaskMs', label: 'long tasks during zoom/pan (total)', unit: 'ms' },
  {
    key: 'searchMs',
    label: 'search → frame with matches',
    unit: 'ms',
    digits: 1,
    target: { '100k': ['< 100 ms', (v) => v < 100] },
  },
  {
    key: 'clearMs',
    label: 'clear search → frame with all',
    unit: 'ms',
    digits: 1,
    target: { '100k': ['< 100 ms', (v) => v < 100] },
  },
  {
    key: 'filterMs',
    label: 'filter (a quad class) → frame',
    unit: 'ms',
    digits: 1,
    target: { '100k': ['< 100 ms', (v) => v < 100] },
  },
  {
    key: 'unfilterMs',
    label: 'clear filter → frame with all',
    unit: 'ms',
    digits: 1,
    target: { '100k': ['< 100 ms', (v) => v < 100] },
  },
  {
    key: 'mapFirstRender',
    label: 'map tab → first frame of the map',
    unit: 'ms',
    target: { '100k': ['≤ 1500 ms', (v) => v <= 1500] },
  },
  {
    key: 'mapMaxTask',
    label: 'map: longest task until it rests',
    unit: 'ms',
    target: { '100k': ['≤ 50 ms (none)', (v) => v <= 50] },
  },
  { key: 'mapFrameMedian', label: 'map zoom/pan frame time (median)', unit: 'ms', digits: 1 },
  {
    key: 'mapFrameP95',
    label: 'map zoom/pan frame time (p95)',
    unit: 'ms',
    digits: 1,
    target: { '100k': ['< 33 ms', (v) => v < 33] },
  },
  {
    key: 'mapGestureMaxTask',
    label: 'map zoom/pan: longest task',
    unit: 'ms',
    target: { '100k': ['≤ 50 ms (none)', (v) => v <= 50] },
  },
  { key: 'jsGzKB', label: 'JS loaded (gzip)', unit: 'KB', digits: 1 },
  { key: 'cssGzKB', label: 'CSS loaded (gzip)', unit: 'KB', digits: 1 },
];

/** Median, min and max of one figure over the runs, or the status when no run produced it. */
function summarise(runs, key) {
  const values = runs.map((r) => r.figures[key]).filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (values.length > 0) {
    return {
      median: median(values),
      min: Math.min(...values),
      max: Math.max(...values),
      n: values.length,
      of: runs.length,
    };
  }
  const statuses = runs.map((r) => r.figures[key]?.status ?? (r.status === 'ok' ? 'n/a' : r.status));
  return { status: statuses.find((s) => s !== 'n/a') ?? 'n/a', n: 0, of: runs.length };
}

/** One figure of one dataset, formatted: median with unit (or the status), min–max, runs, target and ✔/✘. */
function cell(result, metric) {
  const s = result.summary[metric.key];
  const digits = metric.digits ?? 0;
  const fmt = (v) => v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const target = metric.target?.[result.key];
  return {
    value: s.n > 0 ? `${fmt(s.median)}${metric.unit ? ` ${metric.unit}` : ''}` : s.status,
    spread: s.n > 1 ? `${fmt(s.min)}–${fmt(s.max)}` : '',
    runs: s.n === s.of ? String(s.n) : `${s.n}/${s.of}`,
    target: target?.[0] ?? '',
    ok: target ? (s.n > 0 && target[1](s.median) ? '✔' : '✘') : '',
  };
}

function tableRows(results) {
  return results.flatMap((result) =>
    METRICS.filter((metric) => !result.storyOnly || result.summary[metric.key].n > 0).map((metric) => {
      const c = cell(result, metric);
      return [result.key, metric.label, c.value, c.spread, c.runs, c.target, c.ok];
    }),
  );
}

/** Navigation → first mark at story sizes, one row per dataset of STORY_KEYS measured. */
function storyTable(results) {
  const metric = METRICS.find((m) => m.key === 'firstRender');
  const rows = STORY_KEYS.flatMap((key) => {
    const result = results.find((r) => r.key === key);
    if (!result) return [];
    const c = cell(result, metric);
    const events = result.meta.events.toLocaleString('en');
    return [[key === 'bundled' ? `bundled (${events} events)` : `${events} events`, c.value, c.spread, c.runs]];
  });
  return rows.length > 0 ? formatTable(['story size', 'navigation → first mark', 'min–max', 'runs'], rows) : null;
}

/** The same figures as a Markdown table with one column per dataset, for docs/benchmarks.md. */
function markdownPivot(results) {
  const header = ['figure', ...results.map((r) => r.key), 'target (100k)'];
  const rows = METRICS.map((metric) => [
    metric.label,
    ...results.map((result) => {
      const c = cell(result, metric);
      return `${c.value}${c.spread ? ` (${c.spread})` : ''}${c.ok ? ` ${c.ok}` : ''}`;
    }),
    Object.values(metric.target ?? {})[0]?.[0] ?? '',
  ]);
  return formatMarkdownTable(header, rows);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = loadavg();
  const selected = DATASETS.filter((d) => options.only.includes(d.key));
  const work = mkdtempSync(join(tmpdir(), 'linimasa-bench-'));
  let distDir = join(ROOT, 'dist');
  try {
    if (options.build) {
      // Built into a folder of its own, so a build or test running in dist/ at the same time cannot change what is measured.
      distDir = join(work, 'dist');
      log('building the app (npx vite build)…');
      const ms = run('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], 'the build');
      log(`built in ${(ms / 1000).toFixed(1)} s`);
    } else if (!existsSync(join(distDir, 'index.html'))) {
      log('dist/index.html is missing: run without --no-build, or npm run build first');
      process.exit(1);
    }
    const dataDir = join(work, 'data');
    mkdirSync(dataDir);
    const datasets = prepareDatasets(selected, dataDir, distDir);
    const server = await startServer(distDir, dataDir, options.port);
    log(`serving on ${server.origin}`);

    const launch = () => chromium.launch({ executablePath: CHROMIUM, headless: true, args: BENCH_ARGS });
    let browser;
    try {
      browser = await launch();
    } catch (error) {
      log(`cannot start Chromium at ${CHROMIUM}: ${error.message.split('\n')[0]}`);
      process.exit(1);
    }
    const machineInfo = machine(browser.version(), loadAtStart);
    const budgetMs = options.budget * 60_000;
    const results = [];
    for (const dataset of datasets) {
      const runs = [];
      const skipped = [];
      const runCount = dataset.storyOnly ? Math.max(options.runs, STORY_RUNS) : options.runs;
      for (let i = 0; i < runCount; i += 1) {
        const last = runs.at(-1);
        // A dataset the app cannot handle yet is not retried: one timeout says enough.
        if (last?.status === 'timeout') {
          skipped.push(`run ${i + 1}: skipped after a timeout`);
          continue;
        }
        // Keep the whole benchmark near its budget; every dataset still gets one run.
        const spent = Date.now() - started;
        if (i > 0 && spent + (last?.ms ?? 0) > budgetMs) {
          skipped.push(`run ${i + 1}: skipped, over the ${options.budget} min budget`);
          continue;
        }
        const t0 = Date.now();
        log(`${dataset.key}: run ${i + 1} of ${runCount}…`);
        const result = await runOnce(browser, server.origin, dataset, { timeoutMs: options.timeout * 1000, distDir });
        result.ms = Date.now() - t0;
        runs.push(result);
        log(
          `${dataset.key}: run ${i + 1} ${result.status} in ${(result.ms / 1000).toFixed(1)} s${result.notes.length ? ` (${result.notes.join('; ').slice(0, 200)})` : ''}`,
        );
        if (!result.alive) {
          await withTimeout(browser.close(), 15_000, 'close').catch(() => browser.process()?.kill('SIGKILL'));
          browser = await launch();
        }
      }
      const summary = Object.fromEntries(METRICS.map((m) => [m.key, summarise(runs, m.key)]));
      const { query, url, dataPath, events, actors, bytes, gzipBytes } = dataset;
      results.push({
        key: dataset.key,
        storyOnly: Boolean(dataset.storyOnly),
        meta: { url, dataPath, events, actors, bytes, gzipBytes, query },
        runs,
        skipped,
        summary,
      });
    }
    await browser.close();
    await server.close();

    const header = ['dataset', 'figure', 'median', 'min–max', 'runs', 'target', ''];
    const rows = tableRows(results);
    const m = machineInfo;
    const machineLine = `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM · Chromium ${m.chromium} · Node ${m.node} · ${m.platform} · load average ${m.loadAverage.join(' ')} at start`;
    const out = [];
    out.push(`Linimasa benchmark — ${new Date().toISOString()}`);
    out.push(`Machine: ${machineLine}`);
    out.push(
      `Viewport ${VIEWPORT.width}×${VIEWPORT.height}, headless, ${options.runs} run(s) per dataset, step timeout ${options.timeout} s`,
    );
    for (const r of results) {
      const mb = (b) => (b / 1024 / 1024).toFixed(2);
      out.push(
        `  ${r.key.padEnd(8)} ${r.meta.events.toLocaleString('en')} events, ${r.meta.actors.toLocaleString('en')} actors, ${mb(r.meta.bytes)} MB (${mb(r.meta.gzipBytes)} MB gzip), search "${r.meta.query}"`,
      );
      for (const run of r.runs)
        if (run.status !== 'ok') out.push(`           ${run.status}: ${run.notes.join('; ').slice(0, 300)}`);
      for (const s of r.skipped) out.push(`           ${s}`);
    }
    out.push('');
    out.push(formatTable(header, rows));
    const stories = storyTable(results);
    if (stories) out.push('', stories);
    if (options.markdown) out.push('', markdownPivot(results));
    const missed = rows.filter((r) => r[6] === '✘').length;
    const met = rows.filter((r) => r[6] === '✔').length;
    if (met + missed > 0) out.push('', `targets: ${met} met, ${missed} missed`);
    out.push(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
    process.stdout.write(`${out.join('\n')}\n`);

    const resultsDir = join(ROOT, 'bench-results');
    mkdirSync(resultsDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\..+$/, '');
    const file = join(resultsDir, `bench-${stamp}.json`);
    const json = {
      date: new Date().toISOString(),
      machine: machineInfo,
      options: { ...options, viewport: VIEWPORT, chromiumArgs: BENCH_ARGS },
      metrics: METRICS.map(({ key, label, unit, target }) => ({
        key,
        label,
        unit,
        targets: Object.fromEntries(Object.entries(target ?? {}).map(([k, [text]]) => [k, text])),
      })),
      datasets: results,
      table: { header, rows },
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(file, `${JSON.stringify(json, (k, v) => (typeof v === 'number' ? round(v, 2) : v), 2)}\n`);
    log(`saved ${file.slice(ROOT.length + 1)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
