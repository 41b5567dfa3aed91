/**
 * Corrections as a reader meets them: the wrong statements are gone, each correction has a note
 * where it changed the page and an entry in "What changed", and the same entries reach feed
 * readers as valid Atom, parsed here by a real feed parser. In each edition: the Korean page and
 * its feed (/ko/updates.xml) carry the same entries in Korean.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { readFileSync } from 'node:fs';
import { listPages } from '../../bench/lib/weights.mjs';
import { LOCALES } from '../../src/i18n/locales';
import { dateRange } from '../../src/lib/dates';
import { DIST } from '../support/dist';
import { chaptersIn, rowsIn } from '../support/edition-content';
import { expect, test, type Edition } from './edition';

type Change = { kind: 'correction'; date: string; at?: string; was: string; now: string } | { kind: 'update'; date: string; at?: string; text: string };

/** Every entry of content/data/updates.yaml, in the edition's words. */
const changesIn = (edition: Edition) => rowsIn<Change>('updates', edition.locale);
/** An entry's label: "Correction" or "Update" in the edition. */
const labelOf = (edition: Edition, c: Change) => (c.kind === 'correction' ? edition.words.changes.correction : edition.words.changes.update);
/** The site paths of an edition's pages: `/ko/…` for Korean, the rest for English. */
const inEdition = (edition: Edition, route: string) => {
  const prefixed = LOCALES.find((l) => l !== 'en' && route.startsWith(`/${l}/`));
  return (prefixed ?? 'en') === edition.locale;
};
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the statements corrected in December 2026 no longer read as they did', async ({ page, edition }) => {
  test.skip(edition.locale !== 'en', 'The wrong statements were English sentences; the Korean edition was translated from the corrected text, so it has no old wording to look for. Its "What changed" is checked below.');
  await page.goto(edition.at('/'));
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

