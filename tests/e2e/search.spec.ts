import { expect, test, type Page } from '@playwright/test';
import { sortNewestFirst, writtenYear } from '../../src/lib/grouping';
import { diskDocs } from './support/content';
import { pageTexts } from './support/search-truth';

/**
 * Search against the built site. Expected result sets come from the documents' own pages:
 * the text a reader sees in the document body, folded the way the issue defines matching
 * (width, case, whitespace and line breaks do not matter; punctuation does).
 */
const docs = diskDocs();
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/gu, '')
    .toLowerCase();

let bodyTexts: Map<string, string> | undefined;

/** Folded body text of every document page, keyed by path (/docs/<id>/). */
async function texts(page: Page): Promise<Map<string, string>> {
  bodyTexts ??= new Map([...(await pageTexts(page))].map(([path, text]) => [path, fold(text)]));
  return bodyTexts;
}

async function expected(page: Page, query: string): Promise<string[]> {
  const terms = query
    .split(/[\s\u3000]+/u)
    .filter(Boolean)
    .map(fold);
  const map = await texts(page);
  return [...map]
    .filter(([, t]) => terms.every((term) => t.includes(term)))
    .map(([p]) => p)
    .sort();
}

const results = (page: Page) => page.getByTestId('search-results');

async function searchFor(page: Page, search: string): Promise<void> {
  await page.goto(`/search/${search}`);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
}

/** Paths of the documents in the result list (all pages of results). */
async function resultPaths(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) await more.click();
  const hrefs = await results(page)
    .locator('.search-result-title a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.sort();
}

for (const phrase of ['以学铸魂', '举旗帜、聚民心', '15分钟', 'LED', '文明实践', '魂']) {
  test(`“${phrase}” finds exactly the documents that contain it`, async ({ page }) => {
    const want = await expected(page, phrase);
    expect(want.length, 'the phrase occurs in the library').toBeGreaterThan(0);
    await searchFor(page, `?q=${encodeURIComponent(phrase)}`);
    expect(await resultPaths(page)).toEqual(want);
    await expect(page.getByRole('status')).toContainText(`找到 ${want.length} 篇`);
    // Every shown section marks the phrase itself.
    const marks = await results(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(fold(m)).toContain(fold(phrase));
  });
}

test('punctuation inside a phrase must match: 举旗帜聚民心 is not 举旗帜、聚民心', async ({ page }) => {
  const want = await expected(page, '举旗帜聚民心');
  const wantComma = await expected(page, '举旗帜、聚民心');
  expect(wantComma, 'the library tells the two apart').not.toEqual(want);
  await searchFor(page, `?q=${encodeURIComponent('举旗帜聚民心')}`);
  const found = await resultPaths(page);
  expect(found).toEqual(want);
  await searchFor(page, `?q=${encodeURIComponent('举旗帜、聚民心')}`);
  const foundComma = await resultPaths(page);
  expect(foundComma).toEqual(wantComma);
  expect(foundComma).not.toEqual(found);
});

test('a single character together with a phrase: both must occur', async ({ page }) => {
  const q = '魂 15分钟';
  const want = await expected(page, q);
  expect(want.length, 'some documents hold both').toBeGreaterThan(0);
  expect(want.length, 'fewer than hold the character').toBeLessThan((await expected(page, '魂')).length);
  await searchFor(page, `?q=${encodeURIComponent(q)}`);
  expect(await resultPaths(page)).toEqual(want);
});

test('space-separated terms must all occur', async ({ page }) => {
  const [a, b] = ['举旗帜、聚民心', '网络文明'];
  const want = await expected(page, `${a} ${b}`);
  // Only terms that narrow each other tell "all terms" from "the first term" or "any term".
  expect(want.length, 'some documents hold both').toBeGreaterThan(0);
  expect(want.length, 'fewer than hold either term').toBeLessThan(Math.min((await expected(page, a)).length, (await expected(page, b)).length));
  await searchFor(page, `?q=${encodeURIComponent(`${a} ${b}`)}`);
  expect(await resultPaths(page)).toEqual(want);
  await expect(page.getByRole('status')).toContainText(`找到 ${want.length} 篇`);
});

test('a phrase that occurs nowhere finds nothing and says what to try', async ({ page }) => {
  await searchFor(page, `?q=${encodeURIComponent('以学铸魂聚民心育新人')}`);
  await expect(results(page).locator('li')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('没有找到');
  await expect(page.locator('[data-search-none]')).toContainText('缩短词句');
});

test('results update while typing, without losing focus, and the URL follows', async ({ page }) => {
  const want = (await expected(page, '以学铸魂')).length;
  await searchFor(page, '');
  await expect(page.locator('[data-search-empty]')).toBeVisible();
  const box = page.getByRole('searchbox', { name: /查找确切的词句/ });
  await box.click();
  await page.keyboard.type('以学铸魂', { delay: 30 });
  await expect(results(page).locator('.search-result')).toHaveCount(want, { timeout: 5000 });
  await expect(box).toBeFocused();
  await expect(page).toHaveURL(/\?q=%E4%BB%A5%E5%AD%A6%E9%93%B8%E9%AD%82$/);
});

test('while an input method composes, the pinyin in the box is not searched; the chosen characters are', async ({ page }) => {
  const want = (await expected(page, '以学铸魂')).length;
  // Playwright's clock instead of a sleep: time stands still while the pinyin sits in the box.
  await page.clock.install();
  await searchFor(page, '');
  const box = page.getByRole('searchbox', { name: /查找确切的词句/ });
  await box.click();
  const compose = (value: string, end: boolean) =>
    box.evaluate(
      (el, [v, done]) => {
        const input = el as HTMLInputElement;
        if (!done) input.dispatchEvent(new CompositionEvent('compositionstart'));
        input.value = v as string;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: v as string }));
        if (done) input.dispatchEvent(new CompositionEvent('compositionend', { data: v as string }));
      },
      [value, end] as const,
    );
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await compose('yixuezhuhun', false);
  // Past the typing pause (180 ms), firing its timer: a search would have started and written the URL.
  await page.clock.runFor(600);
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-search-empty]')).toBeVisible();
  await page.clock.resume();
  await compose('以学铸魂', true);
  await expect(results(page).locator('.search-result')).toHaveCount(want, { timeout: 5000 });
  await expect(page).toHaveURL(/\?q=%E4%BB%A5%E5%AD%A6%E9%93%B8%E9%AD%82$/);
});

