import { expect, test, type Page } from '@playwright/test';

/**
 * Search under a sub-path (project "base-path", served at /wenku/): the index loads from
 * /wenku/pagefind/, results and section links stay under /wenku/, and the phrase is
 * highlighted where the reader lands.
 */
/** Opens /wenku/search/ for a query; returns the origin and every URL the page requests. */
async function searchUnderBase(page: Page, baseURL: string | undefined, q: string): Promise<{ origin: string; requests: string[] }> {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/wenku/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  return { origin, requests };
}

test('search works under /wenku/: index, result links and highlighting', async ({ page, baseURL }) => {
  const { origin, requests } = await searchUnderBase(page, baseURL, '以学铸魂');
  const results = page.getByTestId('search-results');
  await expect(results.locator('.search-result').first()).toBeVisible();
  expect(requests.some((u) => u.startsWith(`${origin}/wenku/pagefind/`))).toBe(true);
  expect(requests.filter((u) => !u.startsWith(`${origin}/wenku/`))).toEqual([]);

  const section = results.locator('a.search-section').first();
  const path = new URL((await section.getAttribute('href'))!, page.url()).pathname;
  expect(path).toMatch(/^\/wenku\/docs\/[a-z0-9-]+\/$/);
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?highlight=.+#[\\w-]+$`));
  await expect(page.locator('mark[data-search-highlight]').first()).toHaveText('以学铸魂');
});

test('a single character uses the single-character index under /wenku/', async ({ page, baseURL }) => {
  const { origin, requests } = await searchUnderBase(page, baseURL, '魂');
  await expect(page.getByTestId('search-results').locator('.search-result').first()).toBeVisible();
  expect(requests.some((u) => u.startsWith(`${origin}/wenku/pagefind-chars/`))).toBe(true);
  expect(requests.filter((u) => !u.startsWith(`${origin}/wenku/`))).toEqual([]);
});
