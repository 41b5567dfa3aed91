/**
 * A small static server for the built site, as a CDN would serve it: text compressed with
 * Brotli when the browser accepts it (every current browser does, and the hosts a static site
 * goes to — Netlify, Cloudflare, Vercel — serve it), else gzip; so Lighthouse sees real transfer
 * sizes, which `astro preview` does not compress. Long caching for hashed assets, 404s for the rest.
 *
 *   const server = await serveDist('dist', 4362); ... server.close();
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};
const TEXT = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg']);

/** The body as sent: Brotli at its best quality, gzip -9, or as it is. */
function compress(bytes, encoding) {
  if (encoding === 'br') return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  if (encoding === 'gzip') return gzipSync(bytes, { level: 9 });
  return bytes;
}

/**
 * Serves `dir` on 127.0.0.1:`port`; resolves once listening. Every text file is compressed
 * before the first request, as a CDN's edge would have it, so no measured response waits on it.
 */
export function serveDist(dir, port) {
  const cache = new Map();
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = join(dir, entry);
    if (!TEXT.has(extname(file)) || !statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    for (const encoding of ['br', 'gzip']) cache.set(`${file}|${encoding}`, compress(bytes, encoding));
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const ext = extname(file);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !TEXT.has(ext) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    const key = `${file}|${encoding}`;
    if (!cache.has(key)) cache.set(key, compress(readFileSync(file), encoding));
    const body = cache.get(key);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      ...(TEXT.has(ext) ? { vary: 'accept-encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
