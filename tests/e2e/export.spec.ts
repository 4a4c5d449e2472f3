import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { downloadFrom, readFacts } from './support/docx';

const ID = 'city-greening-bureau-2024-summary';
const DOC = `/docs/${ID}/`;
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Wraps the first occurrence of `text` in the page's body in a placeholder mark, as the fill-in plugin renders one. */
async function markFillIn(page: Page, text: string) {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.querySelector('.doc-body')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(text);
      if (at < 0 || n.parentElement!.closest('mark')) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      const mark = document.createElement('mark');
      mark.className = 'fill-in';
      range.surroundContents(mark);
      return;
    }
    throw new Error(`no "${text}" in the body`);
  }, text);
}

test('the whole document downloads as a .docx in 公文 layout, built in the browser on demand', async ({ page, baseURL }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(DOC, { waitUntil: 'networkidle' });
  // The builder (and the docx library in it) is not fetched with the page.
  expect(scripts.filter((u) => u.includes('docx-builder'))).toEqual([]);
  const before = scripts.length;

  // Every placeholder on the page stays a fill-in spot in the file (marked here by hand when the page has none).
  if ((await page.locator('.doc-body mark.fill-in').count()) === 0) await markFillIn(page, 'xx');
  const fills = await page.locator('.doc-body mark.fill-in').allTextContents();

  const panel = page.getByRole('region', { name: '下载 Word 文档' });
  const file = await downloadFrom(page, panel.getByRole('button', { name: '下载全文（.docx）' }));
  expect(file.name).toBe('2024年精神文明建设工作总结.docx');
  const loaded = scripts.slice(before).filter((u) => u.includes('docx-builder'));
  expect(loaded).toHaveLength(1);
  expect(new URL(loaded[0]!).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(loaded[0]!).pathname).toMatch(/^\/_astro\/docx-builder\.[\w-]+\.js$/);
  await expect(panel.locator('.export-status')).toContainText('已生成');

  const f = await readFacts(page, file.parts);
  // A4, margins 37/35/28/26 mm, 22 lines of 28.95 pt.
  expect(f.pgSz).toMatchObject({ w: '11906', h: '16838' });
  expect(f.pgMar).toMatchObject({ top: String(twips(37)), bottom: String(twips(35)), left: String(twips(28)), right: String(twips(26)) });
  expect(f.docGrid).toMatchObject({ type: 'lines', linePitch: '579' });
  expect(f.defaults).toEqual({ font: '仿宋_GB2312', size: '32', line: '579', lineRule: 'exact' });
  // Title 2号 方正小标宋简体, body 3号 仿宋_GB2312, 一、 黑体, （一） 楷体_GB2312.
  expect(f.styles['Title']).toMatchObject({ font: '方正小标宋简体', size: '44' });
  expect(f.styles['Normal']).toMatchObject({ font: '仿宋_GB2312', size: '32', line: '579', lineRule: 'exact' });
  expect(f.styles['Heading1']).toMatchObject({ font: '黑体', size: '32', outline: '0' });
  expect(f.styles['Heading2']).toMatchObject({ font: '楷体_GB2312', size: '32', outline: '1' });
  expect(f.altNames).toMatchObject({ 方正小标宋简体: '华文中宋', 仿宋_GB2312: '仿宋', 楷体_GB2312: '楷体' });

  // The text: title, then the page's headings and paragraphs in order.
  expect(f.paragraphs[0]).toEqual({ style: 'Title', text: '2024年精神文明建设工作总结' });
  const h2 = await page.locator('.doc-body h2').allTextContents();
  const h3 = await page.locator('.doc-body h3').allTextContents();
  expect(f.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(h2.map((t) => t.trim()));
  expect(f.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(h3.map((t) => t.trim()));
  const firstPara = (await page.locator('.doc-body > p').first().textContent())!.trim();
  expect(f.paragraphs.map((p) => p.text)).toContain(firstPara);
  for (const text of fills) expect(f.highlighted).toContain(text);

  // Page numbers "— N —" from a PAGE field, odd pages right, even pages left.
  expect(f.evenAndOdd).toBe(true);
  expect(f.footers).toHaveLength(2);
  for (const footer of f.footers) expect(footer).toMatchObject({ text: '—  —', instr: 'PAGE' });
  expect(f.footers.map((x) => x.align).sort()).toEqual(['left', 'right']);

  // The permanent link as a note at the end.
  const docUrl = new URL(DOC, page.url()).href;
  expect(f.paragraphs.at(-1)!.text).toBe(`注：本稿据《2024年精神文明建设工作总结》，原文链接：${docUrl}`);
  expect(f.links).toEqual([docUrl]);
});

test('a top-level section downloads on its own, with its permanent link', async ({ page }) => {
  await page.goto(DOC);
  const panel = page.getByRole('region', { name: '下载 Word 文档' });
  await panel.getByText('按部分下载').click();
  const heading = (await page.locator('#s2').textContent())!.trim();
  const file = await downloadFrom(page, panel.getByRole('button', { name: heading }));
  expect(file.name).toBe('2024年精神文明建设工作总结（第二部分）.docx');
  const f = await readFacts(page, file.parts);
  expect(f.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([heading]);
  const h3 = await page.locator('.doc-body h3[id^="s2-"]').allTextContents();
  expect(f.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(h3.map((t) => t.trim()));
  const url = `${new URL(DOC, page.url()).href}#s2`;
  expect(f.paragraphs.at(-1)!.text).toBe(`注：本稿据《2024年精神文明建设工作总结》第二部分，原文链接：${url}`);
  expect(f.links).toEqual([url]);
});

test('every document and each of its top-level sections offers a download', async ({ page }) => {
  await page.goto('/docs/village-assessment-scheme/');
  const panel = page.getByRole('region', { name: '下载 Word 文档' });
  const h2 = await page.locator('.doc-body h2').allTextContents();
  await panel.getByText('按部分下载').click();
  await expect(panel.locator('.export-sections button')).toHaveText(h2.map((t) => t.trim()));
  const file = await downloadFrom(page, panel.getByRole('button', { name: '下载全文（.docx）' }));
  expect(file.parts['word/document.xml']).toContain('村');
});

test('LibreOffice opens the file and lays it out on a plausible number of pages', async ({ page }) => {
  test.skip(!existsSync('/usr/bin/soffice'), 'LibreOffice (libreoffice-writer-nogui) is not installed');
  test.setTimeout(180_000);
  await page.goto(DOC);
  const chars = (await page.locator('.doc-body').textContent())!.replace(/\s/g, '').length;
  const file = await downloadFrom(page, page.getByRole('button', { name: '下载全文（.docx）' }));
  const dir = mkdtempSync(join(tmpdir(), 'wenku-docx-'));
  const docx = join(dir, 'doc.docx');
  execFileSync('cp', [file.path, docx]);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 150_000 });
  const pdf = readFileSync(join(dir, 'doc.pdf')).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  // 22 × 28 = 616 characters a full page; headings, paragraph ends and the title page take more.
  const full = chars / (22 * 28);
  console.log(`${ID}: ${chars} characters, ${full.toFixed(1)} full pages, LibreOffice: ${pages} pages (${join(dir, 'doc.pdf')})`);
  expect(pages).toBeGreaterThanOrEqual(Math.floor(full));
  expect(pages).toBeLessThanOrEqual(Math.ceil(full * 1.5) + 1);
});

test('the download and wording panels are left out of a printed page', async ({ page }) => {
  await page.goto(DOC);
  await expect(page.getByRole('region', { name: '下载 Word 文档' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: '下载 Word 文档' })).toBeHidden();
  await expect(page.getByRole('region', { name: '用语时效' })).toBeHidden();
});

test('a table in the text (a Word table the importer kept) goes into the Word file as a table, between its paragraphs', async ({ page }) => {
  await page.goto(DOC);
  // The library's own documents hold no table today: one is put into the page as the MDX of an
  // imported Word table renders (a GFM table).
  const before = await page.evaluate(() => {
    const first = document.querySelector('.doc-body p')!;
    first.insertAdjacentHTML(
      'afterend',
      '<table><thead><tr><th>项目</th><th>分值</th></tr></thead><tbody><tr><td>理论学习</td><td>20</td></tr><tr><td>志愿服务</td><td>30</td></tr></tbody></table>',
    );
    return first.textContent!.trim().slice(0, 8);
  });
  const file = await downloadFrom(page, page.getByRole('region', { name: '下载 Word 文档' }).getByRole('button', { name: '下载全文（.docx）' }));
  const xml = file.parts['word/document.xml']!;
  const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
  expect([...table.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(['项目', '分值', '理论学习', '20', '志愿服务', '30']);
  expect(xml.indexOf(before)).toBeLessThan(xml.indexOf('<w:tbl>'));
});
