import { expect, test, type Page } from '@playwright/test';
import { diskDocs, docIdFromHref } from './support/content';

/** The sub-path the "base-path" project's build is served under (see playwright.config.ts). */
const BASE = '/wenku/';

/** Every URL the page refers to: links, stylesheets, icons, scripts, images, form actions. */
async function referencedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src], source[src], form[action]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
      if (raw.startsWith('#')) continue;
      urls.push(new URL(raw, document.baseURI).href);
    }
    return urls;
  });
}

async function visit(page: Page, path: string, origin: string) {
  const failures: string[] = [];
  const outside: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin || !u.pathname.startsWith(BASE)) outside.push(r.url());
  });
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  expect(failures, `${path}: failed requests`).toEqual([]);
  expect(outside, `${path}: requests outside ${BASE}`).toEqual([]);

  const urls = [...new Set(await referencedUrls(page))];
  for (const href of urls) {
    const u = new URL(href);
    expect(u.origin, href).toBe(origin);
    expect(u.pathname, href).toMatch(new RegExp(`^${BASE}`));
    const r = await page.request.get(href);
    expect(r.status(), `${path} -> ${href}`).toBe(200);
  }
  return urls;
}

test('home, browse and document pages work under /wenku/', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const homeUrls = await visit(page, BASE, origin);

  // Browse from the home page to a document, as a reader would.
  await page.getByRole('banner').getByRole('link', { name: '类型', exact: true }).click();
  await expect(page).toHaveURL(`${BASE}types/`);
  await page.getByRole('list', { name: '全部类型' }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}types/[a-z-]+/$`));
  const browsePath = new URL(page.url()).pathname;
  await visit(page, browsePath, origin);

  const docUrl = homeUrls.find((u) => docIdFromHref(u));
  expect(docUrl).toBeTruthy();
  const id = docIdFromHref(docUrl!)!;
  expect(diskDocs().map((d) => d.id)).toContain(id);
  await visit(page, `${BASE}docs/${id}/`, origin);

  // Table-of-contents anchors stay on the page under the sub-path.
  const toc = page.getByRole('navigation', { name: '目录' });
  if (await toc.count()) {
    await toc.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}docs/${id}/#.+`));
  }
});

test('the 404 page under /wenku/ links back into /wenku/', async ({ page }) => {
  const response = await page.goto(`${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('main').getByRole('link', { name: '返回首页' })).toHaveAttribute('href', BASE);
  await page.getByRole('main').getByRole('link', { name: '按主题浏览' }).click();
  await expect(page).toHaveURL(`${BASE}topics/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('按主题浏览');
});
