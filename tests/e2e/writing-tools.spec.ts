/**
 * Finding the writing tools: the header's 模板 and 写作篮 links (the 写作篮 with the number of
 * passages the basket holds, kept current in this tab and from others; a plain link without
 * JavaScript) and the home page's two lines on the templates, the Word download, the 写作篮
 * and the wording check.
 */
import { expect, test, type Page } from '@playwright/test';
import { diskDocs } from './support/content';
import { passage, putBasket } from './support/basket-store';

const docs = diskDocs();
const a = docs[0]!;
const b = docs[docs.length - 1]!;

const basketLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^写作篮/ });

test('every kind of page links 模板 and 写作篮 in its header', async ({ page }) => {
  for (const path of ['/', `/docs/${a.id}/`, '/years/', '/templates/', '/search/', '/about/']) {
    await page.goto(path);
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: '模板', exact: true }), path).toHaveAttribute('href', '/templates/');
    await expect(basketLink(page), path).toHaveAttribute('href', '/basket/');
  }
  await page.getByRole('banner').getByRole('link', { name: '模板', exact: true }).click();
  await expect(page).toHaveURL('/templates/');
  await expect(page.getByRole('banner').getByRole('link', { name: '模板', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('the 写作篮 link counts the passages held and follows changes without a reload, here and in another tab', async ({ page, context }) => {
  await page.goto(`/docs/${a.id}/`);
  // Empty basket: the word alone.
  await expect(basketLink(page)).toHaveAccessibleName('写作篮');

  await putBasket(page, [passage(a), passage(b, { anchor: 's2' })]);
  await expect(basketLink(page)).toHaveAccessibleName(/^写作篮\s*2$/);
  await expect(basketLink(page).getByText('2', { exact: true })).toBeVisible();

  // Another tab of the site changes the basket: this one follows (the `storage` event).
  const other = await context.newPage();
  await other.goto('/');
  await expect(basketLink(other)).toHaveAccessibleName(/^写作篮\s*2$/);
  await putBasket(other, [passage(a), passage(b, { anchor: 's2' }), passage(a, { anchor: 's3' })]);
  await expect(basketLink(other)).toHaveAccessibleName(/^写作篮\s*3$/);
  await expect(basketLink(page)).toHaveAccessibleName(/^写作篮\s*3$/);
  await putBasket(other, []);
  await expect(basketLink(page)).toHaveAccessibleName('写作篮');

  // A reload reads what is stored; an unreadable value is an empty basket, not an error.
  await putBasket(page, [passage(a)], { notify: false });
  await page.reload();
  await expect(basketLink(page)).toHaveAccessibleName(/^写作篮\s*1$/);
  await page.evaluate(() => localStorage.setItem('wenku-basket:/', '{not json'));
  await page.reload();
  await expect(basketLink(page)).toHaveAccessibleName('写作篮');
});

test('without JavaScript the 写作篮 is a plain link to /basket/', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(basketLink(page)).toHaveAccessibleName('写作篮');
  await expect(basketLink(page)).toHaveAttribute('href', '/basket/');
  await context.close();
});

test('the home page says in two lines what the templates, the Word download, the 写作篮 and the wording check do, with links', async ({ page }) => {
  await page.goto('/');
  const intro = page.getByRole('region', { name: '写作工具' });
  await expect(intro.getByRole('paragraph')).toHaveCount(2);
  await expect(intro.getByRole('link', { name: '写作模板' })).toHaveAttribute('href', '/templates/');
  await expect(intro.getByRole('link', { name: '写作篮' })).toHaveAttribute('href', '/basket/');
  await expect(intro.getByRole('link', { name: '起草自查' })).toHaveAttribute('href', '/check/');
  // The Word download: a document's 下载 Word 文档 panel.
  await intro.getByRole('link', { name: /Word/ }).click();
  await expect(page).toHaveURL(/\/docs\/[a-z0-9-]+\/#export-title$/);
  await expect(page.getByRole('region', { name: '下载 Word 文档' })).toBeVisible();
  await page.goto('/');
  await intro.getByRole('link', { name: '写作模板' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL('/templates/');
});
