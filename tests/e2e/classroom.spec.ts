/** What a teacher needs: glossary terms that explain themselves, names in their own script, citations, chapter links. In each edition. */
import { citations, koreanCitations } from '../../src/lib/site';
import { chapterOf, chaptersIn, rowIn } from '../support/edition-content';
import { expect, test } from './edition';
import { openStory } from './helpers';

interface GlossaryRow {
  term: string;
  expansion?: string;
  definition: string;
}
interface NameRow {
  name: string;
  local?: string;
  lang?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words as the page sets them: the story's prose turns straight apostrophes into typographic ones. */
const asSet = (text: string) => new RegExp(escapeRegExp(text).replace(/['’]/g, "['’]"));

test('a glossary term in the text opens its definition from the keyboard, and links to the glossary', async ({ page, edition }) => {
  const spa = rowIn<GlossaryRow>('glossary', 'spa', edition.locale);
  await openStory(page, edition.at('/?step=envoy-spa'));
  // The chapter names the parliament in full; the term's button is those words.
  const term = page.locator('#envoy-spa').getByRole('button', { name: asSet(spa.expansion!) });
  await term.focus();
  await page.keyboard.press('Enter');
  const pop = page.locator('.term-pop:popover-open');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText(spa.definition);
  await expect(pop.getByRole('link', { name: edition.words.term.inGlossary })).toHaveAttribute('href', '#glossary-spa');
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  await expect(page.locator('#glossary-spa')).toHaveText(spa.term);
});

test('the glossary defines every term the classroom kit names', async ({ page, edition }) => {
  await page.goto(edition.at('/'));
  const terms = await page.locator('.glossary dfn').allTextContents();
  for (const id of ['srbm', 'eez', 'jcs', 'kcna', 'spa', 'nll', 'brics', 'hwasong-11', 'kn-23']) expect(terms).toContain(rowIn<GlossaryRow>('glossary', id, edition.locale).term);
  await expect(page.locator('.glossary')).toContainText(rowIn<GlossaryRow>('glossary', 'spa', edition.locale).expansion!);
});

test('people and places carry their names in Hangul or Cyrillic, marked with the language', async ({ page, edition }) => {
  await page.goto(edition.at('/'));
  // A Korean name is in Hangul: beside the name in English, marked Korean; in the Korean edition, the name itself.
  const choe = rowIn<NameRow>('people', 'choe-son-hui', edition.locale);
  const hangul = page.locator('#envoy-choe-january').getByText(choe.local!).last();
  await expect(hangul).toBeVisible();
  expect(await hangul.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ko');
  if (choe.lang !== edition.locale) await expect(page.locator('#envoy-choe-january [lang="ko"]')).toHaveText(choe.local!);
  // A Russian name is in Cyrillic beside it, in every edition.
  await expect(page.locator('#envoy-shoigu-2023 [lang="ru"]').first()).toHaveText(rowIn<NameRow>('people', 'sergei-shoigu', edition.locale).local!);
  const names = page.locator('table.names');
  const row = (name: string) => names.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row(rowIn<NameRow>('people', 'kim-jong-un', edition.locale).name).locator('td[lang="ko"]')).toHaveText(rowIn<NameRow>('people', 'kim-jong-un', 'en').local!);
  await expect(row(rowIn<NameRow>('places', 'vladivostok', edition.locale).name).locator('td[lang="ru"]')).toHaveText(rowIn<NameRow>('places', 'vladivostok', 'en').local!);
});

test('the names table gives each name in the edition, in its own script, and in English where the edition is another language', async ({ page, edition }) => {
  const t = edition.words.classroom;
  const translated = edition.locale !== 'en';
  await page.goto(edition.at('/'));
  const names = page.getByRole('table', { name: t.namesCaption });
  await expect(names.getByRole('columnheader')).toHaveText(translated ? [t.namesHead[0]!, t.englishHead, t.namesHead[1]!, t.namesHead[2]!] : [...t.namesHead]);
  for (const [kind, id] of [['people', 'kim-jong-un'], ['people', 'sergei-lavrov'], ['places', 'vladivostok']] as const) {
    const own = rowIn<NameRow>(kind, id, edition.locale);
    const english = rowIn<NameRow>(kind, id, 'en');
    const row = names.locator('tr', { has: page.getByRole('rowheader', { name: own.name, exact: true }) });
    await expect(row).toHaveCount(1);
    // The English column: the English name, marked English; none in the English edition.
    if (translated) await expect(row.locator('td[lang="en"]')).toHaveText(english.name);
    else await expect(row.locator('td[lang="en"]')).toHaveCount(0);
  }
  if (translated) await expect(names.locator('tbody td[lang="en"]')).toHaveCount(await names.locator('tbody tr').count());
});

test('each chapter has notice/wonder/headline prompts, questions, and links to its steps', async ({ page, edition }) => {
  const t = edition.words.classroom;
  await page.goto(edition.at('/'));
  const chapters = page.locator('.classroom-chapter');
  await expect(chapters).toHaveCount(4);
  for (const chapter of await chapters.all()) {
    for (const [name] of t.prompts) await expect(chapter.getByText(name!)).toBeVisible();
    // The prompts in full, in the edition's words.
    await expect(chapter.locator('.prompts li')).toHaveText(t.prompts.map(([name, prompt]) => `${name} ${prompt}`));
    expect(await chapter.locator('.questions li').count()).toBeGreaterThanOrEqual(2);
  }
  const envoyChapter = chapterOf(edition.locale, 'timeline');
  const envoy = page.locator('.classroom-chapter', { has: page.getByRole('heading', { name: envoyChapter.title }) });
  await envoy.getByText(t.stepLinks(envoyChapter.steps.length)).click();
  // Each step is linked by its takeaway: Putin's visit to Pyongyang in June 2024.
  const putin = envoyChapter.steps.find((s) => s.id === 'envoy-putin-pyongyang')!;
  await envoy.getByRole('link', { name: putin.takeaway, exact: true }).click();
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  expect(new URL(page.url()).pathname).toBe(edition.at('/'));
  await expect(page.locator('figure[data-chart="timeline"]')).toHaveAttribute('data-current-step', 'envoy-putin-pyongyang');
});

test('the chapter list gives a reading time for each chapter', async ({ page, edition }) => {
  await page.goto(edition.at('/'));
  const items = page.getByRole('navigation', { name: edition.words.masthead.chapters }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  const titles = chaptersIn(edition.locale).map((c) => c.title);
  // "12 min" in English: the edition's phrase around any number.
  const minutes = new RegExp(escapeRegExp(edition.words.masthead.minutes(999)).replace('999', '\\d+'));
  for (let i = 0; i < 4; i++) {
    await expect(items.nth(i)).toContainText(titles[i]!);
    await expect(items.nth(i)).toContainText(minutes);
  }
  await expect(items.nth(4)).toContainText(edition.words.masthead.classroomLink);
});

test('"How to cite this page" copies each citation the edition offers, with the version date', async ({ page, context, edition }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStory(page, edition.at('/'));
  const version = (await page.locator('#cite time').getAttribute('datetime'))!;
  expect(version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // The page cites its own address in the edition, as the build knows it.
  const url = new URL(edition.at('/'), (await page.locator('link[rel="canonical"]').getAttribute('href'))!).toString();
  // English: APA, MLA and Chicago. Korean: a report's or homework's footnote, and APA, as Korean schools ask.
  const expected: Record<string, string> = edition.locale === 'ko' ? koreanCitations(url, version) : citations(url, version);
  const forms = page.locator('#cite .citation');
  await expect(forms).toHaveCount(Object.keys(expected).length);
  expect(await forms.locator('p').evaluateAll((ps) => ps.map((p) => p.id))).toEqual(Object.keys(expected).map((id) => `cite-${id}`));
  for (const [id, text] of Object.entries(expected)) {
    await expect(page.locator(`#cite-${id}`)).toHaveText(text);
    const copy = page.locator(`button[data-copy="cite-${id}"]`);
    // "Copy APA citation": the edition's phrase around the form's name.
    await expect(copy).toHaveAccessibleName(new RegExp(`^${escapeRegExp(edition.words.cite.copy('\u0000')).replace('\u0000', '.+')}$`));
    await copy.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(text);
    expect(copied.toLowerCase()).toContain(edition.words.site.name.toLowerCase());
    expect(copied).toMatch(new RegExp(String(new Date(`${version}T00:00:00Z`).getUTCFullYear())));
  }
  // Every edition offers APA, under that name; in English dated "(2026, December 2)".
  await expect(page.getByRole('button', { name: edition.words.cite.copy('APA') })).toBeVisible();
  if (edition.locale === 'en') await expect(page.locator('#cite-apa')).toContainText(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)/);
  if (edition.locale === 'ko') await expect(page.locator('#cite dt').first()).toHaveText(/\p{Script=Hangul}/u);
});
