/**
 * What JavaScript a page really loads, and its gzipped size: every script response the browser
 * fetched (module entries, their imports, dynamic imports it made) plus inline scripts.
 * Shared by the embed test (budget) and scripts/embed-size.mjs (the numbers for the benchmark).
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import budgets from '../../bench/budgets.json' with { type: 'json' };

export interface JsWeight {
  files: Array<{ url: string; bytes: number; gzip: number }>;
  /** Inline `<script>`s that are code (not JSON data). */
  inline: { bytes: number; gzip: number };
  /** Gzipped bytes of all of it. */
  gzip: number;
}

/** The budget for an embed page's JavaScript, gzipped, from the one budgets file. */
export const EMBED_JS_BUDGET: number = budgets.pages.find((p) => p.prefix === '/embed/')!.js;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Opens `url`, waits until `<html data-<readyFlag>="ready">` (a function, not a string: the
 * pages' CSP forbids eval), and weighs the JavaScript it loaded.
 */
export async function jsWeight(page: Page, url: string, readyFlag: string): Promise<JsWeight> {
  const bodies = new Map<string, Promise<Buffer>>();
  const onResponse = (response: import('@playwright/test').Response) => {
    const type = response.request().resourceType();
    if (type === 'script' || /\.m?js(\?|$)/.test(response.url())) bodies.set(response.url(), response.body());
  };
  page.on('response', onResponse);
  await page.goto(url);
  await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'ready', readyFlag);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);

  const files = await Promise.all(
    [...bodies].map(async ([file, body]) => {
      const buffer = await body;
      return { url: new URL(file).pathname, bytes: buffer.length, gzip: gz(buffer) };
    }),
  );
  const inlineCode = await page.$$eval('script:not([src])', (scripts) =>
    (scripts as HTMLScriptElement[]).filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent ?? ''),
  );
  const inlineText = inlineCode.join('\n');
  const inline = { bytes: Buffer.byteLength(inlineText), gzip: inlineText ? gz(inlineText) : 0 };
  return { files, inline, gzip: files.reduce((sum, f) => sum + f.gzip, 0) + inline.gzip };
}
