// A second origin for the embed tests: a news-like host page on another port that
// embeds the app from LINIMASA_APP_ORIGIN. `/explainer?q=<query>` sets the iframe's query.
import { createServer } from 'node:http';

const port = Number(process.env.LINIMASA_HOST_PORT ?? 4174);
const app = process.env.LINIMASA_APP_ORIGIN ?? 'http://127.0.0.1:4173';
const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (url.pathname !== '/explainer') {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const query = url.searchParams.get('q') ?? 'embed=1&lang=en';
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An explainer</title></head><body>
<h1>An explainer</h1><p>Some paragraph before the embed.</p>
<iframe id="story" src="${escape(`${app}/?${query}`)}" title="Linimasa timeline" width="100%" height="200" style="border:0;width:100%"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" data-linimasa></iframe>
<p>A paragraph after.</p>
<script src="${escape(app)}/embed.js"></script></body></html>`);
}).listen(port, '127.0.0.1');
