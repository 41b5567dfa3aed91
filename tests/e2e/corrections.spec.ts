/**
 * Corrections as a reader meets them: the wrong statements are gone, each correction has a note
 * where it changed the page and an entry in "What changed", and the same entries reach feed
 * readers as valid Atom, parsed here by a real feed parser.
 */
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { readFileSync } from 'node:fs';
import { listPages } from '../../bench/lib/weights.mjs';

test('the statements corrected in December 2026 no longer read as they did', async ({ page }) => {
  await page.goto('/');
  const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
  for (const gone of [
    'on her way to Moscow',
    'across its own territory',
    'Russian tankers',
    '46 sailors aboard',
    'what both sides called',
    'more often than at any time in decades',
    'a third of the UN',
    'Every flow is a claim',
    'Every flow on the chart is a claim by one side and denied by the other',
    'A week earlier, another launch; North Korea claims 320 km',
    'South Korea measured about 400 km; North Korea said 320 km',
  ]) {
    // "What changed" quotes the old wording on purpose; everywhere else it must be gone.
    const outsideChangelog = await page.evaluate((phrase) => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('#what-changed, .change-note').forEach((el) => el.remove());
      return clone.textContent!.replace(/\s+/g, ' ').includes(phrase);
    }, gone);
    expect(outsideChangelog, `"${gone}" still reads on the page`).toBe(false);
  }
  expect(text).toContain('North Korean tankers');
  expect(text).toContain('46 sailors on a South Korean warship were killed');
});

test('a reader arriving by a shared step link sees the correction note there, and it leads to "What changed"', async ({ page }) => {
  await page.goto('/?step=arc-context');
  const note = page.locator('#arc-context .change-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Corrections');
  await note.locator('summary').click();
  const link = note.getByRole('link', { name: 'What changed' }).first();
  const target = (await link.getAttribute('href'))!;
  await link.click();
  const entry = page.locator(target);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Correction');
  await expect(entry).toContainText('Dec 2, 2026');
  await expect(entry).toContainText('Now:');
});

test('"What changed" labels every entry a correction or an update, dated, and each correction says what was wrong and what is right', async ({ page }) => {
  await page.goto('/');
  const entries = page.locator('#what-changed .changelog > li');
  const count = await entries.count();
  expect(count).toBeGreaterThanOrEqual(20);
  for (let i = 0; i < count; i++) {
    const entry = entries.nth(i);
    const kind = await entry.getAttribute('data-change');
    await expect(entry.locator('strong').first()).toHaveText(kind === 'correction' ? 'Correction' : 'Update');
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    if (kind === 'correction') {
      await expect(entry).toContainText('An earlier version was wrong.');
      await expect(entry).toContainText('Now:');
    }
  }
  // Every correction with a place has a note at that place.
  const places = await entries.evaluateAll((lis) =>
    lis.map((li) => li.querySelector<HTMLAnchorElement>('a[href^="/?step="], a[href^="/#"]')?.getAttribute('href')).filter(Boolean),
  );
  for (const href of new Set(places)) {
    const id = href!.replace(/^\/\?step=|^\/#/, '');
    expect(await page.locator(`[id="${id}"] .change-note, [id="${id}"] ~ .change-note`).count(), `no note at ${id}`).toBeGreaterThan(0);
  }
});

test('the Atom feed of changes is valid, complete, and linked from every page', async ({ page, request }) => {
  const response = await request.get('/updates.xml');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/application\/atom\+xml|text\/xml|application\/xml/);
  const xml = await response.text();
  // Well-formed by the browser's own XML parser, with the Atom namespace on its root.
  const root = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.querySelector('parsererror') ? 'not well-formed' : `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`;
  }, xml);
  expect(root).toBe('http://www.w3.org/2005/Atom feed');

  const feed = parseFeed(xml);
  expect(feed.meta.type).toBe('atom');
  expect(feed.title).toMatch(/what changed/);
  expect(feed.updated).toBeInstanceOf(Date);
  expect(feed.authors.length).toBeGreaterThan(0);
  expect(feed.self).toMatch(/\/updates\.xml$/);

  const entries = readFileSync('content/data/updates.yaml', 'utf8').match(/^- id: /gm)!.length;
  expect(feed.items).toHaveLength(entries);
  const ids = feed.items.map((item) => item.id);
  expect(new Set(ids).size, 'entry ids are unique').toBe(ids.length);
  for (const item of feed.items) {
    expect(item.id).toMatch(/^tag:[^,]+,\d{4}-\d{2}-\d{2}:envoy-and-the-arc\/updates\/[a-z0-9-]+$/);
    expect(item.title).toMatch(/^(Correction|Update): /);
    expect(item.updated).toBeInstanceOf(Date);
    expect(item.content ?? item.description).toBeTruthy();
    expect(item.url).toMatch(/^https?:\/\/[^/]+\/(\?step=[a-z0-9-]+|#[a-z0-9-]+)?$/);
    expect(item.categories.map((c) => c.term)).toEqual([item.title!.startsWith('Correction') ? 'correction' : 'update']);
  }
  // Newest first, as feed readers expect.
  const times = feed.items.map((item) => item.updated!.getTime());
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  for (const { route, file } of listPages('dist')) {
    expect(readFileSync(file, 'utf8'), `${route} links the feed`).toContain('<link rel="alternate" type="application/atom+xml" href="/updates.xml"');
  }
});
