/**
 * 模板视图 of a document and the highlighted examples of /about/adding/, on the built site:
 * Shiki output with classes only (no style attribute, a strict CSP is coming), the colours
 * from the site's own stylesheet, nothing fetched from elsewhere.
 */
import { expect, test } from '@playwright/test';

test('模板视图 shows the text line by line with spots, numbering, dates and slogans highlighted, and back', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/docs/organ-2022-creation-plan/');
  const body = page.locator('.doc-body');
  const toggle = page.getByRole('button', { name: '模板视图' });
  await toggle.click();
  const view = page.getByRole('region', { name: '模板视图' });
  await expect(view).toBeVisible();
  await expect(body).toBeHidden();
  await expect(page.getByRole('button', { name: '返回原文视图' })).toHaveAttribute('aria-pressed', 'true');

  // One line per heading and paragraph of the text, in order.
  const blocks = await body.locator('h2, h3, h4, h5, h6, p').count();
  await expect(view.locator('.line')).toHaveCount(blocks);
  await expect(view.locator('.line').first()).toContainText('2022年是党的二十大召开之年');

  // Each fill-in spot of the text is a fill-in token in the view, in the same order.
  const marks = await body.locator('mark.fill-in').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(await view.locator('pre .gw-fill').allTextContents()).toEqual(marks);
  expect(await view.locator('pre .gw-num').allTextContents()).toEqual(expect.arrayContaining(['一、', '二、', '三、', '（一）', '（三）']));
  expect(await view.locator('pre .gw-date').allTextContents()).toEqual(expect.arrayContaining(['2022年']));
  expect(await view.locator('pre .gw-quote').allTextContents()).toEqual(expect.arrayContaining(['“四个意识”']));

  // Colours come from classes in /templates/highlight.css, not from style attributes.
  expect(await view.locator('[style]').count()).toBe(0);
  const fill = view.locator('pre .gw-fill').first();
  expect(await fill.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 231, 163)');
  expect(
    await view
      .locator('pre .gw-num')
      .first()
      .evaluate((e) => getComputedStyle(e).color),
  ).toBe('rgb(23, 74, 139)');
  // The legend names the colours.
  await expect(view.getByRole('list', { name: '颜色说明' })).toContainText('需要填写');

  await page.getByRole('button', { name: '返回原文视图' }).click();
  await expect(body).toBeVisible();
  await expect(view).toBeHidden();

  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
});

test('the adding page shows the frontmatter and MDX examples highlighted with classes only', async ({ page }) => {
  await page.goto('/about/');
  await page.getByRole('link', { name: '怎样添加文献' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('怎样添加文献');
  const yaml = page.getByRole('figure', { name: '文献信息示例' });
  const mdx = page.getByRole('figure', { name: '正文示例' });
  const gongwen = page.getByRole('figure', { name: '模板视图示例' });
  await expect(yaml.locator('.hl-key').first()).toHaveText('id');
  await expect(yaml.locator('.hl-comment').first()).toContainText('固定网址');
  await expect(mdx.locator('.hl-heading').first()).toContainText('一、指导思想');
  await expect(mdx.locator('.hl-heading')).toHaveCount(4);
  await expect(gongwen.locator('.gw-fill').first()).toHaveText('XX');
  await expect(gongwen.locator('.gw-num').first()).toHaveText('二、');
  expect(await page.locator('main [style]').count()).toBe(0);
  // The stylesheet is the site's own and applies.
  expect(
    await yaml
      .locator('.hl-comment')
      .first()
      .evaluate((e) => getComputedStyle(e).color),
  ).toBe('rgb(90, 97, 112)');
});
