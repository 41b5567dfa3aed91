import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import type { EditionOptions } from './tests/e2e/edition';

/**
 * End-to-end tests against the real build, served by `astro preview`.
 * Browser: $CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 */
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.PORT ?? 4321);
/** Specs about what both editions share, run once. */
const EDITION_INDEPENDENT = [/quality\.spec\.ts/];

export default defineConfig<EditionOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // A test.only left behind would silently skip the rest of the suite.
  forbidOnly: !!process.env.CI,
  // Most of a test's time is the browser waiting (frames, transitions, a service worker), not the
  // CPU, so on CI four workers share the 2 cores; PW_WORKERS overrides.
  workers: Number(process.env.PW_WORKERS) || (process.env.CI ? 4 : undefined),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Each edition runs the suite: the same tests, in English at / and in Korean at /ko/ (tests/e2e/edition.ts).
  // Files that test what the editions share (the build's files, the offline machinery) run once, in `en`.
  projects: [
    { name: 'en', use: { ...devices['Desktop Chrome'], channel: undefined, editionLocale: 'en' } },
    // A Korean reader's browser: its language is Korean too.
    { name: 'ko', use: { ...devices['Desktop Chrome'], channel: undefined, editionLocale: 'ko', locale: 'ko-KR' }, testIgnore: EDITION_INDEPENDENT },
  ],
  webServer: {
    command: `npm run build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Never reuse a server: another checkout may be serving a different build on this port.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
