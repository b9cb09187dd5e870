import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const SERVED_EXTENSIONS = new Map([
  ['.json', 'application/json; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.csv', 'text/csv; charset=utf-8'],
]);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return SERVED_EXTENSIONS.has(extname(name)) ? [path] : [];
  });
}

/**
 * Serves the top-level `data/` folder at `/data/` in development and copies it
 * into the build, so datasets are fetched as static files and never inlined in
 * the JavaScript bundle.
 */
export function bundledDataPlugin(dataDir: string): Plugin {
  const root = resolve(dataDir);
  return {
    name: 'linimasa-bundled-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        // A module import of a data file (the catalogue, in the entry script) is Vite's to serve as JavaScript.
        if (url.searchParams.has('import')) return next();
        const file = resolve(root, '.' + decodeURIComponent(url.pathname));
        const type = SERVED_EXTENSIONS.get(extname(file));
        // Only files inside data/ with a known extension; anything else falls through to a 404.
        if (!type || !file.startsWith(root + sep)) return next();
        try {
          const body = readFileSync(file);
          res.setHeader('Content-Type', type);
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of listFiles(root)) {
        this.emitFile({
          type: 'asset',
          fileName: ['data', ...relative(root, file).split(sep)].join('/'),
          source: readFileSync(file),
        });
      }
    },
  };
}
