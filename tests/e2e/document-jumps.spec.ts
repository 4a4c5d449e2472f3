/**
 * The links at the top of a document page to the panels after its text (src/components/DocJumps.astro):
 * 用语时效 with the panel's own count and 下载 Word 文档, in the tool row, whole touch targets, in
 * reading and tab order, each landing on its panel.
 */
import { expect, test } from '@playwright/test';
import { diskDocs } from './support/content';

const docs = diskDocs();
const SUMMARY = '/docs/city-greening-bureau-2024-summary/';

test('every document has both links above its text; 用语时效 names the panel’s count, or none', async ({ page }) => {
  let counted = 0;
  for (const doc of docs) {
    await page.goto(`/docs/${doc.id}/`);
    const jumps = page.locator('.doc-jumps');
    await expect(jumps, doc.id).toHaveCount(1);
    const links = jumps.getByRole('link');
    await expect(links, doc.id).toHaveCount(2);
    // The panel's count of passages that do not fit the document's years, or none.
    const claimed = page.locator('.wording-claimed-count');
    const count = (await claimed.count()) ? /有 (\d+) 处/.exec((await claimed.textContent())!)![1] : undefined;
    if (count) counted++;
    await expect(links.nth(0), doc.id).toHaveText(count ? `用语时效（${count}处）` : '用语时效');
    await expect(links.nth(0)).toHaveAttribute('href', '#wording-title');
    await expect(links.nth(1), doc.id).toHaveText('下载 Word 文档');
    await expect(links.nth(1)).toHaveAttribute('href', '#export-title');
    // Above the text, and whole touch targets at least 24 px each way.
    const bodyTop = (await page.locator('.doc-body').boundingBox())!.y;
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, doc.id).toBeLessThanOrEqual(bodyTop);
      expect(box.height, doc.id).toBeGreaterThanOrEqual(24);
      expect(box.width, doc.id).toBeGreaterThanOrEqual(24);
    }
  }
  expect(counted, 'documents with wording out of date for their years').toBeGreaterThan(0);
});

test('the links land on the 用语时效 and 下载 Word 文档 panels', async ({ page }) => {
  await page.goto(SUMMARY);
  const jumps = page.locator('.doc-jumps');
  const wording = page.getByRole('heading', { name: '用语时效', level: 2 });
  const exportHeading = page.getByRole('heading', { name: '下载 Word 文档', level: 2 });
  // Far below the links before they are followed (the 2024 summary's panels sit after its whole text).
  await expect(wording).not.toBeInViewport();
  await jumps.getByRole('link', { name: /^用语时效（\d+处）$/ }).click();
  await expect(page).toHaveURL(/#wording-title$/);
  await expect(wording).toBeInViewport();
  await expect(page.getByRole('region', { name: '用语时效' }).locator('.wording-claimed li').first()).toBeVisible();

  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(exportHeading).not.toBeInViewport();
  await jumps.getByRole('link', { name: '下载 Word 文档' }).click();
  await expect(page).toHaveURL(/#export-title$/);
  await expect(exportHeading).toBeInViewport();
  await expect(page.getByRole('region', { name: '下载 Word 文档' }).getByRole('button', { name: '下载全文（.docx）' })).toBeVisible();
});

test('in tab order the links follow 写作参考 and come before 需要填写 and 模板视图', async ({ page }) => {
  await page.goto(SUMMARY);
  await page.locator('.template-link a').focus();
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  expect(order).toEqual([expect.stringMatching(/^用语时效（\d+处）$/), '下载 Word 文档', expect.stringMatching(/^需要填写（\d+处）$/), '模板视图']);
});