test('a reader arriving by a shared step link sees the correction note there, and it leads to "What changed"', async ({ page, edition }) => {
  const t = edition.words.changes;
  const here = changesIn(edition).filter((c) => c.data.at === 'arc-context');
  expect(here.length).toBeGreaterThan(0);
  await page.goto(edition.at('/?step=arc-context'));
  const note = page.locator('#arc-context .change-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText(t.corrections);
  await note.locator('summary').click();
  // Each change at this place, in the edition's words.
  for (const { data } of here) await expect(note).toContainText(data.kind === 'correction' ? data.now : data.text);
  const link = note.getByRole('link', { name: t.heading }).first();
  const target = (await link.getAttribute('href'))!;
  expect(here.map((c) => `#change-${c.id}`)).toContain(target);
  const change = here.find((c) => `#change-${c.id}` === target)!.data;
  await link.click();
  const entry = page.locator(target);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(t.correction);
  await expect(entry).toContainText(dateRange(change.date, undefined, edition.locale));
  await expect(entry).toContainText(t.now);
});

test('"What changed" labels every entry a correction or an update, dated, and each correction says what was wrong and what is right', async ({ page, edition }) => {
  const t = edition.words.changes;
  const changes = changesIn(edition);
  await page.goto(edition.at('/'));
  const entries = page.locator('#what-changed .changelog > li');
  await expect(entries).toHaveCount(changes.length);
  const count = await entries.count();
  expect(count).toBeGreaterThanOrEqual(20);
  for (let i = 0; i < count; i++) {
    const entry = entries.nth(i);
    const kind = await entry.getAttribute('data-change');
    await expect(entry.locator('strong').first()).toHaveText(kind === 'correction' ? t.correction : t.update);
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    // The entry in the edition's words, as content/data/updates.yaml gives it.
    const anchor = await entry.getAttribute('id');
    const change = changes.find((c) => `change-${c.id}` === anchor)!.data;
    expect(change.kind).toBe(kind);
    if (change.kind === 'correction') {
      await expect(entry).toContainText(t.wasWrong);
      await expect(entry).toContainText(t.now);
      await expect(entry).toContainText(change.was);
      await expect(entry).toContainText(change.now);
    } else await expect(entry).toContainText(change.text);
  }
  // Every correction with a place has a note at that place, on this edition's page.
  const home = edition.at('/');
  const places = await entries.evaluateAll(
    (lis, home) => lis.map((li) => li.querySelector<HTMLAnchorElement>(`a[href^="${home}?step="], a[href^="${home}#"]`)?.getAttribute('href')).filter(Boolean),
    home,
  );
  expect(places).toHaveLength(changes.filter((c) => c.data.at).length);
  for (const href of new Set(places)) {
    const id = href!.replace(new RegExp(`^${escapeRegExp(home)}(\\?step=|#)`), '');
    expect(await page.locator(`[id="${id}"] .change-note, [id="${id}"] ~ .change-note`).count(), `no note at ${id}`).toBeGreaterThan(0);
  }
});

test('the Atom feed of changes is valid, complete, in the edition’s language, and linked from every page of the edition', async ({ page, request, edition }) => {
  const feedPath = edition.at('/updates.xml');
  const response = await request.get(feedPath);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/application\/atom\+xml|text\/xml|application\/xml/);
  const xml = await response.text();
  // Well-formed by the browser's own XML parser, with the Atom namespace on its root, in the edition's language.
  const root = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.querySelector('parsererror')
      ? 'not well-formed'
      : `${doc.documentElement.namespaceURI} ${doc.documentElement.localName} ${doc.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')}`;
  }, xml);
  expect(root).toBe(`http://www.w3.org/2005/Atom feed ${edition.locale}`);

  const feed = parseFeed(xml);
  expect(feed.meta.type).toBe('atom');
  expect(feed.title).toBe(edition.words.site.feedTitle);
  expect(feed.updated).toBeInstanceOf(Date);
  expect(feed.authors.length).toBeGreaterThan(0);
  expect(new URL(feed.self!).pathname).toBe(feedPath);
  // The feed's page is the edition's story.
  expect(new URL(feed.url!).pathname).toBe(edition.at('/'));

  const changes = changesIn(edition);
  expect(changes).toHaveLength(readFileSync('content/data/updates.yaml', 'utf8').match(/^- id: /gm)!.length);
  expect(feed.items).toHaveLength(changes.length);
  const ids = feed.items.map((item) => item.id);
  expect(new Set(ids).size, 'entry ids are unique').toBe(ids.length);
  const stepIds = chaptersIn(edition.locale).flatMap((c) => c.steps.map((s) => s.id));
  for (const item of feed.items) {
    // tag:<host>,<date>:envoy-and-the-arc/updates/<id>, the Korean under …/ko/updates/.
    expect(item.id).toMatch(new RegExp(`^tag:[^,]+,\\d{4}-\\d{2}-\\d{2}:envoy-and-the-arc${escapeRegExp(edition.at('/updates/'))}[a-z0-9-]+$`));
    const change = changes.find((c) => item.id!.endsWith(`/updates/${c.id}`))!.data;
    // Titled and worded as "What changed" words it, in the edition's language.
    expect(item.title).toBe(`${labelOf(edition, change)}: ${change.kind === 'correction' ? change.was : change.text}`);
    expect(item.updated).toBeInstanceOf(Date);
    const content = item.content ?? item.description ?? '';
    expect(content).toContain(change.kind === 'correction' ? change.now : change.text);
    // It links to the place on the edition's page.
    const url = new URL(item.url!);
    expect(url.pathname).toBe(edition.at('/'));
    expect(`${url.search}${url.hash}`).toBe(!change.at ? '' : stepIds.includes(change.at) ? `?step=${change.at}` : `#${change.at}`);
    expect(item.categories.map((c) => c.term)).toEqual([change.kind]);
  }
  // Newest first, as feed readers expect.
  const times = feed.items.map((item) => item.updated!.getTime());
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  // The edition's pages; not its downloads (the slide deck), which listPages skips only in the English folder.
  const pages = listPages(DIST).filter((p: { route: string }) => inEdition(edition, p.route) && !/^\/([a-z]{2}\/)?downloads\//.test(p.route));
  expect(pages.length).toBeGreaterThan(10);
  for (const { route, file } of pages) {
    expect(readFileSync(file, 'utf8'), `${route} links the feed`).toContain(`<link rel="alternate" type="application/atom+xml" href="${feedPath}"`);
  }
});
