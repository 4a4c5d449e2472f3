import { expect, test, type Page } from '@playwright/test';
import { addFromDocument, basketItems, checkDraft, listed, listedSources, move, passageText, referenceFacts } from './support/basket';
import { downloadFrom, readFacts } from './support/docx';

/**
 * The 写作篮 (issue 18): passages gathered on document pages and in search results, arranged
 * on /basket/, downloaded as one Word draft with a footnote per passage.
 */
const A = '/docs/organ-2022-creation-plan/';
const B = '/docs/city-greening-bureau-2024-summary/';
/** A phrase only B has: every passage the search shows is B's. */
const ONLY_IN_B = '为职工办理体检';

async function fresh(page: Page) {
  await page.goto('/basket/');
  await page.evaluate(() => localStorage.clear());
}

test('three passages from two documents (a search result, a section, a paragraph): arranged, kept over a reload, downloaded as one draft', async ({ page }) => {
  test.setTimeout(120_000);
  const reference = await referenceFacts(page, A);
  await fresh(page);

  // From search results (the search page's buttons: accessible name 加入写作篮…).
  await page.goto(`/search/?q=${encodeURIComponent(ONLY_IN_B)}`);
  await expect(page.locator('wenku-search')).toHaveAttribute('data-state', 'done');
  const fromResults = page
    .getByTestId('search-results')
    .getByRole('button', { name: /^加入写作篮/ })
    .first();
  await expect(fromResults, 'a search result offers 加入写作篮 (the search part of issue 18)').toBeVisible({ timeout: 10_000 });
  await fromResults.click();

  // A section of A (its heading and what is under it) and a paragraph of B.
  await page.goto(A);
  const sectionText = await page.locator('[id="s2-1"]').evaluate((h) => h.textContent!.replace(/\s+/g, ''));
  expect(await addFromDocument(page, 's2-1')).toContain('共2段');
  await page.goto(B);
  const paragraphText = await passageText(page, 's1-2-p1');
  expect(await addFromDocument(page, 's1-2-p1')).toContain('共3段');

  await page.goto('/basket/');
  const gathered = await listed(page);
  expect(gathered.map((p) => p.path)).toEqual([B, A, B]);
  expect(gathered[1]!.text.replace(/\s+/g, '')).toContain(sectionText);
  expect(gathered[2]!.text.replace(/\s+/g, '')).toBe(paragraphText);
  expect(gathered[0]!.text).toContain(ONLY_IN_B);

  // Paragraph first, then the search result, then the section; named; kept over a reload.
  await move(page, gathered[2]!.source, '上移');
  await move(page, gathered[2]!.source, '上移');
  await page.getByRole('textbox', { name: '草稿标题' }).fill('XX街道2027年精神文明建设工作计划');
  await page.reload();
  await expect(page.getByRole('textbox', { name: '草稿标题' })).toHaveValue('XX街道2027年精神文明建设工作计划');
  const arranged = await listed(page);
  expect(arranged).toEqual([gathered[2], gathered[0], gathered[1]]);

  await checkDraft(page, arranged, reference);
});

test('a section and a paragraph from two documents: moved, removed, kept over a reload and downloaded with their footnotes', async ({ page }) => {
  test.setTimeout(120_000);
  const reference = await referenceFacts(page, B);
  await fresh(page);
  await page.goto(A);
  const section = await passageText(page, 's2-1');
  const sectionBody = await passageText(page, 's2-1-p1');
  await addFromDocument(page, 's2-1');
  await addFromDocument(page, 's1-p1');
  await page.goto(B);
  const paragraph = await passageText(page, 's1-2-p1');
  await addFromDocument(page, 's1-2-p1');

  await page.goto('/basket/');
  const sources = await listedSources(page);
  expect(sources).toEqual([
    '《2022年度精神文明创建工作计划》第二部分（一），2022年',
    '《2022年度精神文明创建工作计划》第一部分第1段，2022年',
    '《2024年精神文明建设工作总结》第一部分（二）第1段，2024年',
  ]);
  // The first cannot move up, the last cannot move down.
  await expect(basketItems(page).first().getByRole('button', { name: /^上移/ })).toBeDisabled();
  await expect(basketItems(page).last().getByRole('button', { name: /^下移/ })).toBeDisabled();
  await move(page, sources[0]!, '下移');
  await move(page, sources[0]!, '下移');
  await basketItems(page).filter({ hasText: sources[1]! }).getByRole('button', { name: /^移出/ }).click();
  await expect(page.getByRole('status')).toContainText('已移出');
  await page.reload();
  const kept = await listed(page);
  expect(kept.map((p) => p.source)).toEqual([sources[2], sources[0]]);
  expect(kept[0]!.text.replace(/\s+/g, '')).toBe(paragraph);
  expect(kept[1]!.text.replace(/\s+/g, '')).toBe(section + sectionBody);
  // Each source links to the passage.
  await basketItems(page).first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${B}#s1-2-p1$`));
  await page.goBack();

  // No title given (the file is a 草稿).
  await expect(page.getByRole('textbox', { name: '草稿标题' })).toHaveValue('');
  await checkDraft(page, kept, reference);
});

