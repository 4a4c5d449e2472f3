import { expect, test } from '@playwright/test';
import { diskDocs } from './support/content';

const docs = diskDocs();

test('a document’s table of contents jumps to its sections', async ({ page }) => {
  let checked = 0;
  for (const doc of docs) {
    await page.goto(`/docs/${doc.id}/`);
    const toc = page.getByRole('navigation', { name: '目录' });
    if ((await toc.count()) === 0) continue;
    const links = toc.getByRole('link');
    const n = await links.count();
    expect(n, doc.id).toBeGreaterThan(0);
    // First, last and (when there is one) a nested entry: enough to prove the anchors line up.
    const nested = toc.getByRole('list').getByRole('list').getByRole('link');
    const picks = [links.first(), links.last(), ...((await nested.count()) ? [nested.first()] : [])];
    for (const link of picks) {
      const text = (await link.textContent())!.trim();
      const href = (await link.getAttribute('href'))!;
      expect(href, `${doc.id}: ${text}`).toMatch(/^#./);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      const id = decodeURIComponent(href.slice(1));
      const target = page.locator(`[id="${id.replace(/"/g, '\\"')}"]`);
      await expect(target, `${doc.id}: ${text}`).toHaveCount(1);
      await expect(target).toHaveText(text);
      await expect(target).toBeInViewport();
      checked++;
    }
  }
  expect(checked, 'documents with a table of contents').toBeGreaterThan(0);
});

test('the table of contents lists every section heading of the text, in order', async ({ page }) => {
  for (const doc of docs) {
    await page.goto(`/docs/${doc.id}/`);
    const body = page.getByRole('article');
    // The text's own h2/h3 only: 相关文献 and 整理说明 are h2s of the page, not of the text.
    const headings = await body
      .locator('.doc-body')
      .getByRole('heading')
      .evaluateAll((hs) => hs.filter((h) => /^H[23]$/.test(h.tagName)).map((h) => ({ id: h.id, text: h.textContent!.trim() })));
    const toc = page.getByRole('navigation', { name: '目录' });
    if (headings.length === 0) {
      await expect(toc).toHaveCount(0);
      continue;
    }
    const entries = await toc
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => ({ id: decodeURIComponent(a.getAttribute('href')!.slice(1)), text: a.textContent!.trim() })));
    expect(entries, doc.id).toEqual(headings);
  }
});

test('the metadata panel links every facet value to its browse page', async ({ page }) => {
  const doc = docs.find((d) => d.years.length > 1) ?? docs[0]!;
  await page.goto(`/docs/${doc.id}/`);
  const panel = page.getByRole('region', { name: '文献信息' });
  const hrefs = await panel.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const expected = [
    ...(doc.years.length ? doc.years.map((y) => `/years/${y}/`) : ['/years/unknown/']),
    `/levels/${doc.level}/`,
    ...doc.types.map((t) => `/types/${t}/`),
    ...doc.topics.map((t) => `/topics/${t}/`),
  ];
  expect(hrefs.sort()).toEqual(expected.sort());
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole('main').getByRole('link', { name: doc.displayTitle, exact: true })).toBeVisible();
  }
});

test('versions of one text link to each other', async ({ page }) => {
  const pairs = docs.flatMap((d) => d.related.map((r) => [d, r.id] as const));
  test.skip(pairs.length === 0, 'no related documents in this content');
  for (const [doc, otherId] of pairs) {
    const other = docs.find((d) => d.id === otherId)!;
    for (const [from, to] of [
      [doc, other],
      [other, doc],
    ] as const) {
      await page.goto(`/docs/${from.id}/`);
      const related = page.getByRole('region', { name: '相关文献' });
      await expect(related.getByRole('link', { name: to.displayTitle, exact: true })).toHaveAttribute('href', `/docs/${to.id}/`);
    }
  }
});

test('truncated sources say so in the text; 整理说明 lists every edit', async ({ page }) => {
  for (const doc of docs) {
    await page.goto(`/docs/${doc.id}/`);
    const gap = page.getByRole('note').filter({ hasText: '原文此处不完整' });
    if (doc.completeness === 'truncated') await expect(gap.first(), doc.id).toBeVisible();
    const notes = page.getByRole('region', { name: '整理说明' });
    await expect(notes, doc.id).toBeVisible();
    for (const edit of doc.edits) await expect(notes, doc.id).toContainText(edit.note);
  }
});

test('document pages print the text and metadata without the site chrome', async ({ page }) => {
  const doc = docs[0]!;
  await page.goto(`/docs/${doc.id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: '文献信息' })).toBeVisible();
});
