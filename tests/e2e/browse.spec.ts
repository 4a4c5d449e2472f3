import { expect, test, type Page } from '@playwright/test';
import { facet, type FacetKey } from '../../src/lib/facets';
import { docTypes, levels, topics } from '../../src/lib/taxonomy';
import { diskDocs, docIdFromHref, written, type DiskDoc } from './support/content';
import { allPages } from './support/pages.ts';

/** Hrefs of every link in the page's main content and navigation. */
async function linkHrefs(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

/** Ids of the documents listed on a browse page: the links in the list's title headings. */
async function listedDocIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('list', { name: '文献列表' })
    .getByRole('listitem')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => docIdFromHref(h)).filter((id): id is string => id !== null);
}

test('every document is reachable from the home page by browsing', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const queue = ['/'];
  const seen = new Set(queue);
  const found = new Set<string>();
  while (queue.length) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    for (const href of await linkHrefs(page)) {
      const u = new URL(href);
      if (u.origin !== origin) continue;
      const id = docIdFromHref(u.pathname);
      if (id) {
        found.add(id);
        continue; // document pages only link back to browse pages
      }
      // Browse the browse pages; search results are not browsing.
      if (!/^\/(?:(?:years|levels|types|topics)\/(?:[^/]+\/)?)?$/.test(u.pathname)) continue;
      if (!seen.has(u.pathname)) {
        seen.add(u.pathname);
        queue.push(u.pathname);
      }
    }
  }
  const expected = diskDocs().map((d) => d.id);
  expect(expected.length).toBeGreaterThan(0);
  expect([...found].sort()).toEqual(expected);

  // Every document page found by browsing opens with its title (and version label) as the h1.
  for (const doc of diskDocs()) {
    const response = await page.goto(`/docs/${doc.id}/`);
    expect(response?.status(), doc.id).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.displayTitle);
  }
});

interface FacetCase {
  key: FacetKey;
  values: { slug: string; label: string }[];
  carries: (doc: DiskDoc, slug: string) => boolean;
}

const yearValues = (): { slug: string; label: string }[] => {
  const years = [...new Set(diskDocs().flatMap((d) => d.years))].sort((a, b) => b - a);
  const values = years.map((y) => ({ slug: String(y), label: `${y}年` }));
  if (diskDocs().some((d) => d.years.length === 0)) values.push({ slug: 'unknown', label: '年份不详' });
  return values;
};

const facets: FacetCase[] = [
  { key: 'year', values: yearValues(), carries: (d, s) => (s === 'unknown' ? d.years.length === 0 : d.years.includes(Number(s))) },
  { key: 'level', values: levels.list, carries: (d, s) => d.level === s },
  { key: 'type', values: docTypes.list, carries: (d, s) => d.types.includes(s) },
  { key: 'topic', values: topics.list, carries: (d, s) => d.topics.includes(s) },
];

for (const { key, values, carries } of facets) {
  const { path, label } = facet(key);
  test(`/${path}/ pages list exactly the documents that carry each value`, async ({ page }) => {
    test.slow(); // opens every value page of the facet
    await page.goto(`/${path}/`);
    const index = page.getByRole('list', { name: `全部${label}` });
    for (const value of values) {
      const expected = diskDocs().filter((d) => carries(d, value.slug));
      // The index page names every value with its count; a value without documents has no link.
      const item = index.getByRole('listitem').filter({ has: page.getByText(value.label, { exact: true }) });
      await expect(item, `${path}/${value.slug}`).toContainText(new RegExp(`(?:^|\\D)${expected.length}篇`));
      await expect(item.getByRole('link', { name: value.label, exact: true }), `${path}/${value.slug}`).toHaveCount(expected.length ? 1 : 0);
    }
    for (const value of values) {
      const expected = diskDocs().filter((d) => carries(d, value.slug));
      const response = await page.goto(`/${path}/${value.slug}/`);
      // No page for a value without documents (nothing links there).
      expect(response?.status(), `${path}/${value.slug}`).toBe(expected.length ? 200 : 404);
      if (!expected.length) continue;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(value.label);
      const listed = await listedDocIds(page);
      expect([...listed].sort(), `${path}/${value.slug}`).toEqual(expected.map((d) => d.id).sort());
      // Newest first: the year a text was written never increases down the list.
      const byId = new Map(diskDocs().map((d) => [d.id, d]));
      const years = listed.map((id) => written(byId.get(id)!));
      expect(years, `${path}/${value.slug} order`).toEqual([...years].sort((a, b) => b - a));
    }
  });
}

test('the years index lists a year for every year documents cover, and 年份不详 for the rest', async ({ page }) => {
  await page.goto('/years/');
  const labels = await page.getByRole('list', { name: '全部年份' }).getByRole('listitem').getByRole('link').allTextContents();
  expect(labels.map((l) => l.trim())).toEqual(yearValues().map((v) => v.label));
});

test('the home page shows counts and the newest documents', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('精神文明建设文库');
  await expect(page.getByRole('main')).toContainText(`共${diskDocs().length}篇`);
  const newest = page.getByRole('region', { name: '最新文献' }).getByRole('list', { name: '文献列表' });
  const ids = (await newest.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
    .map((h) => docIdFromHref(h))
    .filter((id): id is string => id !== null);
  expect(ids.length).toBe(Math.min(10, diskDocs().length));
  // Newest = most recently written: a multi-year plan counts from when it was written, not its last year.
  const byId = new Map(diskDocs().map((d) => [d.id, d]));
  const years = ids.map((id) => written(byId.get(id)!));
  expect(years[0]).toBe(Math.max(...diskDocs().map(written)));
  expect(years).toEqual([...years].sort((a, b) => b - a));
  // Every level with documents is offered, with its count.
  const byLevel = page.getByRole('list', { name: '按层级' });
  for (const level of levels.list) {
    const n = diskDocs().filter((d) => d.level === level.slug).length;
    if (n) await expect(byLevel.getByRole('link', { name: `${level.label}，${n}篇` })).toBeVisible();
  }
});

test('the site writes year spans with the 一字线 and counts in full-width brackets: no “2021–2025年”, no “(3)”', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = allPages(process.env.E2E_DIST ?? 'dist').filter((p) => !p.kind.endsWith('(redirect)') && p.path.endsWith('/'));
  expect(pages.length).toBeGreaterThan(0);
  for (const p of pages) {
    await page.goto(`/${p.path}`);
    // The site's own words: a document's text stays as written (it may quote 2014-2020年).
    const text = await page.locator('body').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.doc-body, script, style, template').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(text, p.path).not.toMatch(/\d{4}\s*\u2013\s*\d{4}/);
    expect(text, p.path).not.toMatch(/\(\d+\)/);
  }
  // The search filters are drawn after a query.
  await page.goto('/search/?q=%E7%B2%BE%E7%A5%9E%E6%96%87%E6%98%8E');
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  const counts = await page.locator('.search-facet-count').allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  for (const c of counts) expect(c).toMatch(/^（\d+）$/);
  expect(await page.locator('[data-search-facets]').textContent()).not.toMatch(/[()]/);
});
