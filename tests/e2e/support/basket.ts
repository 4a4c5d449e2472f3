/**
 * The 写作篮 flow shared by tests/e2e/basket.spec.ts and basket-base-path.spec.ts: gathering
 * passages through the buttons readers use, reading the /basket/ page, downloading the draft
 * and checking it against the single-document export.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { downloadFrom, readFacts, readFootnotes, type DocxFacts } from './docx';

/** The menu of a passage (its 链接与引用 button), then 加入写作篮; returns the status it announced. */
export async function addFromDocument(page: Page, anchor: string): Promise<string> {
  const passage = page.locator(`[id="${anchor}"]`);
  const cite = (await passage.getAttribute('data-cite'))!;
  await passage.hover();
  await page.getByRole('button', { name: `链接与引用：${cite}`, exact: true }).click();
  await page
    .getByRole('group', { name: `${cite}：链接与引用`, exact: true })
    .getByRole('button', { name: /^加入写作篮/ })
    .click();
  const status = page.getByRole('status').filter({ hasText: '写作篮' });
  await expect(status).toContainText(/写作篮/);
  return (await status.textContent())!;
}

/** The passage's own text as the page shows it (without its buttons). */
export async function passageText(page: Page, anchor: string): Promise<string> {
  return page.locator(`[id="${anchor}"]`).evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('[data-pt-ui], button, .anchor-alias').forEach((n) => n.remove());
    return copy.textContent!.replace(/\s+/g, '');
  });
}

export const basketItems = (page: Page): Locator => page.getByRole('list', { name: '写作篮中的段落' }).getByRole('listitem');

/** The sources the /basket/ page lists, in order: 《title》cite，year. */
export async function listedSources(page: Page): Promise<string[]> {
  return basketItems(page).locator('.basket-source a').allTextContents();
}

/** Moves the listed passage whose source starts with `source` up or down. */
export async function move(page: Page, source: string, direction: '上移' | '下移'): Promise<void> {
  await basketItems(page)
    .filter({ hasText: source })
    .getByRole('button', { name: new RegExp(`^${direction}`) })
    .click();
}

export interface Listed {
  source: string;
  text: string;
  /** The link's path and anchor. */
  path: string;
  anchor: string;
}

/** What the /basket/ page lists, in order: each passage's source, text and link. */
export async function listed(page: Page): Promise<Listed[]> {
  return basketItems(page).evaluateAll((items) =>
    items.map((li) => {
      const a = li.querySelector<HTMLAnchorElement>('.basket-source a')!;
      return { source: a.textContent!, text: li.querySelector('.basket-text')!.textContent!, path: a.pathname, anchor: decodeURIComponent(a.hash.slice(1)) };
    }),
  );
}

/** Downloads the draft and checks it: texts in order, one footnote each with a working link, the export's layout. */
export async function checkDraft(page: Page, expected: Listed[], reference: DocxFacts): Promise<void> {
  const file = await downloadFrom(page, page.getByRole('button', { name: '下载 Word 草稿' }));
  const facts = await readFacts(page, file.parts);
  // No title given: the draft is called 草稿.
  const title = (await page.getByRole('textbox', { name: '草稿标题' }).inputValue()).trim() || '草稿';
  expect(file.name).toBe(`${title}.docx`);
  expect(facts.paragraphs[0]).toEqual({ style: 'Title', text: title });

  // The texts in the order gathered and arranged.
  const body = facts.paragraphs.map((p) => p.text.replace(/\s+/g, '')).join('');
  let at = -1;
  for (const { text } of expected) {
    const found = body.indexOf(text.replace(/\s+/g, ''), at + 1);
    expect(found, `"${text.slice(0, 20)}…" after the previous passage`).toBeGreaterThan(at);
    at = found;
  }

  // One footnote per passage, in order, naming its source and its permanent link; each link works.
  const { refs, notes } = await readFootnotes(page, file.parts);
  expect(refs).toEqual(expected.map((_, i) => String(i + 1)));
  expect(notes).toHaveLength(expected.length);
  for (const [i, note] of notes.entries()) {
    const { source, anchor, path } = expected[i]!;
    const link = new URL(`${path}#${anchor}`, page.url()).href;
    expect(note.links).toEqual([link]);
    expect(note.text).toBe(`${source}。原文链接：${link}`);
    const res = await page.request.get(link);
    expect(res.ok(), link).toBe(true);
    expect(await res.text()).toContain(`id="${anchor}"`);
  }
  expect(facts.paragraphs.some((p) => p.text.startsWith('注：本稿据'))).toBe(false);

  // The layout of the single-document export: page, margins, grid, fonts, page numbers.
  for (const key of ['pgSz', 'pgMar', 'docGrid', 'defaults', 'altNames', 'evenAndOdd', 'footers'] as const) expect(facts[key], key).toEqual(reference[key]);
  for (const style of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3']) expect(facts.styles[style], style).toEqual(reference.styles[style]);
}

/** The single-document export of a page, for comparison. */
export async function referenceFacts(page: Page, docPath: string): Promise<DocxFacts> {
  await page.goto(docPath);
  const file = await downloadFrom(page, page.getByRole('region', { name: '下载 Word 文档' }).getByRole('button', { name: '下载全文（.docx）' }));
  return readFacts(page, file.parts);
}
