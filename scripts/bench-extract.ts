/**
 * Times the extractor where the editor runs it: in a module Web Worker in
 * headless Chromium. Builds the worker (src/data/extract.worker.ts) with Vite,
 * serves it to a blank page, and sends it 5,000-word articles in Indonesian
 * and English made from the annotated texts (see eval-extract.ts). Prints,
 * for each, the time on a fresh worker (its code loaded and its tables built
 * by that first article), on a worker prepared beforehand (`prepareExtractWorker`,
 * as the editor does when its dialog opens), and the median of the next runs;
 * as the worker measures `extractEvents` and as the page waits for the answer.
 * Run: npm run bench:extract   (exit 1 when a fresh worker takes over 200 ms of extraction)
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-args.mjs';
import { TARGETS } from './eval-extract';
import { loadGoldArticles, longArticle } from './extract-gold';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ORIGIN = 'http://extract-bench.localhost';

async function buildWorker(out: string): Promise<string> {
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': join(ROOT, 'src') } },
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: join(ROOT, 'src/data/extract.worker.ts'), formats: ['es'], fileName: () => 'extract-worker.js' },
    },
  });
  return readFileSync(join(out, 'extract-worker.js'), 'utf8');
}

interface Timing {
  readonly language: string;
  readonly words: number;
  readonly proposals: number;
  /** In the worker: `extractEvents` alone (ms); the page: posting to answer, a fresh worker's start included. */
  readonly freshWorker: number;
  readonly freshPage: number;
  readonly warmWorker: number;
  readonly warmPage: number;
  /** A worker that was prepared (`prepareExtractWorker`) before the article came: the article alone. */
  readonly preparedWorker: number;
}

const PAGE_SCRIPT = `
window.runExtract = (text, language, runs, prepare) => new Promise((done) => {
  const worker = new Worker('${ORIGIN}/extract-worker.js', { type: 'module' });
  const times = [];
  let sent = 0;
  let started = 0;
  const send = () => { started = performance.now(); worker.postMessage({ id: sent += 1, text, published: '2024-06-30', language }); };
  worker.onmessage = (event) => {
    if (event.data.ok && event.data.draft === null) return send();
    const page = performance.now() - started;
    times.push({ worker: event.data.ms, page, proposals: event.data.ok ? event.data.draft.proposals.length : -1 });
    if (times.length < runs) send(); else { worker.terminate(); done(times); }
  };
  if (prepare) worker.postMessage({ id: 0, text: '', published: '', language, prepare: true });
  else send();
});`;

async function main(): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'linimasa-extract-bench-'));
  try {
    const workerCode = await buildWorker(out);
    const articles = loadGoldArticles();
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/extract-worker.js') return route.fulfill({ contentType: 'text/javascript', body: workerCode });
      return route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${PAGE_SCRIPT}</script>` });
    });
    await page.goto(`${ORIGIN}/`);
    const timings: Timing[] = [];
    for (const language of ['id', 'en'] as const) {
      const text = longArticle(articles, language, 5000);
      type Run = { worker: number; page: number; proposals: number };
      const run = (prepare: boolean, count: number) =>
        page.evaluate(
          ({ t, l, n, p }) =>
            (
              window as unknown as { runExtract: (t: string, l: string, n: number, p: boolean) => Promise<Run[]> }
            ).runExtract(t, l, n, p),
          { t: text, l: language, n: count, p: prepare },
        );
      const runs = await run(false, 6);
      const prepared = await run(true, 1);
      const rest = runs.slice(1);
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      timings.push({
        language,
        words: text.split(/\s+/).length,
        proposals: runs[0]?.proposals ?? 0,
        freshWorker: runs[0]?.worker ?? 0,
        freshPage: runs[0]?.page ?? 0,
        warmWorker: median(rest.map((r) => r.worker)),
        warmPage: median(rest.map((r) => r.page)),
        preparedWorker: prepared[0]?.worker ?? 0,
      });
    }
    const version = browser.version();
    await browser.close();
    console.log(`Chromium ${version}, extractor worker ${(workerCode.length / 1000).toFixed(0)} kB (minified)`);
    for (const t of timings) {
      console.log(
        `${t.words.toLocaleString('en')}-word ${t.language} article, ${t.proposals} proposals: fresh worker ${t.freshWorker.toFixed(0)} ms ` +
          `(${t.freshPage.toFixed(0)} ms from posting, loading the worker included); prepared worker ${t.preparedWorker.toFixed(0)} ms; ` +
          `then ${t.warmWorker.toFixed(0)} ms (${t.warmPage.toFixed(0)} ms)`,
      );
    }
    const over = timings.filter((t) => t.freshWorker > TARGETS.fiveThousandWordsMs);
    if (over.length > 0)
      console.log(`over ${TARGETS.fiveThousandWordsMs} ms: ${over.map((t) => t.language).join(', ')}`);
    return over.length > 0 ? 1 : 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = await main();
