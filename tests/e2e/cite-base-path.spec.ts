/**
 * Under a sub-path (the /wenku/ build, project "base-path"), copied links carry the base path,
 * and a link to an anchor still marks its passage.
 */
import { expect, test } from '@playwright/test';
import { diskDocs } from './support/content';

const docs = diskDocs();
const doc = docs.find((d) => d.id === (process.env.E2E_CITE_DOC ?? 'park-committee-2023-summary-2024-plan')) ?? docs[0]!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('复制链接 and 复制引用 give URLs under the base path', async ({ page, baseURL }) => {
  // The address the page was opened at, unless the build set a canonical origin (WENKU_SITE).
  const site = (process.env.WENKU_SITE ?? baseURL!).replace(/\/$/, '');
  await page.goto(`/wenku/docs/${doc.id}/`);
  const heading = page.locator('.doc-body h2[data-cite]').first();
  const id = (await heading.getAttribute('id'))!;
  const url = `${site}/wenku/docs/${doc.id}/#${id}`;

  await heading.hover();
  await heading.getByRole('button', { name: /^链接与引用：/ }).click();
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('status')).toHaveText('已复制链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  await heading.getByRole('button', { name: /^链接与引用：/ }).click();
  await page.getByRole('button', { name: '复制引用' }).click();
  await expect(page.getByRole('status')).toHaveText('已复制引用');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`《${doc.title}》${await heading.getAttribute('data-cite')}，${url}`);

  await page.goto(`/wenku/docs/${doc.id}/#${id}`);
  expect(await heading.evaluate((el) => el.matches(':target') && getComputedStyle(el).backgroundColor)).toBe('rgb(255, 244, 214)');
});
