// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import preloadModules from './src/build/preload-modules.ts';
import subsetFonts from './src/build/subset-fonts.ts';
import offline from './src/build/offline.ts';

/**
 * d3-ease builds its parameterised easings (poly, back, elastic) with IIFEs that bundlers cannot
 * prove pure, so every page kept all of them (~1.4 KB) for d3-transition's one default easing.
 * Marking those calls pure lets the unused ones go; the used ones are unchanged.
 */
/** @type {import('vite').Plugin} */
const pureD3Ease = {
  name: 'pure-d3-ease',
  transform(code, id) {
    if (!/[\\/]d3-ease[\\/]dist[\\/]d3-ease\.mjs$/.test(id)) return null;
    return code.replace(/= \(function custom\(/g, '= /*#__PURE__*/(function custom(');
  },
};

export default defineConfig({
  // The address the site is published at; canonical links and embed snippets use it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // The sitemap lists pages only: not share cards, oEmbed JSON or embed pages (those are for iframes).
  // The story has no code blocks; Shiki's inline styles would only fight the CSP.
  markdown: { syntaxHighlight: false },
  // Each page is listed with its twin in the other edition (hreflang alternates).
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/(share|oembed|embed|icons|downloads)\/|\.(json|webmanifest|svg)$/.test(new URL(page).pathname),
      i18n: { defaultLocale: 'en', locales: { en: 'en', ko: 'ko' } },
    }),
    subsetFonts(),
    preloadModules(),
    offline(),
  ],
  // Tests that build bad fixture content use their own cache, never the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Two checkouts' or two runs' builds can live side by side (`ASTRO_OUT_DIR=dist-b`); preview serves the same folder.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  build: { inlineStylesheets: 'always' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // A Content Security Policy in a <meta> on every page: Astro hashes its own scripts and styles,
  // so no 'unsafe-inline' is needed; everything else may come from this origin only.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: { plugins: [pureD3Ease] },
});