test('the menu says when a passage is already held; the basket costs the page nothing until a menu opens', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await fresh(page);
  scripts.length = 0;
  await page.goto(A, { waitUntil: 'networkidle' });
  // The store (basket.*.js) comes with the header's 写作篮 count on every page; adding a passage
  // (basket-store) and the Word builder load only when used.
  expect(scripts.filter((u) => /basket-store|docx-builder/.test(u))).toEqual([]);
  expect(await addFromDocument(page, 's1-p1')).toBe('已加入写作篮，共1段');
  expect(scripts.filter((u) => /docx-builder/.test(u))).toEqual([]);
  await page.locator('#s1-p1').hover();
  await page.getByRole('button', { name: '链接与引用：第一部分第1段', exact: true }).click();
  const button = page.getByRole('group', { name: '第一部分第1段：链接与引用', exact: true }).getByRole('button', { name: /^加入写作篮/ });
  await expect(button).toHaveText('加入写作篮（已在篮中）');
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: '写作篮' })).toHaveText('写作篮中已有这一段，共1段');
  // Another passage is not held.
  await page.locator('#s2-1').hover();
  await page.getByRole('button', { name: '链接与引用：第二部分（一）', exact: true }).click();
  await expect(page.getByRole('group', { name: '第二部分（一）：链接与引用', exact: true }).getByRole('button', { name: /^加入写作篮/ })).toHaveText(
    '加入写作篮',
  );
});

test('an empty basket says how to fill it and offers no download', async ({ page }) => {
  await fresh(page);
  await page.reload();
  await expect(page.getByText('写作篮是空的。')).toBeVisible();
  await expect(page.getByRole('button', { name: '下载 Word 草稿' })).toBeHidden();
  await expect(page.getByRole('list', { name: '写作篮中的段落' })).toBeHidden();
});

test('each template page downloads its outline as a Word file to fill', async ({ page }) => {
  await page.goto('/templates/plan/');
  const outline = (await page.locator('pre.outline-text').textContent())!.split('\n').filter(Boolean);
  const file = await downloadFrom(page, page.getByRole('button', { name: '下载 Word 提纲' }));
  expect(file.name).toBe('计划提纲.docx');
  const f = await readFacts(page, file.parts);
  expect(f.paragraphs[0]).toEqual({ style: 'Title', text: 'XX单位20XX年精神文明建设工作计划' });
  expect(f.paragraphs[1]!.text).toBe('为……，根据……，结合我单位实际，制定本计划。');
  // The outline's parts as headings, in order.
  const headings = f.paragraphs.filter((p) => /^Heading/.test(p.style)).map((p) => p.text);
  expect(headings).toEqual(outline);
  // Spots to fill highlighted: title, opening, the lines to write, 落款 and date.
  expect(f.highlighted.slice(0, 2)).toEqual(['XX', '20XX']);
  expect(f.highlighted.slice(-2)).toEqual(['（发文机关署名）', '20XX年X月X日']);
  expect(f.paragraphs.slice(-2)).toEqual([
    { style: 'Signature', text: '（发文机关署名）' },
    { style: 'Signature', text: '20XX年X月X日' },
  ]);
  // The layout of every export.
  expect(f.pgMar).toMatchObject({ top: '2098', bottom: '1984', left: '1587', right: '1474' });
  expect(f.styles['Title']).toMatchObject({ font: '方正小标宋简体', size: '44' });
});
