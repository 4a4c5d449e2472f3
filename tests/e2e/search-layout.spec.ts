import { expect, test, type Page } from '@playwright/test';
import { diskDocs } from './support/content';
import { expectedPaths, openSearch, phraseInOneDocument, resultsList } from './support/search-truth';

/**
 * The search page's layout and controls: a page that does not jump while results arrive, the
 * year chart, the status line and sort control, the keyboard hint, the Tab order and touch
 * targets. Expected numbers come from the documents.
 */

const byPath = new Map(diskDocs().map((d) => [`/docs/${d.id}/`, d]));

/** Matching documents per year value ("unknown" for undated), from the documents' own years. */
async function yearTruth(page: Page, q: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const p of await expectedPaths(page, q)) {
    const d = byPath.get(p)!;
    for (const y of d.years.length ? d.years.map(String) : ['unknown']) out.set(y, (out.get(y) ?? 0) + 1);
  }
  return out;
}

test('the year chart: newest first, no bar for a year without documents, one year as a sentence', async ({ page }) => {
  let sawGap = false;
  let sawSingle = false;
  for (const q of ['道德模范', '举旗帜、聚民心', '15分钟']) {
    const truth = await yearTruth(page, q);
    expect(truth.size).toBeGreaterThan(0);
    await openSearch(page, q);
    const chart = page.locator('[data-search-chart]');
    await expect(chart).toBeVisible();
    if (truth.size === 1) {
      sawSingle = true;
      const [year, n] = [...truth][0]!;
      await expect(page.locator('[data-search-bars]')).toBeHidden();
      await expect(chart.locator('[data-search-year-line]')).toHaveText(new RegExp(`${year === 'unknown' ? '年份不详' : `${year}年`}.*${n} 篇`));
      continue;
    }
    const rows = page.locator('[data-search-bars] li');
    const shown = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-year')!));
    const dated = [...truth.keys()].filter((y) => y !== 'unknown').map(Number);
    const span: string[] = [];
    for (let y = Math.max(...dated); y >= Math.min(...dated); y--) span.push(String(y));
    // Newest first like the year filter, every year between the newest and the oldest, undated last.
    expect(shown).toEqual([...span, ...(truth.has('unknown') ? ['unknown'] : [])]);
    for (const year of shown) {
      const n = truth.get(year) ?? 0;
      const row = rows.filter({ has: page.locator(`xpath=self::li[@data-year="${year}"]`) });
      await expect(row).toContainText(`${n} 篇`);
      await expect(row.locator('.year-chart-bar')).toHaveCount(n > 0 ? 1 : 0);
      if (n === 0) sawGap = true;
    }
  }
  expect(sawGap, 'one query has a year without documents between two with').toBe(true);
  expect(sawSingle, 'one query matches a single year').toBe(true);
});

test('after a miss the status line says its sentence once', async ({ page }) => {
  const q = '以学铸魂聚民心育新人';
  expect(await expectedPaths(page, q)).toEqual([]);
  await openSearch(page, q);
  await expect(page.getByRole('status')).toHaveText(`没有找到包含“${q}”的文献。`);
  const text = await page.locator('wenku-search').innerText();
  expect(text.split('没有找到').length - 1).toBe(1);
  await expect(page.locator('[data-search-none]')).toContainText('可以试试');
});

test('the sort control shows only when there is something to sort', async ({ page }) => {
  const sort = page.getByRole('combobox', { name: '排序' });
  const { phrase: one } = await phraseInOneDocument(page);
  const many = '志愿服务';
  expect(await expectedPaths(page, one)).toHaveLength(1);
  expect((await expectedPaths(page, many)).length).toBeGreaterThan(1);
  await openSearch(page, one);
  await expect(sort).toBeHidden();
  await openSearch(page, many);
  await expect(sort).toBeVisible();
  await openSearch(page, '');
  await expect(sort).toBeHidden();
});

test('the keyboard hint shows with a mouse and not on a touch screen', async ({ page, browser, baseURL }) => {
  await openSearch(page, '');
  await expect(page.locator('#search-hint')).toBeVisible();
  const phone = await browser.newContext({ baseURL: baseURL!, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const touch = await phone.newPage();
  await openSearch(touch, '');
  await expect(touch.locator('#search-hint')).toBeHidden();
  await phone.close();
});

test('Tab reaches the first result before any filter, and the filters stay usable by keyboard', async ({ page }) => {
  await openSearch(page, '志愿服务');
  const box = page.getByRole('searchbox', { name: /查找确切的词句/ });
  await box.focus();
  let presses = 0;
  let reached = '';
  while (presses < 10) {
    await page.keyboard.press('Tab');
    presses++;
    reached = await page.evaluate(() => {
      const a = document.activeElement!;
      if (a.closest('[data-testid="search-results"]')) return 'result';
      if (a.closest('[data-search-facets]')) return 'filter';
      return a.tagName;
    });
    if (reached === 'result' || reached === 'filter') break;
  }
  expect(reached).toBe('result');
  expect(presses).toBeLessThanOrEqual(4);
  // The filters come after the results and work with the keyboard.
  const first = page.locator('[data-search-facets] input').first();
  await first.focus();
  const value = (await first.getAttribute('value'))!;
  const facet = (await first.getAttribute('data-facet'))!;
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`${facet}=${value}`));
  await expect(page.locator(`[data-search-facets] input[value="${value}"]`)).toBeFocused();
});

test('on a phone: one link reaches the filters, and each checkbox is at least 24 × 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openSearch(page, '志愿服务');
  const link = page.getByRole('link', { name: '筛选条件' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator('[data-search-facets]')).toBeFocused();
  await expect(page.locator('[data-search-facets]')).toBeInViewport();
  const boxes = page.locator('[data-search-facets] input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThan(0);
  for (const r of await boxes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(r.width).toBeGreaterThanOrEqual(24);
    expect(r.height).toBeGreaterThanOrEqual(24);
  }
});

test('on a phone the page does not jump while results arrive (layout shift below 0.05)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.shifts += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const q of ['志愿服务', '']) {
    await openSearch(page, q);
    if (q) await expect(resultsList(page).locator('.search-result').first()).toBeVisible();
    // Two frames later the last layout has been painted and its shifts reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
    expect(shifts, `layout shift on /search/${q ? `?q=${q}` : ''}`).toBeLessThan(0.05);
  }
  await context.close();
});

test('with no query the hint for an empty search shows from the first paint, before the index loads, and goes once a query runs', async ({ page }) => {
  // Hold Pagefind back: whatever shows now was there before the index arrived.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/pagefind/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/');
  const hint = page.locator('[data-search-empty]');
  await expect(hint).toBeVisible();
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'loading');
  release();
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  await expect(hint).toBeVisible();
  await page.getByRole('searchbox', { name: /查找确切的词句/ }).fill('以学铸魂');
  await expect(resultsList(page).locator('.search-result').first()).toBeVisible();
  await expect(hint).toBeHidden();
  // With a query in the address the hint never shows.
  await page.goto(`/search/?q=${encodeURIComponent('以学铸魂')}`);
  await expect(hint).toBeHidden();
});
