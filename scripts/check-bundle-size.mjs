// Checks the JavaScript budget of the first render: the entry script of dist/index.html
// and every chunk it pulls in before it runs (its static imports, followed through the Vite
// manifest, and any modulepreload link), gzipped at level 9. Dynamic imports are not counted,
// even those the app starts at once (the dataset parser, the actor graph on a wide screen):
// they load alongside the first render, not before it. Prints one line with the figure;
// exits 1 over budget, 2 when there is no build.
// Run after `vite build`: node scripts/check-bundle-size.mjs [distDir]
import { existsSync, readFileSync } from 'node:fs';
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

const sizes = [...initial]
  .map((file) => ({ file: file.replace(/^assets\//, ''), bytes: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }))
  .sort((a, b) => b.bytes - a.bytes);
const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const over = total > BUDGET_KB * 1000;
console.log(
  `initial JS: ${kb(total)} gzipped (budget ${BUDGET_KB} KB)${over ? `, ${kb(total - BUDGET_KB * 1000)} OVER` : ''}: ` +
    sizes.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join(', '),
);
process.exit(over ? 1 : 0);
