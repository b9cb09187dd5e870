// The benchmark's own static server: the built app at `/` and the generated
// datasets at `/bench-data/`, on 127.0.0.1, same origin, with no compression
// (so transfer sizes are raw bytes and gzip is computed separately).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.csv', 'text/csv; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
  ['.map', 'application/json; charset=utf-8'],
  ['.webmanifest', 'application/manifest+json'],
]);

/** A file inside `root` for a URL path, or null when the path leaves it or names no file. */
function fileIn(root, urlPath) {
  const file = resolve(root, `.${urlPath}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server on `port` (0, the default: any free one); resolves with its origin and a `close()`.
 * `distDir` is served at `/` (paths without an extension fall back to index.html),
 * `dataDir` at `/bench-data/`.
 */
export function startServer(distDir, dataDir, port = 0) {
  const dist = resolve(distDir);
  const data = resolve(dataDir);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = null;
    if (path.startsWith('/bench-data/')) file = fileIn(data, path.slice('/bench-data'.length));
    else {
      file = fileIn(dist, path === '/' ? '/index.html' : path);
      if (!file && extname(path) === '') file = fileIn(dist, '/index.html');
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES.get(extname(file)) ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
      // Lets Resource Timing report sizes and phases for every response.
      'Timing-Allow-Origin': '*',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      done({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
