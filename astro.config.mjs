// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * d3-ease builds its parameterised easings (poly, back, elastic) with IIFEs that bundlers cannot
 * prove pure, so every page kept all of them (~1.4 KB) for d3-transition's one default easing.
 * Marking those calls pure lets the unused ones go; the used ones are unchanged.
 */
/** @type {import('vite').Plugin} */
const pureD3Ease = {
  name: 'pure-d3-ease',
  transform(code, id) {
    if (/[\\/]d3-ease[\\/]dist[\\/]d3-ease\.mjs$/.test(id)) return code.replace(/= \(function custom\(/g, '= /*#__PURE__*/(function custom(');
  },
};

export default defineConfig({
  // The address the site is published at; canonical links and embed snippets use it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [mdx()],
  // Tests that build bad fixture content use their own cache, never the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { inlineStylesheets: 'always' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: { plugins: [pureD3Ease] },
});
