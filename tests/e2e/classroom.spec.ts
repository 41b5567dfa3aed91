/** What a teacher needs: glossary terms that explain themselves, names in their own script, citations, chapter links. */
import { expect, test } from '@playwright/test';
import { openStory } from './helpers';

test('a glossary term in the text opens its definition from the keyboard, and links to the glossary', async ({ page }) => {
  await openStory(page, '/?step=envoy-spa');
  const term = page.locator('#envoy-spa').getByRole('button', { name: /Supreme People.s Assembly/ });
  await term.focus();
  await page.keyboard.press('Enter');
  const pop = page.locator('.term-pop:popover-open');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText("North Korea's parliament");
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  await expect(page.locator('#glossary-spa')).toHaveText('SPA');
});

test('the glossary defines every term the classroom kit names', async ({ page }) => {
  await page.goto('/');
  const terms = await page.locator('.glossary dfn').allTextContents();
  for (const t of ['SRBM', 'EEZ', 'JCS', 'KCNA', 'SPA', 'NLL', 'BRICS', 'Hwasong-11', 'KN-23']) expect(terms).toContain(t);
  await expect(page.locator('.glossary')).toContainText(/Supreme People.s Assembly/);
});

test('people and places carry their names in Hangul or Cyrillic, marked with the language', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#envoy-choe-january [lang="ko"]')).toHaveText('최선희');
  await expect(page.locator('#envoy-shoigu-2023 [lang="ru"]').first()).toHaveText('Сергей Шойгу');
  const names = page.locator('table.names');
  const row = (name: string) => names.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('Kim Jong Un').locator('[lang="ko"]')).toHaveText('김정은');
  await expect(row('Vladivostok').locator('[lang="ru"]')).toHaveText('Владивосток');
});

test('each chapter has notice/wonder/headline prompts, questions, and links to its steps', async ({ page }) => {
  await page.goto('/');
  const chapters = page.locator('.classroom-chapter');
  await expect(chapters).toHaveCount(4);
  for (const chapter of await chapters.all()) {
    await expect(chapter.getByText('Notice:')).toBeVisible();
    await expect(chapter.getByText('Wonder:')).toBeVisible();
    await expect(chapter.getByText('Headline:')).toBeVisible();
    expect(await chapter.locator('.questions li').count()).toBeGreaterThanOrEqual(2);
  }
  const envoy = page.locator('.classroom-chapter', { has: page.getByRole('heading', { name: /The envoy/ }) });
  await envoy.getByText(/Link to one step/).click();
  await envoy.getByRole('link', { name: /June 2024/ }).click();
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  await expect(page.locator('figure[data-chart="timeline"]')).toHaveAttribute('data-current-step', 'envoy-putin-pyongyang');
});

test('the chapter list gives a reading time for each chapter', async ({ page }) => {
  await page.goto('/');
  const items = page.getByRole('navigation', { name: 'Chapters' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  for (let i = 0; i < 4; i++) await expect(items.nth(i)).toContainText(/\d+ min/);
});

test('"How to cite this page" copies APA, MLA and Chicago citations with the version date', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStory(page);
  const version = await page.locator('#cite time').getAttribute('datetime');
  expect(version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const style of ['APA', 'MLA', 'Chicago']) {
    await page.getByRole('button', { name: `Copy ${style} citation` }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/envoy and the arc/i);
    expect(copied).toMatch(new RegExp(String(new Date(`${version}T00:00:00Z`).getUTCFullYear())));
  }
  await expect(page.locator('#cite-apa')).toContainText(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)/);
});
