// A plain static host for the browser tests, like a newsroom bucket, a project site on a code host
// or a school's web space: it serves the files of a folder under a path, a folder's index.html,
// a redirect that adds a folder's trailing slash, and 404 for anything else. No fallback page, and
// no header but Content-Type (and Location): whatever keeps the app safe must come from dist/.
import { cpSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

/** A running plain host: its origin, the address of the served folder (ending in `/`), and how to stop it. */
export interface PlainHost {
  readonly origin: string;
  readonly url: string;
  /** Stops answering at once, open connections included: the network has gone. */
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Serves `root` at `prefix` (such as `/graphics/linimasa/`) on a free port of 127.0.0.1. With
 * `cors`, it plays a data host that lets any site read its files (`Access-Control-Allow-Origin: *`).
 */
export async function startPlainHost(root: string, prefix: string, { cors = false } = {}): Promise<PlainHost> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const inFolder = `${path}/` === prefix ? '' : path.startsWith(prefix) ? path.slice(prefix.length) : null;
    const file = inFolder === null ? null : resolve(base, `.${sep}${inFolder}`);
    if (
      file === null ||
      (file !== base && !file.startsWith(base + sep)) ||
      (req.method !== 'GET' && req.method !== 'HEAD')
    ) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    if (isFolder(file) && !path.endsWith('/')) {
      // As hosts do: /graphics/linimasa → /graphics/linimasa/, so relative addresses resolve inside the folder.
      res.writeHead(301, { Location: `${path}/${url.search}` }).end();
      return;
    }
    const target = isFolder(file) ? join(file, 'index.html') : file;
    if (!isFile(target)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(target));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** A copy of the built site in a new temporary folder, for a test that changes what is published. */
export function copyOfBuild(dist = 'dist'): string {
  if (!isFile(join(dist, 'index.html')))
    throw new Error(`${dist}/index.html is missing: run \`npx vite build\` first (npm test does)`);
  const copy = mkdtempSync(join(tmpdir(), 'linimasa-site-'));
  cpSync(dist, copy, { recursive: true });
  return copy;
}
