// Serves the demo on localhost with the built widget at /dist/, under the strict
// Content-Security-Policy (with Trusted Types) the widget promises to work with.
// The end-to-end tests reuse startServer() to serve their own pages the same way.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ownRoot = fileURLToPath(new URL('../..', import.meta.url));
/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
export const STRICT_CSP = [
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

/**
 * Maps a URL path to a file: /dist/… from dist/, anything else from `pagesDir`, "/" to its
 * index.html. Paths that would leave those folders are refused.
 * @param {string} pathname the URL's path
 * @param {string} pagesDir the folder of pages, relative to the project
 * @param {string} projectRoot ends with a separator
 * @returns {string | null}
 */
function fileFor(pathname, pagesDir, projectRoot) {
  const path = decodeURIComponent(pathname);
  const relative =
    path === '/'
      ? `${pagesDir}/index.html`
      : path.startsWith('/dist/')
        ? path.slice(1)
        : `${pagesDir}${path}`;
  const file = normalize(`${projectRoot}${relative}`);
  const allowed = [`${normalize(`${projectRoot}${pagesDir}`)}${sep}`, `${projectRoot}dist${sep}`];
  return allowed.some((dir) => file.startsWith(dir)) ? file : null;
}

/** Brotli at the quality a server would precompress with, once per file and content. */
/** @type {Map<string, NonSharedBuffer>} */
const compressed = new Map();
/**
 * @param {string} file
 * @param {NonSharedBuffer} body
 * @returns {NonSharedBuffer}
 */
function brotli(file, body) {
  const key = `${file}:${body.length}`;
  if (!compressed.has(key))
    compressed.set(
      key,
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    );
  return /** @type {NonSharedBuffer} */ (compressed.get(key));
}

/**
 * Starts the server; resolves to its origin and a close function. Port 0 picks a free port.
 * `root` serves another checkout's dist/ and pages (the bench's "before"); `compress` sends
 * brotli to a browser that accepts it, as a real server does (the bench counts bytes sent).
 */
export function startServer({
  port = 8000,
  pagesDir = 'demo',
  csp = STRICT_CSP,
  root = ownRoot,
  compress = false,
} = {}) {
  const projectRoot = root.endsWith(sep) ? root : `${root}${sep}`;
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(pathname, pagesDir, projectRoot);
    try {
      if (!file) throw new Error('outside the served folders');
      let body = await readFile(file);
      /** @type {Record<string, string>} */
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      };
      if (compress && /\bbr\b/.test(String(request.headers['accept-encoding']))) {
        body = brotli(file, body);
        headers['Content-Encoding'] = 'br';
        headers['Vary'] = 'Accept-Encoding';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        origin: `http://localhost:${actualPort}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer({ port: Number(process.env.PORT ?? 8000) });
  console.log(`vif-help demo: ${origin}/ (Ctrl+C to stop)`);
}
