/**
 * What each built page costs a reader on first load, read from `dist/` alone: the page's HTML,
 * the stylesheets and scripts it links (following every static and dynamic import, since the
 * story loads its chart modules at start), every font file its CSS declares (an upper bound:
 * the browser fetches only the subsets whose characters appear) and eager images and icons.
 * Text is measured gzip -9 compressed; woff2 and images as they are.
 *
 *   pageWeight('dist', 'dist/index.html')
 *   // { route: '/', html: 26264, css: 0, js: 27730, fonts: 141404, other: 180, total: 195578, files: [...] }
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, posix, sep } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** Every built HTML page (each `index.html` and any other `.html`) under `distDir`, as site paths. */
export function listPages(distDir) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      // Downloads (the slide deck, say) are files to take away, not pages of the site.
      if (statSync(file).isDirectory()) {
        if (!/^(\w+\/)?downloads$/.test(relative(distDir, file).split('\\').join('/'))) walk(file);
      }
      else if (name.endsWith('.html')) pages.push({ route: routeOf(distDir, file), file });
    }
  };
  walk(distDir);
  return pages;
}

/** `dist/embed/timeline/index.html` -> `/embed/timeline/`. */
export function routeOf(distDir, file) {
  const rel = relative(distDir, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Compressed size of a file as a server would send it: gzip -9 for text, as is for binary formats. */
export function transferSize(file) {
  const bytes = readFileSync(file);
  return /\.(woff2?|png|jpe?g|webp|avif|gif)$/i.test(file) ? bytes.length : gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
}

const kindOf = (url) => (/\.m?js$/.test(url) ? 'js' : /\.css$/.test(url) ? 'css' : /\.(woff2?|ttf|otf)$/.test(url) ? 'fonts' : 'other');

/** Attribute values of tags matching `tagPattern` in `html` (a small, sufficient reader of Astro's output). */
function attrs(html, tagPattern) {
  return [...html.matchAll(tagPattern)].map((m) => {
    const out = {};
    for (const a of m[0].matchAll(/([\w:-]+)(?:=("([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) out[a[1].toLowerCase()] = a[3] ?? a[4] ?? a[5] ?? '';
    return out;
  });
}

/** Same-site URLs referenced by a script or stylesheet: imports, preload lists, `url()`s. */
export function referencedUrls(text, kind) {
  const urls = new Set();
  if (kind === 'js') {
    // Bundled chunks name each other in string literals of any quote style: from"./a.js", import(`./b.js`).
    // Template literals with `${…}` are built at run time, not files in the build.
    for (const m of text.matchAll(/["'`]((?:\.{1,2}\/|\/)[^"'`\s]+?\.(?:m?js|css))["'`]/g)) if (!m[1].includes('${')) urls.add(m[1]);
  } else {
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/g)) if (!m[1].startsWith('data:') && !m[1].startsWith('#')) urls.add(m[1]);
    for (const m of text.matchAll(/@import\s+["']([^"']+)["']/g)) urls.add(m[1]);
  }
  return [...urls];
}

/** Resolves a reference from `fromUrl` (a site path) to a site path; null for other origins. */
function resolveUrl(ref, fromUrl) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null;
  const clean = ref.split(/[?#]/)[0];
  return clean.startsWith('/') ? posix.normalize(clean) : posix.normalize(posix.join(posix.dirname(fromUrl), clean));
}

/**
 * First-load weight of one built page. With `fetched` (the same-site paths a browser requested
 * while loading it), the weight counts exactly those files: a dynamic import of a chart that the
 * page does not show is then left out. Without it, every reachable file counts (an upper bound).
 * References that do not resolve to a built file are listed in `missing` either way.
 */
export function pageWeight(distDir, file, { fetched } = {}) {
  const route = routeOf(distDir, file);
  const html = readFileSync(file, 'utf8');
  const pageUrl = route.endsWith('/') ? route + 'index.html' : route;
  const totals = { html: transferSize(file), css: 0, js: 0, fonts: 0, other: 0 };
  const files = [{ url: pageUrl, kind: 'html', bytes: totals.html }];
  const missing = [];
  const seen = new Set();
  const queue = [];
  const add = (ref, from) => {
    // Markup that a script builds (`<script src="${…}">` in an embed snippet) is not loaded by the page.
    if (!ref || ref.includes('${')) return;
    const url = resolveUrl(ref, from);
    if (url && !seen.has(url)) {
      seen.add(url);
      queue.push(url);
    }
  };
  // Inline styles and module scripts can reference files too.
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) referencedUrls(m[1], 'css').forEach((u) => add(u, pageUrl));
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)) referencedUrls(m[1], 'js').forEach((u) => add(u, pageUrl));
  for (const a of attrs(html, /<script\b[^>]*\bsrc=[^>]*>/g)) add(a.src, pageUrl);
  for (const a of attrs(html, /<link\b[^>]*>/g)) {
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.some((r) => ['stylesheet', 'modulepreload', 'preload', 'icon'].includes(r))) add(a.href, pageUrl);
  }
  for (const a of attrs(html, /<img\b[^>]*>/g)) if (a.loading !== 'lazy' && a.src) add(a.src, pageUrl);

  while (queue.length) {
    const url = queue.shift();
    const path = join(distDir, ...url.split('/').filter(Boolean));
    if (!existsSync(path)) {
      missing.push(url);
      continue;
    }
    const kind = kindOf(url);
    const bytes = transferSize(path);
    totals[kind] += bytes;
    files.push({ url, kind, bytes });
    if (kind === 'js' || kind === 'css') referencedUrls(readFileSync(path, 'utf8'), kind).forEach((u) => add(u, url));
  }
  if (fetched) {
    for (const kind of ['css', 'js', 'fonts', 'other']) totals[kind] = 0;
    files.length = 1;
    for (const url of new Set(fetched)) {
      const path = join(distDir, ...url.split('/').filter(Boolean));
      if (url === route || url === pageUrl || !existsSync(path) || statSync(path).isDirectory()) continue;
      const kind = kindOf(url);
      const bytes = transferSize(path);
      totals[kind] += bytes;
      files.push({ url, kind, bytes });
    }
  }
  const total = totals.html + totals.css + totals.js + totals.fonts + totals.other;
  return { route, ...totals, total, files, missing };
}

/** The budget rule for a page: the first whose prefix starts its path. */
export function pageRule(budgets, route) {
  return budgets.pages.find((r) => route.startsWith(r.prefix));
}

/**
 * Every page's weight against its budget rule, one row per page and measure.
 *
 *   checkPageBudgets([{ route: '/', js: 60000, total: 90000 }], { pages: [{ prefix: '/', js: 50000 }] })
 *   // [{ route: '/', metric: 'js', value: 60000, limit: 50000, ok: false }]
 */
export function checkPageBudgets(weights, budgets) {
  const rows = [];
  for (const w of weights) {
    const rule = pageRule(budgets, w.route);
    if (!rule) continue;
    for (const metric of ['html', 'css', 'js', 'fonts', 'total']) {
      if (typeof rule[metric] !== 'number') continue;
      rows.push({ route: w.route, metric, value: w[metric], limit: rule[metric], ok: w[metric] <= rule[metric] });
    }
  }
  return rows;
}
