import { expect, test, type Page } from '@playwright/test';

/**
 * Search that leads somewhere under a sub-path (project "base-path", served at /wenku/): the
 * 写作篮 of this site (its own key) gets the passage with its permanent link under /wenku/,
 * 全部 N 处 links stay under /wenku/, and the parts of a query that finds nothing search /wenku/search/.
 */
async function searchUnderBase(page: Page, q: string): Promise<void> {
  await page.goto(`/wenku/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
}

test('加入写作篮 and 全部 N 处 under /wenku/', async ({ page }) => {
  await searchUnderBase(page, '志愿服务');
  await page.evaluate(() => localStorage.clear());
  const results = page.getByTestId('search-results');
  const card = results
    .locator('.search-result')
    .filter({ has: page.getByRole('button', { name: /^全部 \d+ 处$/ }) })
    .first();
  const all = card.getByRole('button', { name: /^全部 \d+ 处$/ });
  const n = Number(/\d+/.exec((await all.textContent()) ?? '')![0]);
  await all.click();
  const links = card.locator('.search-places a');
  await expect(links).toHaveCount(n);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) expect(href).toMatch(/^\/wenku\/docs\/[a-z0-9-]+\/$/);

  const button = card
    .locator('.search-places')
    .getByRole('button', { name: /^加入写作篮/ })
    .last();
  await button.click();
  await expect(button).toHaveText('已在写作篮');
  const stored = await page.evaluate(() => ({ here: localStorage.getItem('wenku-basket:/wenku/'), root: localStorage.getItem('wenku-basket:/') }));
  expect(stored.root).toBeNull();
  const held = JSON.parse(stored.here!).passages[0] as { url: string; key: string };
  const url = new URL(held.url, page.url());
  expect(url.pathname).toMatch(/^\/wenku\/docs\/[a-z0-9-]+\/$/);
  expect(held.key.endsWith(url.hash)).toBe(true);
  await page.goto(held.url);
  await expect(page.locator(`[id="${url.hash.slice(1)}"]`)).toContainText('志愿服务');
});

test('a query that finds nothing offers its parts as searches under /wenku/', async ({ page }) => {
  await searchUnderBase(page, '精神文明建设，工作计划。');
  await expect(page.getByRole('status')).toContainText('没有找到');
  await expect(page.locator('[data-search-related-list] > .search-result').first()).toBeVisible();
  const part = page.locator('[data-search-none] a[data-search-part]').first();
  expect(new URL((await part.getAttribute('href'))!, page.url()).pathname).toBe('/wenku/search/');
  await part.click();
  await expect(page).toHaveURL(/\/wenku\/search\/\?q=/);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('search-results').locator('.search-result').first()).toBeVisible();
});
