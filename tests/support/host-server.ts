/**
 * A news site on another origin, for the embed tests: serves the host pages in tests/e2e/hosts/
 * with the embed's address filled in, Pym.js and the @newswire/frames host bundle from
 * node_modules (no CDN), and pages a test puts together itself (the story's own snippet).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const vendor: Record<string, string> = {
  '/vendor/pym.v1.min.js': join(dirname(require.resolve('pym.js/package.json')), 'dist/pym.v1.min.js'),
  '/vendor/frames.umd.js': join(dirname(require.resolve('@newswire/frames')), 'frames.umd.js'),
};

export interface HostServer {
  origin: string;
  /** Serves `html` at `path` from now on. */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

/** A host page from tests/e2e/hosts/<name>.html, with `{{EMBED_URL}}` replaced (as a JS string and an attribute). */
export function hostPage(name: 'pym' | 'frames' | 'snippet', replacements: Record<string, string>): string {
  let html = readFileSync(`tests/e2e/hosts/${name}.html`, 'utf8');
  for (const [key, value] of Object.entries(replacements)) html = html.replaceAll(`{{${key}}}`, value);
  return html;
}

export async function startHostServer(port: number): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const html = pages.get(path);
    if (vendor[path]) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(vendor[path]!));
    else if (html) res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end('not found');
  });
  // A retried test file may start again before the last server has let go of the port.
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt > 20) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, html) => void pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
