// Checks the JavaScript budget of the first render: the entry script of dist/index.html
// and every chunk the page fetches with it (its static imports, followed through the Vite
// manifest, and every modulepreload link: the app the entry starts), gzipped at level 9. Code
// the app fetches on its own is not counted in the budget but printed on a second line: the
// dataset reader (fetched by the entry alongside the dataset; it reads a story on the page,
// and TimelineJS and CSV files), the validation worker (started only for a large download,
// it checks the data while the page builds it) and the actor graph (fetched at once on a
// wide screen, when its tab is chosen on a narrow one); and, on a third line, what the browser
// installs for offline use in an idle moment after the first render: the service worker with
// its Workbox runtime, the page's code that registers it, and the web app manifest. A further
// line gives the editor's code, fetched only when someone writes or edits a story, the next
// the extractor's worker, which loads only when a person asks for a draft from an article, and the
// last the map's: its view, its geometry worker and the two boundary files the worker fetches as a
// view needs them.
// Exits 1 over budget, 2 when there is no build.
// Run after `vite build`: node scripts/check-bundle-size.mjs [distDir]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for initial JavaScript, in kB of gzip (1 kB = 1,000 bytes, as Vite reports sizes). */
const BUDGET_KB = 120;

const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
const htmlPath = join(dist, 'index.html');

function fail(message) {
  console.error(`check-bundle-size: ${message}`);
  process.exit(2);
}

if (!existsSync(htmlPath)) fail(`${htmlPath} is missing: run vite build first`);
if (!existsSync(manifestPath)) fail(`${manifestPath} is missing: vite.config.ts must set build.manifest`);

const html = readFileSync(htmlPath, 'utf8');
/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

// Paths in index.html carry the base ("/assets/x.js" or "./assets/x.js"); manifest files do not.
const base = (path) => path.replace(/^(?:\.?\/)+/, '').replace(/^.*?(assets\/)/, '$1');
const attribute = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