test('facet filters show counts for the query; OR within a facet, AND across facets', async ({ page }) => {
  const phrase = '举旗帜、聚民心';
  const want = await expected(page, phrase);
  const byPath = new Map(docs.map((d) => [`/docs/${d.id}/`, d]));
  await searchFor(page, `?q=${encodeURIComponent(phrase)}`);
  const yearCounts = new Map<string, number>();
  for (const p of want) for (const y of byPath.get(p)!.years) yearCounts.set(String(y), (yearCounts.get(String(y)) ?? 0) + 1);
  const years = page.locator('[data-facet-group="year"]');
  for (const [y, n] of yearCounts) {
    await expect(years.locator(`label:has(input[value="${y}"]) .search-facet-count`)).toHaveText(`（${n}）`);
  }
  // The per-year chart shows the same numbers.
  for (const [y, n] of yearCounts) await expect(page.locator(`[data-search-bars] li[data-year="${y}"]`)).toContainText(`${n} 篇`);

  // The most frequent year that leaves some documents out: the filter must narrow the list.
  const [year, n] = [...yearCounts].filter(([, c]) => c < want.length).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  await years.locator(`input[value="${year}"]`).check();
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  const ofYear = want.filter((p) => byPath.get(p)!.years.includes(Number(year)));
  const byYear = await resultPaths(page);
  expect(byYear).toEqual(ofYear);
  expect(byYear.length).toBeLessThan(want.length);
  await expect(page.getByRole('status')).toContainText(`找到 ${n} 篇`);
  // Other years keep their counts for OR: choosing one year does not zero the others.
  for (const [y, c] of yearCounts) await expect(years.locator(`label:has(input[value="${y}"]) .search-facet-count`)).toHaveText(`（${c}）`);

  // AND across facets: a level narrows further (one held by the phrase's documents, not by all
  // of this year's: none of them when they share one level).
  const levels = [...new Set(want.map((p) => byPath.get(p)!.level))].sort();
  const countOf = (l: string) => ofYear.filter((p) => byPath.get(p)!.level === l).length;
  const level = levels.find((l) => countOf(l) > 0 && countOf(l) < ofYear.length) ?? levels.find((l) => countOf(l) < ofYear.length)!;
  expect(level, 'a level that narrows this year’s results').toBeDefined();
  await page.locator(`[data-facet-group="level"] input[value="${level}"]`).check();
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  const both = await resultPaths(page);
  expect(both).toEqual(ofYear.filter((p) => byPath.get(p)!.level === level));
  expect(both.length).toBeLessThan(byYear.length);
});

