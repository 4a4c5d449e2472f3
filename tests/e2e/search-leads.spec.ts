import { expect, test, type Page } from '@playwright/test';
import { expectedPaths, fold, openSearch, resultsList } from './support/search-truth';
import { occurrences, pagePassages, type PagePassage } from './support/passages';

/**
 * Search that leads somewhere (issue 18): every matching passage of a result (全部 N 处), each
 * passage shown put into the 写作篮, a query that finds nothing exactly leading to the documents
 * that hold its parts, and the documents most about a phrase first. Expected figures come from
 * the built document pages, never from the search code.
 */

const card = (page: Page, path: string) =>
  resultsList(page)
    .locator('.search-result')
    .filter({ has: page.locator(`.search-result-title a[href^="${path}"]`) });

/** The document with the most passages holding a phrase, and those passages. */
async function mostPassages(page: Page, phrase: string): Promise<{ path: string; passages: PagePassage[] }> {
  const all = await pagePassages(page);
  let best = { path: '', passages: [] as PagePassage[] };
  for (const [path, ps] of all) {
    const hits = ps.filter((p) => fold(p.text).includes(fold(phrase)));
    if (hits.length > best.passages.length) best = { path, passages: hits };
  }
  return best;
}

test('全部 N 处 shows every matching passage of a document, whole, marked, linked and with 加入写作篮', async ({ page }) => {
  const phrase = '志愿服务';
  const { path, passages } = await mostPassages(page, phrase);
  expect(passages.length, 'a document holds the phrase in more passages than a card shows').toBeGreaterThan(3);
  await openSearch(page, phrase);
  const result = card(page, path);
  const all = result.getByRole('button', { name: `全部 ${passages.length} 处` });
  await expect(all).toHaveAttribute('aria-expanded', 'false');
  await all.click();
  await expect(all).toHaveAttribute('aria-expanded', 'true');
  const items = result.locator('.search-places > li');
  await expect(items).toHaveCount(passages.length);
  for (const [i, p] of passages.entries()) {
    const item = items.nth(i);
    // The whole passage, as the page has it, never an excerpt.
    expect(fold((await item.locator('.search-place-text').textContent()) ?? '')).toBe(fold(p.text));
    await expect(item.locator('mark').first()).toHaveText(phrase);
    if (p.id) {
      await expect(item.locator('.search-place-label')).toContainText(p.cite);
      expect(new URL((await item.getByRole('link').getAttribute('href'))!, page.url()).hash).toBe(`#${p.id}`);
      await expect(item.getByRole('button', { name: /^加入写作篮/ })).toHaveCount(1);
    }
  }
  await all.click();
  await expect(items.first()).toBeHidden();
});

test('加入写作篮 on a search passage puts the whole passage with its permanent link into the basket', async ({ page }) => {
  const phrase = '新时代文明实践';
  await openSearch(page, phrase);
  await page.evaluate(() => localStorage.clear());
  const first = resultsList(page).locator('.search-result').first();
  const button = first
    .locator('.search-sections')
    .getByRole('button', { name: /^加入写作篮/ })
    .first();
  const name = (await button.getAttribute('aria-label')) ?? '';
  const changes = page.evaluate(() => new Promise<number>((resolve) => window.addEventListener('wenku-basket-change', () => resolve(1), { once: true })));
  await button.click();
  expect(await changes).toBe(1);
  await expect(button).toHaveText('已在写作篮');
  await expect(button).toHaveAccessibleName(/^加入写作篮.*已在写作篮中/);
  const basket = await page.evaluate(() => JSON.parse(localStorage.getItem('wenku-basket:/') ?? 'null'));
  expect(basket.passages).toHaveLength(1);
  const held = basket.passages[0];
  const url = new URL(held.url, page.url());
  expect(url.pathname).toMatch(/^\/docs\/[a-z0-9-]+\/$/);
  expect(held.key).toBe(`${url.pathname.split('/')[2]}#${url.hash.slice(1)}`);
  expect(name).toContain(held.cite);
  // The passage as its document page has it: the same text, the same citation label.
  const passages = (await pagePassages(page)).get(url.pathname)!;
  const source = passages.find((p) => p.id === url.hash.slice(1))!;
  expect(held.cite).toBe(source.cite);
  const text = held.blocks.flatMap((b: { runs: { text: string }[] }) => b.runs.map((r) => r.text)).join('');
  expect(fold(text)).toBe(fold(source.text));
  expect(text).not.toContain('…');
  // The permanent link lands on the passage.
  await page.goto(held.url);
  await expect(page.locator(`[id="${url.hash.slice(1)}"]`)).toContainText(phrase);
  // Held after a reload of the results.
  await openSearch(page, phrase);
  await expect(resultsList(page).getByRole('button', { name: /^加入写作篮.*已在写作篮中/ })).toHaveCount(1);
});

