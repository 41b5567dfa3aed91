/**
 * The offline copy of each edition, made after the build: a Workbox service worker (`/sw.js`, and
 * `/ko/sw.js` for the Korean edition, whose scope is /ko/) whose precache is
 * every file a class needs with no network (the story, its embeds, print stills, chart data,
 * scripts, fonts, app icons), and `/offline.json`, which tells the page what a save will store
 * and which version it is.
 *
 * Everything, HTML included, is precached by content revision: a saved copy is always one whole
 * version (never new HTML beside scripts that are gone), a new deploy fetches only the files
 * that changed, and the page can offer the new version instead of swapping it in silently.
 * Nothing here runs for a reader who does not save: the page registers the worker on "Save for
 * offline", or later only if a copy was saved before (src/offline/save.ts).
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';
import { LOCALES, localePrefix, type Locale } from '../i18n/locales';

/**
 * What the offline copy holds. Not share cards, oEmbed, feeds or sitemaps: those are for other sites.
 * Of the downloads, the data page, the tables and the slides (a class works with them offline);
 * not the 80 step pictures and their archive (19 MB), which a teacher downloads once, online.
 */
export const OFFLINE_FILES = [
  'index.html',
  'embed/**/index.html',
  'print/*.svg',
  'data/*.json',
  'data/index.html',
  'downloads/*.csv',
  'downloads/*.json',
  'downloads/*_slides.html',
  '_astro/**/*',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
];
export const OFFLINE_INFO = 'offline.json';
/** Files every edition's copy shares: scripts, styles, fonts, icons. */
const SHARED_FILES = new Set(['_astro/**/*', 'favicon.svg', 'icons/*.png']);

/** The files an edition's copy holds, relative to the site's root: the English list, its pages under the edition's prefix. */
export function offlineFiles(locale: Locale): string[] {
  const prefix = localePrefix(locale).replace(/^\//, '');
  return OFFLINE_FILES.map((f) => (prefix && !SHARED_FILES.has(f) ? `${prefix}/${f}` : f));
}

/** The page's own parameters (`?step=`, `?present=`, an embed's `?theme=`) all open the same saved file; `?fresh` asks the network. */
export const IGNORED_PARAMETERS = /^(?!fresh$)/;

export interface OfflineInfo {
  /** Changes with every file that changes. */
  version: string;
  lastUpdated: string;
  /** What a save stores: the files' bytes as the browser keeps them (uncompressed). */
  bytes: number;
  files: Array<{ url: string; bytes: number }>;
  /** "What changed", newest first. */
  changes: Array<{ id: string; date: string; title: string; href: string }>;
}

/** A version id from the files' revisions: any change to any file changes it. */
export function versionOf(entries: Array<{ url: string; revision: string | null }>): string {
  const hash = createHash('sha256');
  for (const { url, revision } of [...entries].sort((a, b) => a.url.localeCompare(b.url))) hash.update(`${url} ${revision ?? 'hashed'}\n`);
  return hash.digest('hex').slice(0, 12);
}

export default function offline(): AstroIntegration {
  return {
    name: 'offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const locale of LOCALES) await writeCopy(fileURLToPath(dir), locale, logger);
      },
    },
  };
}

/** One edition's service worker and its offline.json. The English worker's scope, `/`, holds the other editions' scopes, but the browser lets the narrowest scope control a page. */
async function writeCopy(dist: string, locale: Locale, logger: { info(m: string): void; warn(m: string): void }): Promise<void> {
        const prefix = localePrefix(locale).replace(/^\//, '');
        const at = (file: string) => (prefix ? `${prefix}/${file}` : file);
        const globPatterns = offlineFiles(locale);
        // The English copy leaves the other editions' pages to their own workers.
        const globIgnores = locale === 'en' ? LOCALES.filter((l) => l !== 'en').map((l) => `${l}/**`) : [];
        const common = { globDirectory: dist, globPatterns, globIgnores, maximumFileSizeToCacheInBytes: 4 * 1024 * 1024 };
        const { manifestEntries = [] } = await getManifest(common);
        const files = await Promise.all(manifestEntries.map(async (e) => ({ url: `/${e.url}`, bytes: (await stat(join(dist, e.url))).size })));
        // The endpoint wrote the story's part (its date and changes); the build adds the files.
        const infoPath = join(dist, at(OFFLINE_INFO));
        const story = JSON.parse(await readFile(infoPath, 'utf8')) as Pick<OfflineInfo, 'lastUpdated' | 'changes'>;
        const info: OfflineInfo = {
          version: versionOf(manifestEntries.map((e) => ({ url: e.url, revision: e.revision ?? null }))),
          lastUpdated: story.lastUpdated,
          bytes: files.reduce((sum, f) => sum + f.bytes, 0),
          files,
          changes: story.changes,
        };
        await writeFile(infoPath, JSON.stringify(info));
        const { count, size, warnings } = await generateSW({
          ...common,
          globPatterns: [...globPatterns, at(OFFLINE_INFO)],
          swDest: join(dist, at('sw.js')),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          // A new version waits until the reader chooses "Update": never swapped in under an open lesson.
          skipWaiting: false,
          // The first save controls the open page at once, so it works offline without a reload.
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          directoryIndex: 'index.html',
          // Site-absolute addresses: an edition's worker lives in its own folder (/ko/sw.js).
          modifyURLPrefix: { '': '/' },
          ignoreURLParametersMatching: [IGNORED_PARAMETERS],
          // Vite's content-hashed files are their own revision.
          dontCacheBustURLsMatching: /^\/?_astro\//,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${locale} service worker precaches ${count} files, ${(size / 1024).toFixed(1)} KB; version ${info.version}`);
}
