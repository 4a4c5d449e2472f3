import { expect, test } from '@playwright/test';
import { diskDocs } from './support/content';

/** One page of every type the site has. */
const pageTypes = (): [string, string][] => [
  ['home', '/'],
  ['facet index', '/topics/'],
  ['facet value', `/levels/${diskDocs()[0]!.level}/`],
  ['year', '/years/'],
  ['document', `/docs/${diskDocs()[0]!.id}/`],
  ['about', '/about/'],
  ['not found', '/no-such-page/'],
];

for (const [kind, path] of pageTypes()) {
  test(`${kind} page (${path}) is Chinese, UTF-8 and has the site header`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const charset = await page.locator('meta[charset]').getAttribute('charset');
    expect(charset?.toLowerCase()).toBe('utf-8');
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    await expect(page).toHaveTitle(/精神文明建设文库/);
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: '精神文明建设文库' })).toBeVisible();
    const nav = header.getByRole('navigation', { name: '浏览' });
    for (const label of ['年份', '层级', '类型', '主题', '关于']) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    const search = page.getByRole('search');
    await expect(search.getByRole('searchbox')).toHaveAttribute('name', 'q');
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });
}

test('the skip link is the first stop of the keyboard and moves to the main content', async ({ page }) => {
  await page.goto(`/docs/${diskDocs()[0]!.id}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole('main')).toBeFocused();
});

test('the search box submits a plain GET to the search page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('search').getByRole('searchbox').fill('志愿服务');
  await page.getByRole('search').getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%BF%97%E6%84%BF%E6%9C%8D%E5%8A%A1$/);
});

test('the page does not scroll sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [, path] of pageTypes()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the 404 page answers with status 404 and Chinese text and browse links', async ({ page }) => {
  const response = await page.goto('/docs/no-such-document/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  for (const label of ['按年份浏览', '按层级浏览', '按类型浏览', '按主题浏览']) {
    await expect(main.getByRole('link', { name: label })).toBeVisible();
  }
});

test('keyboard focus is visible on links and the search box', async ({ page }) => {
  await page.goto('/');
  const outline = () =>
    page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site name
  await expect(page.getByRole('banner').getByRole('link', { name: '精神文明建设文库' })).toBeFocused();
  expect(await outline()).toEqual({ style: 'solid', width: 3 });
  await page.getByRole('search').getByRole('searchbox').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect((await outline()).style).not.toBe('none');
});