test('a query whose words never stand together leads to the documents holding all its parts', async ({ page }) => {
  for (const q of ['精神文明建设工作计划', '精神文明建设，工作计划。']) {
    expect(await expectedPaths(page, q), q).toEqual([]);
    await openSearch(page, q);
    await expect(page.getByRole('status')).toHaveText(`没有找到包含“${q}”的文献。`);
    await expect(resultsList(page).locator('li')).toHaveCount(0);
    // Each part offered as a search of its own.
    const links = page.locator('[data-search-none] a[data-search-part]');
    const parts = (await links.evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset['searchPart']!))) as string[];
    expect(parts.length, q).toBeGreaterThan(1);
    expect(parts.join('')).toBe(q.replace(/[，。]/g, ''));
    if (q.includes('，')) expect(parts).toEqual(['精神文明建设', '工作计划']);
    // The documents holding them all, every part marked.
    const want = await expectedPaths(page, parts.join(' '));
    expect(want.length, `some documents hold ${parts.join(' ')}`).toBeGreaterThan(0);
    const related = page.locator('[data-search-related-list] > .search-result');
    await expect(related).toHaveCount(Math.min(want.length, 10));
    const shown = await related.locator('.search-result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const p of shown) expect(want).toContain(p);
    const marks = new Set((await related.locator('mark').allTextContents()).map((m) => fold(m)));
    for (const part of parts)
      expect(
        [...marks].some((m) => m.includes(fold(part))),
        part,
      ).toBe(true);
  }
  // A part's link searches for it.
  await page.locator('[data-search-none] a[data-search-part]').first().click();
  await expect(page).toHaveURL(/\?q=%E7%B2%BE%E7%A5%9E/);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  await expect(resultsList(page).locator('.search-result').first()).toBeVisible();
});

test('a pasted sentence ending in 。 finds the documents where the sentence stands', async ({ page }) => {
  // A sentence of the library that is followed by "，" there, so that with "。" it occurs nowhere.
  const all = await pagePassages(page);
  let sentence = '';
  for (const ps of all.values()) {
    for (const p of ps) {
      const m = /[，。；]([^，。；：“”、（）]{10,20})，/u.exec(p.text.replace(/\s+/g, ''));
      if (m) {
        sentence = m[1]!;
        break;
      }
    }
    if (sentence) break;
  }
  expect(sentence).not.toBe('');
  const pasted = `${sentence}。`;
  expect(await expectedPaths(page, pasted)).toEqual([]);
  const want = await expectedPaths(page, sentence);
  await openSearch(page, pasted);
  await expect(page.getByRole('status')).toContainText(`找到 ${want.length} 篇`);
  await expect(page.getByRole('status')).toContainText('已去掉首尾的标点');
  const shown = await resultsList(page)
    .locator('.search-result-title a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(shown.sort()).toEqual(want);
});

test('with a phrase, the document most about it comes first: occurrences, headings, then year', async ({ page }) => {
  const all = await pagePassages(page);
  for (const phrase of ['新时代文明实践', '网络文明', '志愿服务']) {
    const scores = [...all].map(([path, ps]) => {
      const total = ps.reduce((n, p) => n + occurrences(p.text, phrase), 0);
      const inHeadings = ps.filter((p) => /^h[1-6]$/.test(p.tag)).reduce((n, p) => n + occurrences(p.text, phrase), 0);
      return { path, total, inHeadings };
    });
    const found = scores.filter((s) => s.total > 0);
    // The document with the most occurrences, which also has the phrase in a heading, comes first.
    const most = Math.max(...found.map((s) => s.total));
    const top = found.filter((s) => s.total === most);
    expect(top.length, phrase).toBe(1);
    expect(top[0]!.inHeadings, `${phrase}: the leader names it in a heading`).toBeGreaterThan(0);
    await openSearch(page, phrase);
    const first = resultsList(page).locator('.search-result').first();
    expect(new URL((await first.locator('.search-result-title a').getAttribute('href'))!, page.url()).pathname, phrase).toBe(top[0]!.path);
    await expect(first.locator('.search-result-hits')).toHaveText(`出现 ${most} 次`);
  }
});