test('filters without a query browse the library', async ({ page }) => {
  const want = docs
    .filter((d) => d.types.includes('summary'))
    .map((d) => `/docs/${d.id}/`)
    .sort();
  await searchFor(page, '?type=summary');
  expect(await resultPaths(page)).toEqual(want);
});

/** Paths of the results in the order shown (all pages of results). */
async function shownPaths(page: Page): Promise<string[]> {
  await resultPaths(page); // every page of results shown
  return results(page)
    .locator('.search-result-title a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

test('the search lives in the URL: reload and the back button restore it', async ({ page }) => {
  await searchFor(page, `?q=${encodeURIComponent('举旗帜、聚民心')}`);
  const all = await resultPaths(page);
  await page.locator('[data-search-sort]').selectOption('year');
  await expect(page).toHaveURL(/sort=year/);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  // Sorted by year: newest first in the catalog's one order (written year, src/lib/grouping.ts), as shown.
  const shown = await shownPaths(page);
  const byPath = new Map(docs.map((d) => [`/docs/${d.id}/`, { id: d.id, data: d }]));
  expect(shown).toEqual(sortNewestFirst(shown.map((p) => byPath.get(p)!)).map((d) => `/docs/${d.id}/`));
  expect(new Set(shown.map((p) => writtenYear(byPath.get(p)!))).size, 'results of more than one year to sort').toBeGreaterThan(1);
  // A type that some results have and some don't: the filter narrows the list.
  const types = await page.locator('[data-facet-group="type"] label').evaluateAll((ls) =>
    ls.map((l) => ({
      value: l.querySelector('input')!.value,
      count: Number(/\d+/.exec(l.querySelector('.search-facet-count')?.textContent ?? '')?.[0] ?? 0),
    })),
  );
  const type = types.find((t) => t.count > 0 && t.count < all.length)!.value;
  await page.locator(`[data-facet-group="type"] input[value="${type}"]`).check();
  await expect(page).toHaveURL(new RegExp(`type=${type}`));
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  const filtered = await resultPaths(page);
  expect(filtered.length).toBeLessThan(all.length);
  expect(filtered.length).toBeGreaterThan(0);

  await page.reload();
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  expect(await resultPaths(page)).toEqual(filtered);
  await expect(page.locator(`[data-facet-group="type"] input[value="${type}"]`)).toBeChecked();
  await expect(page.locator('[data-search-sort]')).toHaveValue('year');

  await page.goBack();
  await expect(page).not.toHaveURL(/type=/);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  expect(await resultPaths(page)).toEqual(all);
  await expect(page.getByRole('searchbox', { name: /查找确切的词句/ })).toHaveValue('举旗帜、聚民心');
});

test('a section link opens the document at that section with the phrase highlighted', async ({ page }) => {
  await searchFor(page, `?q=${encodeURIComponent('以学铸魂')}`);
  const section = results(page).locator('a.search-section').first();
  const href = (await section.getAttribute('href'))!;
  // A section (#s2-1) or a paragraph outside the numbered parts (#p1): a permanent anchor.
  expect(href).toMatch(/\?highlight=.+#[sp][\w-]*\d$/);
  await section.click();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toHaveCount(1);
  const mark = target.locator('mark[data-search-highlight]').first();
  await expect(mark).toHaveText('以学铸魂');
  await expect(mark).toBeInViewport();
});

test('keyboard: / focuses the box, arrows move through results, Enter opens', async ({ page }) => {
  await searchFor(page, `?q=${encodeURIComponent('15分钟')}`);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: /查找确切的词句/ });
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const links = results(page).locator('a');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  const href = (await links.nth(0).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(href.split('?')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('/ on any page focuses the header search box', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
});

test('a query over 100 characters is trimmed with a note', async ({ page }) => {
  await searchFor(page, `?q=${encodeURIComponent('文明'.repeat(60))}`);
  await expect(page.locator('[data-search-note]')).toBeVisible();
  await expect(page.locator('[data-search-note]')).toContainText('100');
});

test('without JavaScript the page says so and offers the browse pages', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/search/?q=以学铸魂');
  await expect(page.getByText('搜索需要浏览器启用 JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: '按年份浏览' }).first()).toBeVisible();
  await context.close();
});

test('when the index cannot be loaded the page says so and offers the browse pages', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/search/?q=以学铸魂');
  await expect(page.locator('[data-search-error]')).toBeVisible();
  await expect(page.locator('[data-search-error]')).toContainText('搜索暂时无法使用');
  await expect(page.locator('[data-search-error]').getByRole('link', { name: '按主题浏览' })).toBeVisible();
});