const entryScripts = [...html.matchAll(/<script\b[^>]*>/gi)]
  .map(([tag]) => (/type\s*=\s*["']module["']/i.test(tag) ? attribute(tag, 'src') : undefined))
  .filter((src) => src !== undefined)
  .map(base);
const preloads = [...html.matchAll(/<link\b[^>]*>/gi)]
  .map(([tag]) => (/rel\s*=\s*["']modulepreload["']/i.test(tag) ? attribute(tag, 'href') : undefined))
  .filter((href) => href !== undefined)
  .map(base);
if (entryScripts.length === 0) fail(`no <script type="module" src> in ${htmlPath}`);

const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
for (const file of [...entryScripts, ...preloads]) {
  const key = byFile.get(file);
  if (key === undefined) {
    // A script the manifest does not know (none today): count it as it is.
    if (file.endsWith('.js')) initial.add(file);
  } else visit(key);
}

// The app the entry starts (the chunk scripts/vite/preload-app-start.ts names "start") must be preloaded
// by index.html: without it the page fetches the app only once the entry has run, and this budget
// would measure the entry alone.
const appStart = Object.values(manifest).find((chunk) => chunk.name === 'start');
if (!appStart) fail('no chunk named "start" in the build: scripts/vite/preload-app-start.ts did not group the app');
if (!initial.has(appStart.file)) fail(`${htmlPath} has no modulepreload link for the app's start (${appStart.file})`);

const sizes = [...initial]
  .map((file) => ({
    file: file.replace(/^assets\//, ''),
    bytes: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }))
  .sort((a, b) => b.bytes - a.bytes);
const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const over = total > BUDGET_KB * 1000;
console.log(
  `initial JS: ${kb(total)} gzipped (budget ${BUDGET_KB} KB)${over ? `, ${kb(total - BUDGET_KB * 1000)} OVER` : ''}: ` +
    sizes.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join(', '),
);

// What else loads at start, for the record: the dataset reader, the validation worker and the graph view, with their imports.
const chunkWithImports = (key) => {
  const files = new Set();
  const add = (k) => {
    const chunk = manifest[k];
    if (!chunk || files.has(chunk.file) || initial.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  add(key);
  return [...files];
};
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const worker = readdirSync(join(dist, 'assets')).filter((f) => /^validate-dataset\.worker-.*\.js$/.test(f));
const graphKey = Object.keys(manifest).find((k) => k.endsWith('views/graph/graph-view.tsx'));
const readerKey = Object.keys(manifest).find((k) => k.endsWith('data/dataset-reader.ts'));
const extras = [
  ['dataset reader', readerKey ? chunkWithImports(readerKey) : []],
  ['validation worker (large datasets)', worker.map((f) => `assets/${f}`)],
  ['actor graph', graphKey ? chunkWithImports(graphKey) : []],
].filter(([, files]) => files.length > 0);
if (extras.length > 0) {
  console.log(
    `also fetched as the page starts, not in the budget: ${extras.map(([name, files]) => `${name} ${kb(files.reduce((sum, f) => sum + gz(f), 0))}`).join(', ')}`,
  );
}

// The offline pieces, also outside the budget: fetched once the story is on screen and the browser is idle.
const sizeOf = (files) => kb(files.reduce((sum, f) => sum + gz(f), 0));
const top = readdirSync(dist);
const serviceWorker = top.filter((f) => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f));
const registerKey = Object.keys(manifest).find((k) => k.endsWith('app/register-service-worker.ts'));
const offline = [
  ['service worker (sw.js and Workbox)', serviceWorker],
  // The registration and Workbox's window library, which it imports on demand.
  [
    'its registration',
    registerKey ? [registerKey, ...(manifest[registerKey].dynamicImports ?? [])].flatMap(chunkWithImports) : [],
  ],
  ['web app manifest', top.filter((f) => f.endsWith('.webmanifest'))],
].filter(([, files]) => files.length > 0);
if (offline.length > 0) {
  console.log(
    `installed for offline use after the first render, not in the budget: ${offline.map(([name, files]) => `${name} ${sizeOf(files)}`).join(', ')}`,
  );
}
// The editor: its page and everything it imports that the viewer has not loaded already.
const editorKey = Object.keys(manifest).find((k) => k.endsWith('app/editor-page.tsx'));
if (editorKey) {
  const files = chunkWithImports(editorKey);
  console.log(
    `editor, fetched when someone writes or edits a story, not in the budget: ${sizeOf(files)} gzipped in ${files.length} files (${files.map((f) => `${f.replace(/^assets\//, '')} ${kb(gz(f))}`).join(', ')})`,
  );
}

// Loaded only when a person asks for a draft from an article: the extractor's worker with the chunks it imports.
const workerWithImports = (file) => {
  const files = new Set();
  const add = (f) => {
    if (files.has(f) || !existsSync(join(dist, f))) return;
    files.add(f);
    const code = readFileSync(join(dist, f), 'utf8');
    for (const [, path] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) add(join('assets', path));
  };
  add(file);
  return [...files];
};
const extractor = readdirSync(join(dist, 'assets')).find((f) => /^extract\.worker-.*\.js$/.test(f));
if (extractor) {
  const files = workerWithImports(`assets/${extractor}`);
  console.log(
    `loaded only when a draft is asked for, not in the budget: extractor worker ${sizeOf(files)} (${files.length} file${files.length === 1 ? '' : 's'})`,
  );
} else {
  console.log('extractor worker: not in this build (nothing imports src/data/extract-client.ts yet)');
}
// The map: its view when the map is first shown, and its worker, which fetches the boundary file the view needs.
const mapKey = Object.keys(manifest).find((k) => k.endsWith('views/map/map-view.tsx'));
const assets = readdirSync(join(dist, 'assets'));
const asset = (pattern) => assets.filter((f) => pattern.test(f)).map((f) => `assets/${f}`);
if (mapKey) {
  const view = chunkWithImports(mapKey);
  const parts = [
    `view ${sizeOf(view)} (${view.map((f) => `${f.replace(/^assets\//, '')} ${kb(gz(f))}`).join(', ')})`,
    `geometry worker ${sizeOf(asset(/^map-geometry\.worker-.*\.js$/))}`,
    `boundaries 1:110 million ${sizeOf(asset(/^countries-110m-.*\.js$/))}`,
    `boundaries 1:50 million ${sizeOf(asset(/^countries-50m-.*\.js$/))} (for regional views)`,
  ];
  console.log(`map, fetched when it is first shown, not in the budget: ${parts.join(', ')}`);
}
process.exit(over ? 1 : 0);
