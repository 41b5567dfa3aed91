/**
 * After the build, each page gets a `<link rel="modulepreload">` for every module its entry
 * scripts import statically, however deep. Without them the browser discovers a page's modules
 * one round trip at a time (entry, then the chunk it imports, then the next): on a phone each
 * round trip is a sixth of a second. Vite adds these links to HTML it builds itself; Astro's
 * pages do not get them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The relative modules a built chunk imports statically (`import…from"./x.js"`, `import"./x.js"`, `export…from"./x.js"`). */
export function staticImports(code: string): string[] {
  const found = code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g);
  return [...new Set([...found].map((m) => m[1]!))];
}

/** Site paths of every module `entry` (a site path) reaches through static imports, in discovery order. */
export async function moduleGraph(dist: string, entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (path: string) => {
    const code = await readFile(join(dist, path), 'utf8');
    for (const spec of staticImports(code)) {
      const dep = posix.join(posix.dirname(path), spec);
      if (seen.has(dep)) continue;
      seen.add(dep);
      await visit(dep);
    }
  };
  await visit(entry);
  seen.delete(entry);
  return [...seen];
}

/** Adds the preload links to one page's HTML (before `</head>`); returns it unchanged if there is nothing to add. */
export async function withModulePreloads(dist: string, html: string): Promise<string> {
  const entries = [...html.matchAll(/<script type="module" src="(\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const deps = new Set<string>();
  for (const entry of entries) for (const dep of await moduleGraph(dist, entry)) if (!entries.includes(dep)) deps.add(dep);
  const missing = [...deps].filter((dep) => !html.includes(`rel="modulepreload" href="${dep}"`));
  if (!missing.length) return html;
  return html.replace('</head>', `${missing.map((dep) => `<link rel="modulepreload" href="${dep}">`).join('')}</head>`);
}

export default function preloadModulesIntegration(): AstroIntegration {
  return {
    name: 'preload-modules',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const file = join(dist, page);
          const html = await readFile(file, 'utf8');
          const updated = await withModulePreloads(dist, html);
          if (updated !== html) await writeFile(file, updated);
        }
      },
    },
  };
}
