// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // The address the site is published at; canonical links and embed snippets use it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [mdx()],
  build: { inlineStylesheets: 'always' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
