// Serves the demo on localhost with the built widget at /dist/, under the strict
// Content-Security-Policy (with Trusted Types) the widget promises to work with.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Maps a URL path to a file under demo/ or dist/, refusing anything outside them. */
function fileFor(pathname) {
  const path = decodeURIComponent(pathname);
  const relative =
    path === '/' ? 'demo/index.html' : path.startsWith('/dist/') ? path.slice(1) : `demo${path}`;
  const file = normalize(`${root}${relative}`);
  const allowed = [`${root}demo${sep}`, `${root}dist${sep}`];
  return allowed.some((dir) => file.startsWith(dir)) ? file : null;
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  try {
    if (!file) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`vif-help demo: http://localhost:${port}/ (Ctrl+C to stop)`);
});
