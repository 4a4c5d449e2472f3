import { expect, test } from '@playwright/test';
import { addFromDocument, checkDraft, listed, move, referenceFacts } from './support/basket';

/** The 写作篮 under a sub-path: its own basket, links and the Word builder under /wenku/, nothing fetched elsewhere. */
const BASE = '/wenku/';
const A = `${BASE}docs/organ-2022-creation-plan/`;
const B = `${BASE}docs/city-greening-bureau-2024-summary/`;

test('under a sub-path three passages from two documents (a search result, a section, a paragraph) make one draft linking back under it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const reference = await referenceFacts(page, A);
  await page.goto(`${BASE}basket/`);
  await page.evaluate(() => localStorage.clear());

  await page.goto(`${BASE}search/?q=${encodeURIComponent('为职工办理体检')}`);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  const fromResults = page
    .getByTestId('search-results')
    .getByRole('button', { name: /^加入写作篮/ })
    .first();
  await expect(fromResults, 'a search result offers 加入写作篮 (the search part of issue 18)').toBeVisible({ timeout: 10_000 });
  await fromResults.click();

  await page.goto(A);
  await addFromDocument(page, 's2-1');
  await page.goto(B);
  await addFromDocument(page, 's1-2-p1');

  await page.goto(`${BASE}basket/`);
  const gathered = await listed(page);
  expect(gathered.map((p) => p.path)).toEqual([B, A, B]);
  await move(page, gathered[0]!.source, '下移');
  await page.reload();
  const arranged = await listed(page);
  expect(arranged).toEqual([gathered[1], gathered[0], gathered[2]]);
  await checkDraft(page, arranged, reference);

  for (const u of requests) {
    expect(new URL(u).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(u).pathname.startsWith(BASE), u).toBe(true);
  }
  expect(requests.filter((u) => new URL(u).pathname.startsWith(`${BASE}_astro/docx-builder.`)).length).toBeGreaterThan(0);
});

test('under a sub-path a section and a paragraph go into a basket of their own and come out as a draft', async ({ page }) => {
  test.setTimeout(120_000);
  const reference = await referenceFacts(page, B);
  await page.goto(`${BASE}basket/`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(A);
  await addFromDocument(page, 's2-1');
  await page.goto(B);
  await addFromDocument(page, 's1-2-p1');
  // The basket is the site's: one stored under this base path only.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toEqual([`wenku-basket:${BASE}`]);
  await page.goto(`${BASE}basket/`);
  const items = await listed(page);
  expect(items.map((p) => p.path)).toEqual([A, B]);
  await page.getByRole('textbox', { name: '草稿标题' }).fill('草稿甲');
  await checkDraft(page, items, reference);
});
