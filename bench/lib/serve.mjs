/**
 * A small static server for the built site, as a CDN would serve it: gzip for text (so
 * Lighthouse sees real transfer sizes, which `astro preview` does not compress), long caching
 * for hashed assets, 404s for the rest.
 *
 *   const server = await serveDist('dist', 4362); ... server.close();
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};
const TEXT = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg']);

/** Serves `dir` on 127.0.0.1:`port`; resolves once listening. */
export function serveDist(dir, port) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const ext = extname(file);
    const gzip = TEXT.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const key = `${file}|${gzip}`;
    if (!cache.has(key)) cache.set(key, gzip ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file));
    const body = cache.get(key);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
