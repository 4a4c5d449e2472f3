/**
 * Templates under a sub-path (/wenku/): skeleton links, the outline copy, the 模板视图's lazily
 * loaded script and stylesheet, and the adding page's stylesheet all stay under the base path.
 */
import { expect, test } from '@playwright/test';

const BASE = '/wenku/';
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('skeleton page links and the outline work under the base path', async ({ page }) => {
  await page.goto(`${BASE}templates/scheme/`);
  const hrefs = await page.locator('.part-sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/wenku\/docs\/[a-z0-9-]+\/#s/);
  await page.getByRole('button', { name: '复制提纲' }).click();
  // The copy is asynchronous: read the clipboard once the page says it is done.
  await expect(page.locator('.outline-status')).toHaveText(/提纲已复制/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^一、指导思想/);
  await page.goto(hrefs[0]!);
  await expect(page.locator(`[id="${hrefs[0]!.split('#')[1]}"]`)).toBeInViewport();
});

test('模板视图 loads its script and stylesheet from under the base path', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${BASE}docs/organ-2022-creation-plan/`);
  await page.getByRole('button', { name: '模板视图' }).click();
  const fill = page.getByRole('region', { name: '模板视图' }).locator('pre .gw-fill').first();
  await expect(fill).toBeVisible();
  expect(await fill.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 231, 163)');
  expect(requests).toContain(`${BASE}templates/highlight.css`);
  for (const path of requests) expect(path.startsWith(BASE), path).toBe(true);
});
